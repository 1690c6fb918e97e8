/**
 * One bottom-up pass over the body that gives every element its text size, link text size and
 * prose size, so later decisions (link density, "is this mostly prose?") are lookups instead of
 * repeated `textContent` walks. Iterative, so hostile pages nested thousands deep are fine.
 */
import { isNeverRendered } from '../dom/rendering';
import { INLINE_TAGS, weightedLength } from '../dom/text-length';
import { drain, ELEMENTS_PER_STEP, type Steps } from '../steps';

export interface BlockStats {
  /** Visible characters (CJK weighted, white space folded). */
  chars: number;
  /** Characters inside links. */
  linkChars: number;
  /** Characters in prose paragraphs: long enough and mostly not links. */
  proseChars: number;
  /** Commas in the text: Readability's cheap proxy for sentences. */
  commas: number;
  /** Characters of text this element holds itself: its text nodes and inline children. */
  ownChars: number;
  /** Teaser cards inside: headings that are links, and nested <article>s. */
  cards: number;
  /** Pictures and videos inside. */
  media: number;
}

export interface Measurement {
  stats: Map<Element, BlockStats>;
  /** Elements in document order, never-rendered subtrees left out. */
  elements: Element[];
}

const EMPTY: BlockStats = {
  chars: 0,
  linkChars: 0,
  proseChars: 0,
  commas: 0,
  ownChars: 0,
  cards: 0,
  media: 0,
};
/** A paragraph this long with little link text counts as the author's prose. */
const PROSE_MIN = 80;
const COMMAS = /[,，、،]/g;
const MEDIA_TAGS = new Set(['IMG', 'PICTURE', 'VIDEO', 'FIGURE', 'CANVAS']);

export function statsOf(measurement: Measurement, element: Element): BlockStats {
  return measurement.stats.get(element) ?? EMPTY;
}

/** Link density, Readability's strongest clutter cue. */
export function linkDensity(stats: BlockStats): number {
  return stats.chars === 0 ? 0 : stats.linkChars / stats.chars;
}

/** A paragraph (or a div/li/td holding its text itself) long enough and mostly not links. */
function isProse(element: Element, stats: BlockStats): boolean {
  const paragraph =
    element.tagName === 'P' || element.tagName === 'PRE' || stats.ownChars >= PROSE_MIN;
  return paragraph && stats.chars >= PROSE_MIN && stats.linkChars < 0.3 * stats.chars;
}

function isCard(element: Element, stats: BlockStats): boolean {
  if (element.tagName === 'ARTICLE') return true;
  return /^H[1-6]$/.test(element.tagName) && stats.linkChars > 0.5 * stats.chars;
}

/**
 * Measures `root` and its descendants, or returns null when the page has more than
 * `maxElements` elements (the caller then plans conservatively).
 */
export function measure(root: Element, maxElements: number): Measurement | null {
  return drain(measureInSteps(root, maxElements));
}

/**
 * `measure`, pausing every ELEMENTS_PER_STEP elements. Elements the page adds during a pause
 * have no stats and are passed over like unrendered ones (the page watcher sees them).
 * The loops themselves live in plain functions: some engines (Firefox's) run code inside a
 * generator many times slower than the same code outside one.
 */
export function* measureInSteps(root: Element, maxElements: number): Steps<Measurement | null> {
  const elements: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0) {
    collect(stack, elements, Math.min(maxElements + 1, elements.length + ELEMENTS_PER_STEP));
    if (elements.length > maxElements) return null;
    if (stack.length > 0) yield;
  }
  const stats = new Map<Element, BlockStats>();
  // Reverse pre-order visits every child before its parent.
  for (let end = elements.length; end > 0; end -= ELEMENTS_PER_STEP) {
    measureRange(elements, Math.max(0, end - ELEMENTS_PER_STEP), end, stats);
    if (end > ELEMENTS_PER_STEP) yield;
  }
  return { stats, elements };
}

/** Pre-order walk from `stack` until `elements` holds `limit` elements or the walk ends. */
function collect(stack: Element[], elements: Element[], limit: number): void {
  while (stack.length > 0 && elements.length < limit) {
    const element = stack.pop()!;
    if (isNeverRendered(element)) continue;
    elements.push(element);
    const children = element.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** Stats for elements[from..to), last first: every child's stats exist before its parent's. */
function measureRange(
  elements: readonly Element[],
  from: number,
  to: number,
  stats: Map<Element, BlockStats>,
): void {
  for (let i = to - 1; i >= from; i--) {
    const element = elements[i]!;
    const own: BlockStats = { ...EMPTY };
    let prose = 0;
    for (const child of element.childNodes) {
      if (child.nodeType === 3) {
        const text = child.nodeValue ?? '';
        const length = weightedLength(text);
        own.chars += length;
        own.ownChars += length;
        own.commas += text.match(COMMAS)?.length ?? 0;
      } else if (child.nodeType === 1) {
        const sub = stats.get(child as Element);
        if (!sub) continue;
        own.chars += sub.chars;
        own.linkChars += sub.linkChars;
        own.commas += sub.commas;
        own.cards += sub.cards;
        own.media += sub.media;
        prose += sub.proseChars;
        if (INLINE_TAGS.has((child as Element).tagName)) own.ownChars += sub.chars;
      }
    }
    if (element.tagName === 'A') own.linkChars = own.chars;
    own.proseChars = isProse(element, own) ? own.chars : prose;
    if (isCard(element, own)) own.cards++;
    if (MEDIA_TAGS.has(element.tagName)) own.media++;
    stats.set(element, own);
  }
}
