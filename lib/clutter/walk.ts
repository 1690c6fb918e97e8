/**
 * The two walks that decide what clean mode hides.
 *
 * - `walkInside` runs over the article (and blocks kept beside it) and hides only
 *   high-precision clutter: share bars, inline ads, newsletter inserts, related boxes.
 * - `walkOutside` climbs from the article body to <body>; at each level every sibling block is
 *   either kept (it holds the title or byline, continues the prose, or is the lead picture) or
 *   hidden, named by its own cues or, failing those, by where it sits ('navigation'/'related').
 */
import type { ClutterCategory, HiddenBlock } from '../types';
import { byLabel, classify, type ClassifyContext, type Verdict } from './classify';
import { linkDensity, type BlockStats, type Measurement, statsOf } from './measure';
import { INLINE_TAGS } from '../dom/text-length';
import { controlLine, isDisclosure, isTeaserLine, pitchVerdict } from './lines';

/** Never hidden inside the article: the author's words, code, data, quotes and pictures. */
const PROTECTED_TAGS = new Set([
  'P',
  'PRE',
  'CODE',
  'TABLE',
  'FIGURE',
  'PICTURE',
  'IMG',
  'VIDEO',
  'AUDIO',
  'BLOCKQUOTE',
  'MATH',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);
/** Paragraphs this short may be labels ("Advertisement"), not prose. */
const LABEL_MAX = 40;

export interface WalkContext extends ClassifyContext {
  measurement: Measurement;
  enabled: ReadonlySet<ClutterCategory>;
  /** Title and byline: no block holding one is ever hidden. */
  keep: readonly Element[];
  hidden: HiddenBlock[];
}

function holdsKept(element: Element, context: WalkContext): boolean {
  return context.keep.some((kept) => element.contains(kept));
}

/** Protected tags, except paragraphs that are only a label or a link ("Read more: …"). */
function isProtected(element: Element, stats: BlockStats): boolean {
  if (!PROTECTED_TAGS.has(element.tagName)) return false;
  // A "figure" of links and no picture is an embedded related box, not a figure.
  if (element.tagName === 'FIGURE') return stats.media > 0 || linkDensity(stats) < 0.5;
  return element.tagName !== 'P' || (stats.chars > LABEL_MAX && linkDensity(stats) < 0.5);
}

function hide(element: Element, verdict: Verdict, context: WalkContext): void {
  context.hidden.push({ element, category: verdict.category, reason: verdict.reason });
}

/** Hides the high-precision clutter inside `root` (not `root` itself). */
export function walkInside(root: Element, context: WalkContext): void {
  const stack = [...root.children].reverse();
  while (stack.length > 0) {
    const element = stack.pop()!;
    const stats = context.measurement.stats.get(element);
    if (!stats) continue; // never rendered
    if (stats.chars === 0 && element.childElementCount === 0) continue;
    // A sponsorship note or correction is the story's, whatever its class says.
    if (isDisclosure(element, stats)) continue;
    if (!holdsKept(element, context) && isTeaserLine(element, stats)) {
      if (context.enabled.has('related'))
        hide(element, { category: 'related', reason: 'teaser-line' }, context);
      continue;
    }
    if (isProtected(element, stats)) {
      // A figure stays, but a related box an embed tucked into it does not.
      if (element.tagName === 'FIGURE') {
        for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!);
      }
      continue;
    }
    const control = controlLine(element, stats);
    if (control) {
      if (context.enabled.has('navigation'))
        hide(element, { category: 'navigation', reason: control }, context);
      continue;
    }
    if (!holdsKept(element, context)) {
      const verdict = classify(element, stats, context, true);
      if (verdict && context.enabled.has(verdict.category)) {
        hide(element, verdict, context);
        continue;
      }
    }
    for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!);
  }
}

/**
 * Hides `element` as `verdict` when that category is on; when it is off, looks inside for
 * blocks of other categories instead (a footer's newsletter box when navigation stays).
 */
function hideOrDescend(element: Element, verdict: Verdict, context: WalkContext): void {
  if (context.enabled.has(verdict.category)) {
    hide(element, verdict, context);
    return;
  }
  const stack = [...element.children];
  while (stack.length > 0) {
    const child = stack.pop()!;
    const stats = context.measurement.stats.get(child);
    if (!stats) continue;
    const inner = classify(child, stats, context, false);
    if (inner && context.enabled.has(inner.category)) hide(child, inner, context);
    else stack.push(...child.children);
  }
}

type Decision = 'keep' | 'hide' | 'skip';

