/**
 * The article's prose paragraphs, as ranges of its text index. The page parts that are not the
 * author making a point (see `page-parts.ts`: references, captions, bylines, templates, …) yield
 * no blocks; their text stays in the index so that anchors keep the same context the reader
 * sees. Footnote markers inside prose are kept as ranges too, so that sentences are cut around
 * them rather than at them.
 */
import { buildTextIndex, type TextIndex } from './text-index';
import {
  AUDITED_PARTS,
  PAGE_PART_VOCABULARY,
  headingSection,
  isBioText,
  isBylineText,
  isFootnoteMarker,
  partOfElement,
} from './page-parts';
import { words } from './tokens';
import type { Span } from './sentences';

export interface Block extends Span {
  /** Inside a blockquote: the words are someone else's. */
  quoted: boolean;
  /** A list item: in a related-links section, a teaser. */
  listItem: boolean;
}

export interface ArticleText {
  index: TextIndex;
  blocks: Block[];
  /** Ranges of the index inside links, in order. */
  links: Span[];
  /** Footnote markers ("[1]", "[citation needed]"), in order. */
  markers: Span[];
  /**
   * Page parts inside paragraphs: a caption `span` in a `p`, a dateline `cite` ("(CNN)"), a
   * `figcaption` in a `div` that holds no other block.
   */
  inlineParts: Coverage;
  linkCoverage: Coverage;
}

const PARAGRAPH_TAGS = new Set(['P', 'LI', 'BLOCKQUOTE', 'DD']);
const BLOCK_CHILD = 'p, li, blockquote, dd, div, section, article, ul, ol, table, pre, figure';
const HEADING = /^H([1-6])$/;

function isAuditedPart(element: Element): boolean {
  const part = partOfElement(element);
  return part !== null && AUDITED_PARTS.includes(part);
}

/** A paragraph holds text directly; a `div` counts when it has no block children. */
function isParagraph(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (PARAGRAPH_TAGS.has(tag) || tag === 'DIV') return element.querySelector(BLOCK_CHILD) === null;
  return false;
}

/**
 * How much of a range some spans cover, in logarithmic time: the spans merged into disjoint
 * runs with running totals, so a page of many links and many paragraphs stays linear.
 */
export class Coverage {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Characters covered before run i. */
  private readonly before: number[] = [];

  constructor(spans: readonly Span[]) {
    let total = 0;
    for (const span of [...spans].sort((a, b) => a.start - b.start)) {
      const last = this.ends.length - 1;
      if (last >= 0 && span.start <= this.ends[last]!) {
        if (span.end > this.ends[last]!) {
          total += span.end - this.ends[last]!;
          this.ends[last] = span.end;
        }
        continue;
      }
      this.starts.push(span.start);
      this.ends.push(span.end);
      this.before.push(total);
      total += span.end - span.start;
    }
  }

  /** Characters covered before `position`. */
  private upTo(position: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.starts[middle]! < position) low = middle + 1;
      else high = middle;
    }
    if (low === 0) return 0;
    const run = low - 1;
    return this.before[run]! + Math.min(position, this.ends[run]!) - this.starts[run]!;
  }

  /** Share of `[start, end)` covered. */
  share(start: number, end: number): number {
    return end > start ? (this.upTo(end) - this.upTo(start)) / (end - start) : 0;
  }

  /** Whether `position` is inside a run. */
  has(position: number): boolean {
    return this.upTo(position + 1) - this.upTo(position) > 0;
  }
}

export function linkShare(article: ArticleText, start: number, end: number): number {
  return article.linkCoverage.share(start, end);
}

interface Heading extends Span {
  level: number;
  /** Where its section ends at the latest: the end of the `<section>` it opens, if any. */
  sectionEnd: number;
}

/** Ranges whose blocks are back matter, or related links, from the headings that open them. */
function sectionRanges(headings: readonly Heading[], text: string) {
  const backMatter: Span[] = [];
  const related: Span[] = [];
  // Each heading's section runs to the next heading of its level or higher (a stack, right to left).
  const stack: Heading[] = [];
  for (let i = headings.length - 1; i >= 0; i--) {
    const heading = headings[i]!;
    while (stack.length > 0 && stack[stack.length - 1]!.level > heading.level) stack.pop();
    const next = stack[stack.length - 1]?.start ?? Infinity;
    stack.push(heading);
    const kind = headingSection(
      text.slice(heading.start, Math.min(heading.end, heading.start + 200)),
    );
    if (!kind) continue;
    const range = { start: heading.end, end: Math.min(next, heading.sectionEnd, text.length) };
    (kind === 'back-matter' ? backMatter : related).push(range);
  }
  return { backMatter: new Coverage(backMatter), related: new Coverage(related) };
}

