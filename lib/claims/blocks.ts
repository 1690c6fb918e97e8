/**
 * The article's prose paragraphs, as ranges of its text index. Captions, headings, code,
 * tables, bylines, author bios and link lists are the page talking about the article, not the
 * author making a point, so none of them yields claims; their text stays in the index so that
 * anchors keep the same context the reader sees.
 */
import { buildTextIndex, type TextIndex } from './text-index';
import { words } from './tokens';
import type { Span } from './sentences';

export interface Block extends Span {
  /** Inside a blockquote: the words are someone else's. */
  quoted: boolean;
}

export interface ArticleText {
  index: TextIndex;
  blocks: Block[];
  /** Ranges of the index inside links, in order. */
  links: Span[];
}

const PARAGRAPH_TAGS = new Set(['P', 'LI', 'BLOCKQUOTE', 'DD']);
const NON_PROSE_TAGS = new Set([
  'FIGCAPTION',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'PRE',
  'CODE',
  'TABLE',
  'NAV',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'FORM',
  'BUTTON',
  'LABEL',
  'ADDRESS',
  'DIALOG',
]);
const NON_PROSE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'dialog']);
const NON_PROSE_NAMES =
  /(?:^|[-_\s])(?:byline|author|bio|caption|credit|related|share|sharing|social|newsletter|promo|ad|ads|advert|sponsored|tags|dateline|comments?|footnotes?|toc|breadcrumbs?|recirc|read-more|more-stories)(?=$|[-_\s])/i;
const BLOCK_CHILD = 'p, li, blockquote, dd, div, section, article, ul, ol, table, pre, figure';

const BYLINE =
  /^\(?(?:by|photo|photograph|image|illustration|credit|source|updated|published|posted|filed|reporting by|additional reporting|editing by|written by)\b/i;
const BIO =
  /\b(?:is|was)\s+(?:an?|the)\s+(?:[\p{L}\p{N}-]+\s+){0,6}?(?:professor|author|editor|fellow|director|correspondent|writer|columnist|reporter|economist|journalist|founder|chair|president|researcher|scientist|lecturer|analyst|contributor|laureate)\b|views expressed|writer['’]s own|is the author of|follow (?:him|her|them) on/iu;

function isNonProse(element: Element): boolean {
  if (NON_PROSE_TAGS.has(element.tagName.toUpperCase())) return true;
  if (NON_PROSE_ROLES.has(element.getAttribute('role') ?? '')) return true;
  const names = `${element.getAttribute('class') ?? ''} ${element.id}`;
  return NON_PROSE_NAMES.test(names);
}

/** A paragraph holds text directly; a `div` counts when it has no block children. */
function isParagraph(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (PARAGRAPH_TAGS.has(tag) || tag === 'DIV') return element.querySelector(BLOCK_CHILD) === null;
  return false;
}

function overlap(spans: readonly Span[], start: number, end: number): number {
  let covered = 0;
  for (const span of spans) {
    if (span.end <= start) continue;
    if (span.start >= end) break;
    covered += Math.min(end, span.end) - Math.max(start, span.start);
  }
  return covered;
}

export function linkShare(article: ArticleText, start: number, end: number): number {
  return end > start ? overlap(article.links, start, end) / (end - start) : 0;
}

export function readArticle(root: Element, exclude?: ReadonlySet<Element>): ArticleText {
  const blocks: Block[] = [];
  const links: Span[] = [];
  const linkStarts = new Map<Element, number>();
  let skipping: Element | null = null;
  let paragraph: { element: Element; start: number; quoted: boolean } | null = null;
  let quoteDepth = 0;
  const index = buildTextIndex(root, {
    exclude,
    enter(element, at) {
      const tag = element.tagName.toUpperCase();
      if (tag === 'A') linkStarts.set(element, at);
      if (tag === 'BLOCKQUOTE') quoteDepth++;
      if (skipping || paragraph || element === root) return true;
      if (isNonProse(element)) skipping = element;
      else if (isParagraph(element)) paragraph = { element, start: at, quoted: quoteDepth > 0 };
      return true;
    },
    leave(element, at) {
      const start = linkStarts.get(element);
      if (start !== undefined && at > start) links.push({ start, end: at });
      if (element.tagName.toUpperCase() === 'BLOCKQUOTE') quoteDepth--;
      if (element === skipping) skipping = null;
      if (element === paragraph?.element) {
        if (at > paragraph.start)
          blocks.push({ start: paragraph.start, end: at, quoted: paragraph.quoted });
        paragraph = null;
      }
    },
  });
  // Nested links close before their parents; anchors inside anchors are rare but legal in DOMs.
  links.sort((a, b) => a.start - b.start);
  const article = { index, blocks, links };
  article.blocks = blocks.filter((block, i) => isProse(article, block, i === blocks.length - 1));
  return article;
}

function isProse(article: ArticleText, block: Block, last: boolean): boolean {
  const text = article.index.text.slice(block.start, block.end);
  const wordCount = words(text).length;
  if (linkShare(article, block.start, block.end) > 0.5) return false;
  if (wordCount < 20 && BYLINE.test(text)) return false;
  return !(last && wordCount < 70 && BIO.test(text));
}