/** More of the author's prose: mostly paragraphs, few links, and not a grid of teaser cards. */
function isContinuation(stats: BlockStats): boolean {
  return (
    stats.proseChars >= 100 &&
    stats.proseChars >= 0.4 * stats.chars &&
    linkDensity(stats) < 0.3 &&
    stats.cards < 2
  );
}

/**
 * As much prose as the article body itself under a paywall/premium label: that is the
 * article's own text (publishers wrap locked paragraphs so), not an upsell box.
 */
function isHeavyProse(stats: BlockStats, articleProse: number): boolean {
  return (
    stats.proseChars >= Math.max(400, 0.5 * articleProse) &&
    stats.proseChars >= 0.5 * stats.chars &&
    linkDensity(stats) < 0.2
  );
}

function isLeadMedia(stats: BlockStats): boolean {
  return stats.media > 0 && stats.chars < 300 && linkDensity(stats) < 0.5;
}

/** Where a block names nothing itself: page furniture before the article, recirculation after. */
function byPlace(stats: BlockStats, before: boolean): Verdict {
  const category = !before && linkDensity(stats) > 0.4 ? 'related' : 'navigation';
  return { category, reason: 'outside-article' };
}

/** A wrapper that holds nearly all of a block's text speaks for the block. */
const CORE_SHARE = 0.9;

/**
 * What the wrappers inside a block say it is, when the block itself names nothing: a layout
 * column whose one child is the sidebar (`column > sidebar`) is the sidebar.
 */
function coreLabel(element: Element, stats: BlockStats, context: WalkContext): Verdict | null {
  let node = element;
  for (let depth = 0; depth < 4; depth++) {
    const core = [...node.children].find(
      (child) => (context.measurement.stats.get(child)?.chars ?? 0) >= CORE_SHARE * stats.chars,
    );
    if (!core) return null;
    const verdict = byLabel(core);
    if (verdict) return verdict;
    node = core;
  }
  return null;
}

function decide(
  sibling: Element,
  stats: BlockStats,
  context: WalkContext,
): { decision: Decision; verdict?: Verdict } {
  if (holdsKept(sibling, context)) return { decision: 'keep' };
  // A wrapper's label speaks for the block, but not over as much prose as the article's own.
  const verdict =
    classify(sibling, stats, context, false) ??
    (stats.chars > 0 && !isHeavyProse(stats, context.articleProse)
      ? coreLabel(sibling, stats, context)
      : null);
  if (verdict && !(verdict.category === 'upsell' && isHeavyProse(stats, context.articleProse))) {
    return { decision: 'hide', verdict };
  }
  if (isContinuation(stats)) return { decision: 'keep' };
  if (isLeadMedia(stats)) return { decision: 'skip' };
  if (stats.chars === 0 && stats.media === 0) return { decision: 'skip' };
  return { decision: 'hide' };
}

/**
 * A block beside the body that holds the title or byline (the article header, often with
 * the site's section links, a finder widget or "you may also like" beside it): descends
 * towards the kept elements and judges every other block on the way like a sibling.
 */
function walkHolder(holder: Element, context: WalkContext): void {
  // The title or byline itself is kept whole: its date and outlet are part of it.
  if (context.keep.includes(holder)) return;
  const stack = [holder];
  while (stack.length > 0) {
    const element = stack.pop()!;
    for (const child of element.children) {
      if (context.keep.includes(child)) continue;
      const stats = context.measurement.stats.get(child);
      if (!stats) continue;
      if (holdsKept(child, context)) {
        stack.push(child);
        continue;
      }
      const { decision, verdict } = decide(child, stats, context);
      if (decision === 'keep') walkInside(child, context);
      else if (decision === 'hide') hideOrDescend(child, verdict ?? byPlace(stats, false), context);
    }
  }
}

/** The author's prose: a long paragraph (or block of them) with few links. */
function isProseBlock(stats: BlockStats): boolean {
  return stats.proseChars >= 80 && linkDensity(stats) < 0.3;
}

/** Recirculation after the story: mostly links, or a grid of teaser cards, and no prose. */
function isTrailingLinks(stats: BlockStats): boolean {
  return stats.linkChars > 0 && (linkDensity(stats) >= 0.5 || stats.cards >= 2);
}

/**
 * Readability-style cleaning of the article body's tail: after the last prose paragraph,
 * blocks that are mostly links ("You may also like", tag lists, further reading), the short
 * labels that head them and the publication's own sign-off pitches are not the story.
 * Descends into the block holding the last paragraph, so a related list nested beside it
 * goes too.
 */
