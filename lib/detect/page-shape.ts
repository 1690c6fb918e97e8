/**
 * What the body looks like, tallied element by element in detection's one pass: how much prose
 * sits together in one column (a readerable-style paragraph score), and how much of the page is
 * headline links, teaser cards and forms. Articles have one dense run of paragraphs; listings,
 * comment threads and review pages have many short blocks, each in its own card.
 */
import { isNeverRendered } from '../dom/rendering';
import { textOf } from '../dom/text';
import { INLINE_TAGS, weightedLength } from '../dom/text-length';

/** Readability's readerable gate: a paragraph this long adds √(length − 140). */
const LONG_PARAGRAPH = 140;
/** Shorter paragraphs still count a little, so pages written in short paragraphs pass. */
const SHORT_PARAGRAPH = 60;
/** Classes and ids of blocks whose prose is not the page's own (comments, rails, footers). */
const PERIPHERAL =
  /comment|repl(?:y|ies)|review|footer|sidebar|related|promo|sponsor|teaser|(?:^|[-_ ])(?:rv|cmt|result)(?:$|[-_ ])/i;

export interface PageShape {
  /** Paragraph score of the best single column: sum of √(length − 140) over its paragraphs. */
  columnScore: number;
  /** Paragraph score over the whole page. */
  totalScore: number;
  /** Links that are the whole text of a heading: the titles of teaser cards. */
  headlineLinks: number;
  /** Share of all text that sits inside links. */
  linkDensity: number;
  passwordFields: number;
  /** Characters of text in the body. */
  textLength: number;
}

/** Hidden from every reader, so its text cannot make a page an article. */
function isInvisible(element: Element): boolean {
  return isNeverRendered(element) || element.getAttribute('aria-hidden') === 'true';
}

/**
 * The block a paragraph's score is credited to. A parent that only wraps this paragraph (no
 * other element children) is skipped, so one-paragraph-per-div layouts still group; a card
 * that also holds a byline or buttons is its own group, which is what keeps comment threads
 * and review lists from adding up to an article.
 */
function columnOf(paragraph: Element): Element | null {
  let column = paragraph.parentElement;
  while (column && column.childElementCount === 1 && column.parentElement) {
    column = column.parentElement;
  }
  return column;
}

/**
 * The text a non-paragraph block holds itself: its text nodes and inline children, not nested
 * blocks and not links (a div that only wraps a link is a teaser, not prose). "Div soup" pages
 * (no <p>, text in divs split by <br>) are scored by this.
 */
function ownText(element: Element): string {
  let text = '';
  for (const child of element.childNodes) {
    if (child.nodeType === 3) text += child.nodeValue ?? '';
    else if (child.nodeType === 1 && INLINE_TAGS.has((child as Element).tagName)) {
      text += textOf(child);
    }
  }
  return text;
}

/** Readerable-style score of one block: √(length − 140) for long ones, a little for shorter. */
function paragraphScore(length: number): number {
  if (length >= LONG_PARAGRAPH) return 2 + Math.sqrt(length - LONG_PARAGRAPH);
  return length > SHORT_PARAGRAPH ? (length - SHORT_PARAGRAPH) / 40 : 0;
}

/** The tags the shape pass looks at; everything else only contributes its text length. */
const SHAPE_TAGS = new Set(['P', 'PRE', 'DIV', 'TD', 'SECTION', 'ARTICLE', 'A', 'INPUT']);

function isInListItem(element: Element): boolean {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (node.tagName === 'LI') return true;
  }
  return false;
}

interface Column {
  score: number;
  length: number;
}

function isPeripheral(element: Element): boolean {
  const label = `${element.getAttribute('class') ?? ''} ${element.id}`;
  return label.length > 1 && PERIPHERAL.test(label);
}

/**
 * The shape of the body, tallied one element at a time as the detection pass (lib/detect)
 * walks the body in document order; `result` reads it off at the end.
 */
export class PageShapeTally {
  private readonly shape: PageShape = {
    columnScore: 0,
    totalScore: 0,
    headlineLinks: 0,
    linkDensity: 0,
    passwordFields: 0,
    textLength: 0,
  };
  private readonly columns = new Map<Element, Column>();
  private linkLength = 0;

  /** Adds one element's text, links, form fields and paragraph score. */
  note(element: Element): void {
    const { shape } = this;
    for (const child of element.childNodes) {
      if (child.nodeType === 3) shape.textLength += (child.nodeValue ?? '').trim().length;
    }
    if (!SHAPE_TAGS.has(element.tagName)) return;
    const tag = element.tagName;
    if (tag === 'A') {
      const length = textOf(element).trim().length;
      this.linkLength += length;
      const parent = element.parentElement;
      if (length > 20 && parent && /^H[2-4]$/.test(parent.tagName)) shape.headlineLinks++;
      return;
    }
    if (tag === 'INPUT') {
      if (element.getAttribute('type')?.toLowerCase() === 'password') shape.passwordFields++;
      return;
    }
    const paragraph = tag === 'P' || tag === 'PRE';
    const text = paragraph ? textOf(element) : ownText(element);
    if (text.length <= SHORT_PARAGRAPH) return;
    const length = weightedLength(text);
    const score = paragraphScore(length);
    if (score === 0 || isInvisible(element) || isPeripheral(element)) return;
    // Paragraphs inside list items are teasers (Readability's `li p` rule).
    if (paragraph && isInListItem(element)) return;
    shape.totalScore += score;
    const column = columnOf(element);
    if (!column || isPeripheral(column)) return;
    const entry = this.columns.get(column) ?? { score: 0, length: 0 };
    entry.score += score;
    entry.length += length;
    this.columns.set(column, entry);
  }

  result(): PageShape {
    const shape = { ...this.shape };
    for (const [column, { score, length }] of this.columns) {
      shape.columnScore = Math.max(shape.columnScore, score);
      // A column written in short paragraphs is prose too, when the paragraphs are most of its
      // text (not the blurbs between a docs index's link lists): score it as one paragraph.
      const asOne = paragraphScore(length);
      if (asOne > shape.columnScore && length > 0.6 * weightedLength(textOf(column))) {
        shape.columnScore = asOne;
      }
    }
    shape.linkDensity = shape.textLength > 0 ? Math.min(1, this.linkLength / shape.textLength) : 0;
    return shape;
  }
}
