/**
 * Names the kind of clutter a block is, from what it says about itself: its class and id words,
 * ARIA role, tag, inline position, app-store links and a short text cue ("Related articles",
 * "Download the app"). Inside the article only high-precision verdicts pass (`strict`): the
 * block must be small, not prose, and link-heavy where the category implies links.
 */
import type { ClutterCategory } from '../types';
import { foldedTextOf, isUnread } from '../dom/text';
import { type BlockStats, linkDensity } from './measure';
import { CATEGORY_RULES, ROLE_CATEGORY, TAG_CATEGORY } from './rules';
import { isDisclosure } from './lines';
import { hasStem, hasToken, labelWords } from './words';

export interface Verdict {
  category: ClutterCategory;
  /** Short and stable, e.g. `class:related`, `role:navigation`, `text:download the app`. */
  reason: string;
}

export interface ClassifyContext {
  /** Ancestors of app-store links, so a block holding one is an app promotion. */
  appStoreBlocks: ReadonlySet<Element>;
  /** Prose characters of the article body: what strict mode must never take away. */
  articleProse: number;
  /** The computed `position` of an element, when the caller may use layout (a real browser). */
  computedPosition?: (element: Element) => string;
}

const TOKEN_SETS = CATEGORY_RULES.map((rule) => new Set(rule.tokens));
/** Short cue text is read whole; longer blocks are judged by their first heading. */
const CUE_TEXT_MAX = 300;
const ONE_WORD_CUE_MAX = 40;

/**
 * The first child element, passing over scripts and empty leaves (tooltips, icon and ad
 * placeholders).
 */
function firstFilledChild(element: Element): Element | null {
  let child = element.firstElementChild;
  while (
    child &&
    (isUnread(child) || (child.childElementCount === 0 && (child.textContent ?? '').trim() === ''))
  ) {
    child = child.nextElementSibling;
  }
  return child;
}

/** The block's leading heading, possibly wrapped in a header div or two. */
function leadingHeading(element: Element): string {
  let first = firstFilledChild(element);
  for (let depth = 0; first && depth < 3; depth++, first = firstFilledChild(first)) {
    if (/^H[1-6]$/.test(first.tagName)) return foldedTextOf(first).slice(0, 120);
  }
  return '';
}

/**
 * The words a reader sees first: the block's leading heading, and the whole of a short block
 * (read apart, as "Comments" and "Add a comment" are two lines however the markup joins them).
 */
function cueTexts(element: Element, stats: BlockStats): string[] {
  const heading = leadingHeading(element);
  const texts = heading ? [heading] : [];
  if (stats.chars <= CUE_TEXT_MAX) texts.push(foldedTextOf(element));
  return texts;
}

function matchesPhrase(text: string, phrase: string): boolean {
  if (phrase.includes(' ')) return text.includes(phrase);
  // A single word ("Comments", "Related") only counts as a label, not inside a sentence.
  return (
    text.length <= ONE_WORD_CUE_MAX &&
    (text === phrase || text.startsWith(`${phrase} `) || text.endsWith(` ${phrase}`))
  );
}

/** The category an element's class and id words name, if any. */
export function byLabel(element: Element): Verdict | null {
  const words = labelWords(element);
  if (words.length === 0) return null;
  for (let i = 0; i < CATEGORY_RULES.length; i++) {
    const rule = CATEGORY_RULES[i]!;
    const hit = hasToken(words, TOKEN_SETS[i]!) ?? hasStem(words, rule.stems);
    if (hit) return { category: rule.category, reason: `class:${hit}` };
  }
  return null;
}

function byText(element: Element, stats: BlockStats): Verdict | null {
  for (const text of cueTexts(element, stats)) {
    for (const rule of CATEGORY_RULES) {
      const phrase = rule.phrases.find((p) => matchesPhrase(text, p));
      if (phrase) return { category: rule.category, reason: `text:${phrase}` };
    }
  }
  return null;
}

function byPosition(element: Element, context: ClassifyContext): Verdict | null {
  if (element.getAttribute('aria-modal') === 'true') {
    return { category: 'overlay', reason: 'aria-modal' };
  }
  const style = element.getAttribute('style');
  const fixed =
    (style !== null && /position\s*:\s*fixed/i.test(style)) ||
    context.computedPosition?.(element) === 'fixed';
  return fixed ? { category: 'overlay', reason: 'style:fixed' } : null;
}

function byRole(element: Element): Verdict | null {
  const role = element.getAttribute('role');
  const fromRole = role ? ROLE_CATEGORY[role] : undefined;
  if (fromRole) return { category: fromRole, reason: `role:${role}` };
  const fromTag = TAG_CATEGORY[element.tagName];
  return fromTag ? { category: fromTag, reason: `tag:${element.tagName.toLowerCase()}` } : null;
}

/** Inside the article a verdict must also pass the category's size and link guards. */
function passesStrictGuards(
  verdict: Verdict,
  stats: BlockStats,
  context: ClassifyContext,
): boolean {
  const proseShare = stats.chars === 0 ? 0 : stats.proseChars / stats.chars;
  if (verdict.category === 'comments') return stats.proseChars < 0.5 * context.articleProse;
  if (stats.proseChars > 300 && proseShare > 0.3) return false;
  if (stats.proseChars > 0.2 * context.articleProse) return false;
  switch (verdict.category) {
    case 'related':
    case 'navigation':
      return (
        linkDensity(stats) >= 0.35 || stats.cards >= 2 || (stats.chars < 120 && stats.linkChars > 0)
      );
    case 'social':
      return stats.chars < 400;
    case 'overlay':
      return true;
    default:
      return stats.chars < 800;
  }
}

/**
 * The category of `element`, or null. Outside the article (`strict` false) any signal counts;
 * inside it, roles and tags do not (an article's own <header> or <aside> is content) and every
 * verdict must pass the strict guards.
 */
export function classify(
  element: Element,
  stats: BlockStats,
  context: ClassifyContext,
  strict: boolean,
): Verdict | null {
  if (strict && isDisclosure(element, stats)) return null;
  const appPromo: Verdict | null =
    context.appStoreBlocks.has(element) && stats.chars < 600
      ? { category: 'app-promo', reason: 'link:app-store' }
      : null;
  const verdict =
    byPosition(element, context) ??
    appPromo ??
    byLabel(element) ??
    (strict ? null : byRole(element)) ??
    byText(element, stats);
  if (!verdict) return null;
  if (!strict || passesStrictGuards(verdict, stats, context)) return verdict;
  // Inside the article, a box whose class and leading words both say "related" is one even
  // when its teasers are not links (cards wired by script), if it holds little prose.
  if (verdict.reason.startsWith('class:') && verdict.category === 'related') {
    const text = byText(element, stats);
    if (text?.category === 'related' && stats.proseChars <= 0.2 * context.articleProse) {
      return text;
    }
  }
  return null;
}
