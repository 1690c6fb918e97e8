/**
 * The article's sentences in reading order, each with its place (paragraph, position in it), its
 * words and content terms, in the article's language. Shared by the claim ranker and the
 * benchmark's baselines, so every system is judged on the same sentences.
 *
 * Footnote markers are blanked out before splitting, so that "…in 2007.[1] The" splits after
 * the marker and "[citation needed]" never cuts a sentence; a claim's text leaves them out,
 * while its range (and so its anchor) is the page's text as it stands.
 */
import { readArticle, type ArticleText } from './blocks';
import { lexiconFor, type CompiledLexicon } from './lexicons';
import { tokenize, type Words } from './phrases';
import { sentenceSplitter, type Span } from './sentences';
import { contentTerms } from './tokens';

export interface ArticleSentence {
  /** Range in `article.index.text`, footnote markers inside it included. */
  start: number;
  end: number;
  /** The sentence as a reader quotes it: without footnote markers. */
  text: string;
  paragraph: number;
  /** Position inside its paragraph. */
  index: number;
  /** From a blockquote. */
  quoted: boolean;
  wordCount: number;
  tokens: Words;
  terms: string[];
}

/** Longer "sentences" are run-on text (or a hostile page), not something a reader can check. */
export const MAX_SENTENCE_CHARACTERS = 1200;
/** The opening read to guess the language of a page that does not declare one. */
const LANGUAGE_SAMPLE = 5000;

/** `text` with the markers in `[offset, offset + text.length)` replaced by spaces, or removed. */
function withoutMarkers(
  text: string,
  offset: number,
  markers: readonly Span[],
  blank: boolean,
): string {
  let out = '';
  let at = 0;
  for (const marker of markers) {
    const start = Math.max(marker.start - offset, at);
    const end = Math.min(marker.end - offset, text.length);
    if (end <= start) continue;
    out += text.slice(at, start) + (blank ? ' '.repeat(end - start) : '');
    at = end;
  }
  return out + text.slice(at);
}

function markersIn(markers: readonly Span[], from: number, start: number, end: number) {
  let first = from;
  while (first < markers.length && markers[first]!.end <= start) first++;
  let last = first;
  while (last < markers.length && markers[last]!.start < end) last++;
  return { first, inside: markers.slice(first, last) };
}

/** A dateline is a short page part at the very start of a paragraph. */
const DATELINE_CHARACTERS = 60;

function afterDateline(text: string, article: ArticleText, start: number, end: number): number {
  let at = start;
  while (at < end && at - start <= DATELINE_CHARACTERS && article.inlineParts.has(at)) at++;
  if (at === start || at - start > DATELINE_CHARACTERS) return start;
  while (at < end && /[\s\-–—.:]/.test(text[at]!)) at++;
  return at < end ? at : start;
}

function articleLanguage(root: Element, article: ArticleText): string {
  const declared = root.closest('[lang]')?.getAttribute('lang')?.trim();
  if (declared) return declared;
  let sample = '';
  for (const block of article.blocks) {
    if (sample.length >= LANGUAGE_SAMPLE) break;
    sample +=
      article.index.text.slice(block.start, Math.min(block.end, block.start + LANGUAGE_SAMPLE)) +
      ' ';
  }
  return lexiconFor('', sample).language;
}

export function articleSentences(
  root: Element,
  exclude?: ReadonlySet<Element>,
): { article: ArticleText; sentences: ArticleSentence[]; lexicon: CompiledLexicon } {
  const article = readArticle(root, exclude);
  const { text } = article.index;
  const language = articleLanguage(root, article);
  const lexicon = lexiconFor(language);
  const split = sentenceSplitter(language);
  const sentences: ArticleSentence[] = [];
  let nextMarker = 0;
  article.blocks.forEach((block, paragraph) => {
    const { first, inside } = markersIn(article.markers, nextMarker, block.start, block.end);
    nextMarker = first;
    const raw = text.slice(block.start, block.end);
    const masked = inside.length > 0 ? withoutMarkers(raw, block.start, inside, true) : raw;
    split(masked).forEach((span, index) => {
      if (span.end - span.start > MAX_SENTENCE_CHARACTERS) return;
      let start = block.start + span.start;
      const end = block.start + span.end;
      // A caption or credit inside the paragraph is no sentence of the article.
      if (article.inlineParts.share(start, end) > 0.5) return;
      // A dateline ("(CNN)", "Hong Kong (CNN Business)") opening the paragraph is not either.
      if (index === 0) start = afterDateline(text, article, start, end);
      const sentence =
        inside.length > 0
          ? withoutMarkers(text.slice(start, end), start, inside, false)
              .replace(/\s+/g, ' ')
              .replace(/ (?=[.,;:!?])/g, '')
              .trim()
          : text.slice(start, end);
      const tokens = tokenize(sentence);
      sentences.push({
        start,
        end,
        text: sentence,
        paragraph,
        index,
        quoted: block.quoted,
        wordCount: tokens.word.length,
        tokens,
        terms: contentTerms(tokens.word, lexicon.stopWords),
      });
    });
  });
  return { article, sentences, lexicon };
}
