/**
 * Finds the article body (Readability-style candidate scoring over the measured tree), the
 * article's title heading and its byline. Works on the live document without cloning: scores
 * live in a Map, nothing is written to the DOM.
 */
import { elementsOf } from '../dom/traverse';
import { textOf } from '../dom/text';
import { linkDensity, type Measurement, statsOf } from './measure';
import { CATEGORY_RULES, CONTENT_TOKENS } from './rules';
import { hasStem, hasToken, labelWords } from './words';

/** Paragraph-ish blocks shorter than this add nothing (Readability's 25 characters). */
const MIN_BLOCK = 25;
/** How far up a paragraph's score travels. */
const ANCESTOR_LEVELS = 5;

const TAG_PRIOR: Readonly<Record<string, number>> = {
  DIV: 5,
  ARTICLE: 5,
  MAIN: 5,
  SECTION: 2,
  PRE: 3,
  TD: 3,
  BLOCKQUOTE: 3,
  ADDRESS: -3,
  OL: -3,
  UL: -3,
  DL: -3,
  DD: -3,
  DT: -3,
  LI: -3,
  FORM: -3,
  TH: -5,
  H1: -5,
  H2: -5,
  H3: -5,
  H4: -5,
  H5: -5,
  H6: -5,
};

const NEGATIVE = CATEGORY_RULES.map((rule) => ({
  category: rule.category,
  tokens: new Set(rule.tokens),
  stems: rule.stems,
}));

function negativeCategory(words: readonly string[]): string | null {
  const rule = NEGATIVE.find(
    (r) => (hasToken(words, r.tokens) ?? hasStem(words, r.stems)) !== null,
  );
  return rule?.category ?? null;
}

/** +25 for a label that says "article", −25 for one that names a clutter category. */
function labelWeight(element: Element): number {
  const words = labelWords(element);
  if (words.length === 0) return 0;
  return (hasToken(words, CONTENT_TOKENS) ? 25 : 0) - (negativeCategory(words) ? 25 : 0);
}

/**
 * Subtrees whose label names clutter and not content (`comment`, `sidebar`, `related`), as
 * Readability strips "unlikely candidates" before scoring: a long reader comment must not
 * outscore the article. Paywall labels do not count, since paywalled text is the article.
 */
function unlikelySubtrees(measurement: Measurement): Set<Element> {
  const unlikely = new Set<Element>();
  for (const element of measurement.elements) {
    const parent = element.parentElement;
    if (parent && unlikely.has(parent)) {
      unlikely.add(element);
      continue;
    }
    if (element.tagName === 'BODY' || element.tagName === 'HTML') continue;
    const words = labelWords(element);
    if (words.length === 0 || hasToken(words, CONTENT_TOKENS)) continue;
    const category = negativeCategory(words);
    if (category && category !== 'upsell') unlikely.add(element);
  }
  return unlikely;
}

function isParagraphLike(element: Element, ownChars: number): boolean {
  const tag = element.tagName;
  return tag === 'P' || tag === 'PRE' || (tag !== 'A' && ownChars >= MIN_BLOCK);
}

/** Readability's content score: one point, one per comma, one per 100 characters (max 3). */
function contentScore(chars: number, commas: number): number {
  return 1 + commas + Math.min(Math.floor(chars / 100), 3);
}

/** Scores every ancestor of every paragraph; returns final (link-density-scaled) scores. */
function scoreCandidates(
  measurement: Measurement,
  body: Element,
  skip: ReadonlySet<Element>,
  content?: Map<Element, number>,
): Map<Element, number> {
  const raw = new Map<Element, number>();
  for (const element of measurement.elements) {
    if (skip.has(element)) continue;
    const stats = statsOf(measurement, element);
    const chars =
      element.tagName === 'P' || element.tagName === 'PRE' ? stats.chars : stats.ownChars;
    if (chars < MIN_BLOCK || !isParagraphLike(element, stats.ownChars)) continue;
    if (stats.linkChars > 0.5 * stats.chars) continue;
    const score = contentScore(chars, stats.commas);
    content?.set(element, score);
    // A div holding text directly is its own candidate too (div-soup pages).
    let ancestor: Element | null = element.tagName === 'P' ? element.parentElement : element;
    for (let level = 0; ancestor && level < ANCESTOR_LEVELS; level++) {
      if (!raw.has(ancestor))
        raw.set(ancestor, (TAG_PRIOR[ancestor.tagName] ?? 0) + labelWeight(ancestor));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      raw.set(ancestor, raw.get(ancestor)! + score / divider);
      if (ancestor === body) break;
      ancestor = ancestor.parentElement;
    }
  }
  if (content) {
    // Reverse pre-order: every child is summed before its parent.
    for (let i = measurement.elements.length - 1; i >= 0; i--) {
      const element = measurement.elements[i]!;
      const own = content.get(element);
      if (own === undefined || !element.parentElement) continue;
      const parent = element.parentElement;
      content.set(parent, (content.get(parent) ?? 0) + own);
    }
  }
  const final = new Map<Element, number>();
  for (const [element, score] of raw) {
    final.set(element, score * (1 - linkDensity(statsOf(measurement, element))));
  }
  return final;
}

/** The nearest element holding both `a` and `b`. */
export function commonAncestor(a: Element, b: Element): Element | null {
  let node: Element | null = a;
  while (node && !node.contains(b)) node = node.parentElement;
  return node;
}

