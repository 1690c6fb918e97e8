/**
 * The article's parts, read from the document and the clean plan: its head (headline,
 * standfirst, byline, date), its body (the kept blocks from the first paragraph of prose on)
 * and its figures (picture, caption, credit). Clean mode shows head, body and figures; an
 * extraction benchmark scores the body alone, so `articleBodyText` gives exactly that.
 */
import type { CleanPlan } from '../types';
import { isNeverRendered } from '../dom/rendering';
import { visibleText } from '../text/visible-text';

export interface ArticleHead {
  headline: Element | null;
  /** The summary set under the headline (a dek, an h2, a lead paragraph in bold). */
  standfirst: Element | null;
  byline: Element | null;
  date: Element | null;
}

export interface ArticleFigure {
  /** The block that holds the picture and its words (a <figure>, or the picture alone). */
  element: Element;
  picture: Element | null;
  caption: Element | null;
  credit: Element | null;
}

export interface ArticleParts {
  root: Element | null;
  head: ArticleHead;
  /** The body's top-level nodes in document order, from its first paragraph of prose on. */
  body: Node[];
  figures: ArticleFigure[];
  /** What clean mode hides: the plan's blocks. */
  hidden: ReadonlySet<Element>;
}

/** A paragraph starts the body when it says at least this much (a sentence, not a label). */
const START_CHARS = 80;
/** Longer than this, a line under the headline is the story, not a byline or date. */
const LINE_CHARS = 120;
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const PICTURES = new Set(['IMG', 'PICTURE', 'VIDEO', 'SVG', 'svg']);
const PICTURE_SELECTOR = ['img', 'picture', 'video'];
/** Caption and credit blocks, by element and by the class names sites give them. */
const CAPTION = /(?:^|[\s_-])(?:caption|figcaption|wp-caption-text)(?:$|[\s_-])/i;
const CREDIT = /(?:^|[\s_-])(?:credits?|copyright|photographer)(?:$|[\s_-])/i;
const BYLINE = /(?:^|[\s_-])(?:byline|author|authors|writer|contributor)(?:$|[\s_-])/i;
const STANDFIRST =
  /(?:^|[\s_-])(?:standfirst|dek|deck|summary|subtitle|subheadline|excerpt|intro|lede|teaser|description)(?:$|[\s_-])/i;
const DATE = /(?:^|[\s_-])(?:date|dateline|published|timestamp|time)(?:$|[\s_-])/i;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function label(element: Element): string {
  return `${element.getAttribute('class') ?? ''} ${element.id}`;
}

function isCaption(element: Element): boolean {
  return element.tagName === 'FIGCAPTION' || CAPTION.test(label(element));
}

function isCredit(element: Element): boolean {
  return CREDIT.test(label(element));
}

function isByline(element: Element): boolean {
  if (element.getAttribute('rel') === 'author') return true;
  if (/\bauthor\b/.test(element.getAttribute('itemprop') ?? '')) return true;
  return BYLINE.test(label(element));
}

function isDate(element: Element): boolean {
  if (element.tagName === 'TIME') return true;
  if (/\bdate(?:Published|Modified|Created)\b/.test(element.getAttribute('itemprop') ?? ''))
    return true;
  return DATE.test(label(element));
}

function linkChars(element: Element): number {
  let chars = 0;
  for (const link of element.getElementsByTagName('a')) chars += visibleText(link).length;
  return chars;
}

/** A paragraph, or a block holding text of its own rather than through child blocks (div soup). */
function isParagraph(element: Element): boolean {
  if (element.tagName === 'P') return true;
  for (const child of element.childNodes) {
    if (child.nodeType === TEXT_NODE && (child.nodeValue ?? '').trim().length >= START_CHARS / 2)
      return true;
  }
  return false;
}

/** A paragraph of prose: it says a sentence or more, and not mostly through links. */
function isProse(element: Element, hidden: ReadonlySet<Element>): boolean {
  if (!isParagraph(element)) return false;
  const text = visibleText(element, hidden);
  return text.length >= START_CHARS && linkChars(element) <= text.length / 2;
}

function isFigurePart(element: Element): boolean {
  return (
    element.tagName === 'FIGURE' ||
    PICTURES.has(element.tagName) ||
    isCaption(element) ||
    isCredit(element)
  );
}

function isHeadLine(element: Element): boolean {
  return HEADINGS.has(element.tagName) || isByline(element) || isDate(element);
}

/** Blocks that are never the body's start: head lines, pictures and their words. */
function isHeadOrFigure(element: Element): boolean {
  return isHeadLine(element) || isFigurePart(element);
}

interface Walk {
  start: Element | null;
  figures: ArticleFigure[];
  /** Elements before the start, in document order (head candidates). */
  before: Element[];
}

function figureOf(element: Element): ArticleFigure {
  let picture: Element | null = null;
  let caption: Element | null = null;
  let credit: Element | null = null;
  const stack = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!picture && PICTURES.has(node.tagName)) picture = node;
    else if (!caption && isCaption(node)) caption = node;
    else if (!credit && isCredit(node)) credit = node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return { element, picture, caption, credit };
}

/**
 * The visible text of `element`, stopping once it passes `max` characters, so asking of every
 * block whether it is short stays linear in the page.
 */