export function readArticle(root: Element, exclude?: ReadonlySet<Element>): ArticleText {
  const blocks: Block[] = [];
  const links: Span[] = [];
  const cites: Span[] = [];
  const supers: { element: Element; start: number; end: number }[] = [];
  const headings: Heading[] = [];
  const starts = new Map<Element, number>();
  const sections: Heading[][] = [];
  let marker: Element | null = null;
  let inlinePart: Element | null = null;
  const inline: Span[] = [];
  let skipping: Element | null = null;
  let paragraph: { element: Element; start: number; quoted: boolean } | null = null;
  let quoteDepth = 0;
  const index = buildTextIndex(root, {
    exclude,
    enter(element, at) {
      const tag = element.tagName.toUpperCase();
      if (tag === 'A' || tag === 'CITE' || HEADING.test(tag)) starts.set(element, at);
      if (tag === 'BLOCKQUOTE') quoteDepth++;
      if (tag === 'SECTION') sections.push([]);
      if (!marker && (tag === 'SUP' || element.getAttribute('role') === 'doc-noteref')) {
        marker = element;
        starts.set(element, at);
      }
      if (skipping || element === root) return true;
      if (paragraph) {
        if (!inlinePart && isAuditedPart(element)) {
          inlinePart = element;
          starts.set(element, at);
        }
        return true;
      }
      if (partOfElement(element)) skipping = element;
      else if (isParagraph(element)) {
        paragraph = { element, start: at, quoted: quoteDepth > 0 };
      }
      return true;
    },
    leave(element, at) {
      const tag = element.tagName.toUpperCase();
      const start = starts.get(element);
      if (start !== undefined && at > start) {
        const level = HEADING.exec(tag)?.[1];
        if (element === marker) supers.push({ element, start, end: at });
        else if (tag === 'A') links.push({ start, end: at });
        else if (tag === 'CITE') cites.push({ start, end: at });
        else if (level && (!skipping || skipping === element)) {
          const heading = { start, end: at, level: Number(level), sectionEnd: Infinity };
          headings.push(heading);
          sections[sections.length - 1]?.push(heading);
        }
      }
      if (element === marker) marker = null;
      if (element === inlinePart) {
        if (start !== undefined && at > start) inline.push({ start, end: at });
        inlinePart = null;
      }
      if (tag === 'BLOCKQUOTE') quoteDepth--;
      if (tag === 'SECTION') for (const heading of sections.pop() ?? []) heading.sectionEnd = at;
      if (element === skipping) skipping = null;
      if (element === paragraph?.element) {
        if (at > paragraph.start)
          blocks.push({
            start: paragraph.start,
            end: at,
            quoted: paragraph.quoted,
            listItem: element.tagName.toUpperCase() === 'LI',
          });
        paragraph = null;
      }
    },
  });
  // Nested links close before their parents; anchors inside anchors are rare but legal in DOMs.
  links.sort((a, b) => a.start - b.start);
  headings.sort((a, b) => a.start - b.start);
  const markers = footnoteMarkers(index.text, supers);
  const article: ArticleText = {
    index,
    blocks,
    links,
    markers,
    inlineParts: new Coverage(inline),
    linkCoverage: new Coverage(links),
  };
  const { backMatter, related } = sectionRanges(headings, index.text);
  const citeCoverage = new Coverage(cites);
  article.blocks = blocks.filter((block, i) => {
    if (backMatter.has(block.start)) return false;
    if (
      related.has(block.start) &&
      (block.listItem || linkShare(article, block.start, block.end) > 0.3)
    )
      return false;
    if (citeCoverage.share(block.start, block.end) > 0.5) return false;
    return isProse(article, block, i === blocks.length - 1);
  });
  return article;
}

/** Marker elements (`sup`) and markers typed as text, merged in order. */
function footnoteMarkers(
  text: string,
  supers: readonly { element: Element; start: number; end: number }[],
): Span[] {
  const markers: Span[] = supers
    .filter((sup) =>
      isFootnoteMarker(sup.element, text.slice(sup.start, Math.min(sup.end, sup.start + 64))),
    )
    .map(({ start, end }) => ({ start, end }));
  for (const match of text.matchAll(PAGE_PART_VOCABULARY.footnoteText))
    markers.push({ start: match.index, end: match.index + match[0].length });
  return markers.sort((a, b) => a.start - b.start);
}

function isProse(article: ArticleText, block: Block, last: boolean): boolean {
  const text = article.index.text.slice(block.start, block.end);
  if (linkShare(article, block.start, block.end) > 0.5) return false;
  if (isBylineText(text)) return false;
  return !(last && words(text.slice(0, 2000)).length < 70 && isBioText(text));
}