/**
 * Readability's refinements of the best candidate: when several near-best candidates sit
 * side by side, take the block that holds them; then climb to a parent that scores higher and
 * holds more paragraphs.
 */
function refine(
  top: Element,
  scores: Map<Element, number>,
  content: ReadonlyMap<Element, number>,
  body: Element,
): Element {
  const best = scores.get(top)!;
  const rivals = [...scores]
    .filter(([el, s]) => el !== top && s >= 0.75 * best && !el.contains(top) && !top.contains(el))
    .map(([el]) => el);
  let core = top;
  if (rivals.length >= 3) {
    let node = top.parentElement;
    while (node && node !== body) {
      if (rivals.filter((rival) => node!.contains(rival)).length >= 3) {
        core = node;
        break;
      }
      node = node.parentElement;
    }
  }
  let last = scores.get(core) ?? best;
  const threshold = last / 3;
  let child = core;
  for (let parent = core.parentElement; parent && parent !== body; parent = parent.parentElement) {
    const score = scores.get(parent);
    if (score === undefined) continue;
    if (score < threshold) break;
    // Only a parent that holds more of the author's paragraphs than the block below it:
    // a higher score from labels and tag priors alone brings in footers and recirculation.
    if (score > last && (content.get(parent) ?? 0) > (content.get(child) ?? 0)) {
      core = parent;
      break;
    }
    last = score;
    child = parent;
  }
  return core;
}

/** The element holding the article's paragraphs, or null when the page has no prose. */
export function findArticleBody(measurement: Measurement, body: Element): Element | null {
  let content = new Map<Element, number>();
  let scores = scoreCandidates(measurement, body, unlikelySubtrees(measurement), content);
  // Like Readability's retry: when labels ruled out everything, score the whole page.
  if (scores.size === 0) {
    content = new Map();
    scores = scoreCandidates(measurement, body, new Set(), content);
  }
  scores.delete(body);
  let top: Element | null = null;
  let best = -Infinity;
  for (const [element, score] of scores) {
    if (score > best) {
      best = score;
      top = element;
    }
  }
  return top ? refine(top, scores, content, body) : null;
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * How well a heading matches the page's declared title: the share of its words the title has
 * and the share of the title's words it has. The first must be high; the second tells the
 * headline from a one-word heading the title also mentions ("… weight loss. Reviews").
 */
function titleMatch(
  heading: string,
  title: ReadonlySet<string>,
): { overlap: number; cover: number } {
  const own = new Set(words(heading));
  if (own.size === 0 || title.size === 0) return { overlap: 0, cover: 0 };
  let shared = 0;
  for (const word of own) if (title.has(word)) shared++;
  return { overlap: shared / own.size, cover: shared / title.size };
}

/** The title the page declares in its head: <title>, og:title and twitter:title. */
function declaredTitle(document: Document): string {
  const parts: string[] = [];
  for (const element of document.head ? elementsOf(document.head) : []) {
    if (element.tagName === 'TITLE') parts.push(textOf(element));
    const key = element.getAttribute('property') ?? element.getAttribute('name');
    if (element.tagName === 'META' && (key === 'og:title' || key === 'twitter:title')) {
      parts.push(element.getAttribute('content') ?? '');
    }
  }
  return parts.join(' ');
}

/** A heading is the title only if more of its words than about this share are in the declared title. */
const MIN_TITLE_OVERLAP = 0.6;
/** Among headings that pass, covering more of the declared title counts, but less than overlap. */
const COVER_WEIGHT = 0.5;

/**
 * The article's title heading: the h1/h2 that best matches the page's declared title, the
 * nearest one before the body breaking ties; failing that, the page's only h1.
 */
export function findTitle(
  document: Document,
  measurement: Measurement,
  articleBody: Element | null,
): Element | null {
  const title = new Set(words(declaredTitle(document)));
  const headings = measurement.elements.filter((el) => el.tagName === 'H1' || el.tagName === 'H2');
  let best: Element | null = null;
  let bestScore = -Infinity;
  for (const heading of headings) {
    const text = textOf(heading);
    if (text.length > 300) continue;
    const { overlap, cover } = titleMatch(text, title);
    let match = overlap + (heading.tagName === 'H1' ? 0.05 : 0);
    if (articleBody && (articleBody.compareDocumentPosition(heading) & 2) !== 0) match += 0.01;
    if (match <= MIN_TITLE_OVERLAP) continue;
    const score = match + COVER_WEIGHT * cover;
    if (score > bestScore) {
      bestScore = score;
      best = heading;
    }
  }
  if (best) return best;
  const h1s = headings.filter((h) => h.tagName === 'H1');
  return h1s.length === 1 ? h1s[0]! : null;
}

function looksLikeByline(element: Element): boolean {
  if (element.getAttribute('rel') === 'author') return true;
  if (/(?:^|\s)author(?:\s|$)/.test(element.getAttribute('itemprop') ?? '')) return true;
  return /byline|author/i.test(element.getAttribute('class') ?? '');
}

/** A short author line in the article (rel=author, itemprop=author, byline classes). */
export function findByline(scope: Element): Element | null {
  for (const candidate of elementsOf(scope)) {
    if (!looksLikeByline(candidate)) continue;
    const length = textOf(candidate).trim().length;
    if (length > 0 && length < 100) return candidate;
  }
  return null;
}