function textUpTo(element: Element, hidden: ReadonlySet<Element>, max: number): string {
  let text = '';
  const stack: Node[] = [element];
  while (stack.length > 0 && text.length <= max) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) text += (node.nodeValue ?? '').replace(/\s+/g, ' ');
    else if (node.nodeType === ELEMENT_NODE) {
      const child = node as Element;
      if (child !== element && (hidden.has(child) || isNeverRendered(child))) continue;
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
    }
  }
  return text.trim();
}

/** Up to this many characters, the words beside a picture in a block of their own caption it. */
const CAPTION_CHARS = 200;

/**
 * A block that holds a picture and a line of words, no paragraph: a figure written with divs
 * (a picture, then its caption in a span).
 */
function isPictureBlock(element: Element, hidden: ReadonlySet<Element>): boolean {
  if (element.tagName === 'P' || HEADINGS.has(element.tagName)) return false;
  if (!PICTURE_SELECTOR.some((tag) => element.getElementsByTagName(tag).length > 0)) return false;
  if (element.getElementsByTagName('p').length > 0) return false;
  return textUpTo(element, hidden, CAPTION_CHARS).length <= CAPTION_CHARS;
}

/** One walk of the root: the body's first prose block, the figures, what comes before. */
function walkRoot(root: Element, hidden: ReadonlySet<Element>): Walk {
  const walk: Walk = { start: null, figures: [], before: [] };
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (hidden.has(element) || isNeverRendered(element)) continue;
    if (
      element.tagName === 'FIGURE' ||
      isCaption(element) ||
      isCredit(element) ||
      (element !== root && isPictureBlock(element, hidden))
    ) {
      // A caption outside a <figure> belongs to the picture just before it.
      const last = walk.figures.at(-1);
      if (isCaption(element) && last && !last.caption) last.caption = element;
      else walk.figures.push(figureOf(element));
      continue;
    }
    if (!walk.start) {
      if (element !== root) walk.before.push(element);
      if (!isHeadOrFigure(element) && isProse(element, hidden)) {
        walk.start = element;
      }
    }
    if (PICTURES.has(element.tagName)) {
      walk.figures.push({ element, picture: element, caption: null, credit: null });
      continue;
    }
    for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!);
  }
  return walk;
}

/**
 * Short paragraphs just before the first long one open the story too ("He has been
 * eliminated."): the body starts at the first of the run of plain paragraphs (pictures
 * between them allowed) that ends at `start`. A paragraph labelled as a summary stays in the head.
 */
function runStart(start: Element, hidden: ReadonlySet<Element>): Element {
  let first = start;
  for (let node = start.previousElementSibling; node; node = node.previousElementSibling) {
    if (hidden.has(node) || isNeverRendered(node) || isFigurePart(node)) continue;
    if (node.tagName !== 'P' || isHeadLine(node) || STANDFIRST.test(label(node))) break;
    if (visibleText(node, hidden) !== '') first = node;
  }
  return first;
}

/** From the start, every node after it in the root: its own and its ancestors' later siblings. */
function nodesFrom(start: Element, root: Element): Node[] {
  const nodes: Node[] = [start];
  for (let node: Element = start; node !== root && node.parentElement; node = node.parentElement) {
    for (let next = node.nextSibling; next; next = next.nextSibling) nodes.push(next);
  }
  return nodes;
}

function headOf(before: readonly Element[], start: Element | null): ArticleHead {
  const head: ArticleHead = { headline: null, standfirst: null, byline: null, date: null };
  for (const element of before) {
    if (start && element.contains(start)) continue;
    const text = visibleText(element);
    if (text === '') continue;
    if (!head.headline && HEADINGS.has(element.tagName)) head.headline = element;
    else if (!head.byline && isByline(element) && text.length < LINE_CHARS) head.byline = element;
    else if (!head.date && isDate(element) && text.length < LINE_CHARS) head.date = element;
    else if (
      head.headline &&
      !head.standfirst &&
      !isByline(element) &&
      !isDate(element) &&
      (HEADINGS.has(element.tagName) || element.tagName === 'P')
    ) {
      head.standfirst = element;
    }
  }
  return head;
}

/** The article's parts under the plan's root; empty parts when the plan found none. */
export function articleParts(plan: CleanPlan): ArticleParts {
  const hidden = new Set(plan.hidden.map((block) => block.element));
  const root = plan.articleRoot;
  const head: ArticleHead = { headline: null, standfirst: null, byline: null, date: null };
  if (!root) return { root, head, body: [], figures: [], hidden };
  const walk = walkRoot(root, hidden);
  const start = walk.start ? runStart(walk.start, hidden) : null;
  const body = start ? nodesFrom(start, root) : [...root.childNodes];
  const before = start ? walk.before.slice(0, walk.before.indexOf(start)) : walk.before;
  return { root, head: headOf(before, start), body, figures: walk.figures, hidden };
}

/** The body's text alone: no headline, standfirst, byline, date, figures, captions or clutter. */
export function articleBodyText(parts: ArticleParts): string {
  const skip = new Set<Element>(parts.hidden);
  for (const figure of parts.figures) {
    skip.add(figure.element);
    if (figure.caption) skip.add(figure.caption);
    if (figure.credit) skip.add(figure.credit);
  }
  for (const part of Object.values(parts.head)) if (part) skip.add(part);
  return parts.body
    .filter((node) => node.nodeType !== ELEMENT_NODE || !skip.has(node as Element))
    .map((node) => visibleText(node, skip))
    .filter((text) => text !== '')
    .join('\n');
}