export function sweepTail(container: Element, context: WalkContext): void {
  for (let depth = 0; depth < 8; depth++) {
    const children = [...container.children];
    const pitches = new Map<Element, Verdict>();
    // Text of the container's own, or inline runs, end the tail: they are the story's prose.
    let last = children.length - 1;
    for (let node = container.lastChild; node; node = node.previousSibling) {
      if (node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '') break;
      if (node.nodeType !== 1) continue;
      const element = node as Element;
      const stats = context.measurement.stats.get(element);
      // An inline run ends the tail too, unless it is a long run of links (a tag list).
      const inline =
        INLINE_TAGS.has(element.tagName) &&
        !(stats && stats.chars >= 60 && linkDensity(stats) >= 0.8);
      const pitch =
        !inline && stats && !holdsKept(element, context) && pitchVerdict(element, stats);
      if (pitch) {
        pitches.set(element, pitch);
      } else if (
        inline ||
        (stats && (isProseBlock(stats) || stats.media > 0 || holdsKept(element, context)))
      ) {
        break;
      }
      last--;
    }
    const tail = children.slice(last + 1);
    for (const [pitch, verdict] of pitches) {
      if (context.enabled.has(verdict.category)) hide(pitch, verdict, context);
    }
    const verdicts = tail.map((child) => {
      const stats = context.measurement.stats.get(child);
      return (
        !pitches.has(child) &&
        stats !== undefined &&
        stats.proseChars === 0 &&
        isTrailingLinks(stats)
      );
    });
    // A short label just before the links ("You may also like…", "Tags") heads them.
    for (let i = tail.length - 2; i >= 0; i--) {
      const stats = context.measurement.stats.get(tail[i]!);
      if (!verdicts[i] && verdicts[i + 1] && stats && stats.chars <= LABEL_MAX && stats.media === 0)
        verdicts[i] = true;
    }
    tail.forEach((child, i) => {
      if (verdicts[i] && context.enabled.has('related')) {
        hide(child, { category: 'related', reason: 'after-article' }, context);
      }
    });
    const holder = last >= 0 ? children[last]! : null;
    const holderStats = holder ? context.measurement.stats.get(holder) : undefined;
    if (!holder || !holderStats || holderStats.proseChars === holderStats.chars) return;
    if (PROTECTED_TAGS.has(holder.tagName) || holder.childElementCount === 0) return;
    container = holder;
  }
}

/** Climbs from the article body to `top`, keeping or hiding every block beside the path. */
export function walkOutside(articleBody: Element, top: Element, context: WalkContext): void {
  walkInside(articleBody, context);
  sweepTail(articleBody, context);
  for (let node = articleBody; node !== top && node.parentElement; node = node.parentElement) {
    const siblings = [...node.parentElement.children];
    const at = siblings.indexOf(node);
    const decisions = siblings.map((sibling) => {
      if (sibling === node) return { decision: 'keep' as Decision };
      const stats = context.measurement.stats.get(sibling);
      return stats ? decide(sibling, stats, context) : { decision: 'skip' as Decision };
    });
    // A plain block between two kept ones (a subheading, a list) belongs to the article.
    for (let i = 1; i < siblings.length - 1; i++) {
      const d = decisions[i]!;
      if (d.decision !== 'hide' || d.verdict) continue;
      const stats = statsOf(context.measurement, siblings[i]!);
      const prev = decisions[i - 1]!.decision === 'keep';
      const next = decisions[i + 1]!.decision === 'keep';
      const heading = /^H[2-6]$/.test(siblings[i]!.tagName);
      if ((prev && next && linkDensity(stats) < 0.3) || (heading && next)) {
        decisions[i] = { decision: 'keep' };
      }
    }
    // The publication's sign-off after the story, even in a block of its own.
    for (let i = at + 1; i < siblings.length; i++) {
      const stats = context.measurement.stats.get(siblings[i]!);
      if (decisions[i]!.decision !== 'keep' || !stats || holdsKept(siblings[i]!, context)) continue;
      const pitch = pitchVerdict(siblings[i]!, stats);
      if (pitch) decisions[i] = { decision: 'hide', verdict: pitch };
    }
    siblings.forEach((sibling, i) => {
      if (sibling === node) return;
      const { decision, verdict } = decisions[i]!;
      if (decision === 'keep') {
        if (holdsKept(sibling, context)) walkHolder(sibling, context);
        else walkInside(sibling, context);
      } else if (decision === 'hide') {
        const stats = statsOf(context.measurement, sibling);
        hideOrDescend(sibling, verdict ?? byPlace(stats, i < at), context);
      }
    });
  }
}
