/**
 * Sentence boundaries inside one paragraph. `Intl.Segmenter` in the article's language does most
 * of the work; a merge pass then undoes its known mistakes after abbreviations ("Dr. Jones",
 * "the U.S. Capitol", "z. B.", "p. ex."), German ordinals ("am 3. Oktober") and quoted questions
 * ("'Why?' she asked"). Where the segmenter is missing, a punctuation regex stands in.
 *
 * Every step is linear in the paragraph. V8's segmenter slows down with the length of its input
 * (each segment costs more the longer the string: 40,000 "a!" took seconds), so a long paragraph
 * is fed to it in pieces cut at a likely sentence end, and the abbreviation check looks only at
 * the last characters of a sentence, however long the sentence has grown.
 */
import { lexiconFor, type CompiledLexicon } from './lexicons';

export interface Span {
  start: number;
  end: number;
}

/** The segmenter never sees more than this at once; real paragraphs are rarely longer. */
const PIECE = 2000;
/** Enough to hold the longest abbreviation with its dots and closing marks. */
const TAIL = 48;

/** The word (with inner dots) that ends `text` just before its final period, lower-cased. */
function lastWordBeforePeriod(text: string): string | null {
  const tail = text.slice(-TAIL);
  const match = /(?:^|[\s("'“‘„«[])((?:\p{L}{1,6}\.)*\p{L}{1,6})\.["'”’»)\]]*\s*$/u.exec(tail);
  return match ? match[1]!.toLowerCase() : null;
}

function shouldJoin(current: string, next: string, lexicon: CompiledLexicon): boolean {
  // No sentence starts in lower case or with closing punctuation.
  if (/^\s*[\p{Ll},;:)\]]/u.test(next)) return true;
  if (lexicon.ordinalDot && /(?:^|\s)\p{N}{1,2}\.\s*$/u.test(current.slice(-TAIL))) return true;
  const word = lastWordBeforePeriod(current);
  if (word === null) return false;
  if (lexicon.titles.has(word) || /^\p{L}$/u.test(word)) return true;
  if (!lexicon.ambiguousAbbreviations.has(word)) return false;
  // "Jan. 20", "in the U.S. Capitol." — a number or a short tail continues the sentence.
  return /^\s*\p{N}/u.test(next) || (next.match(/\S+/g)?.length ?? 0) <= 2;
}

type Segmenter = (text: string) => Span[];

function intlSegmenter(lang: string): Segmenter | null {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return null;
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
  } catch {
    segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  }
  return (text) =>
    Array.from(segmenter.segment(text), ({ index, segment }) => ({
      start: index,
      end: index + segment.length,
    }));
}

/**
 * Ends at ., ! or ? (plus closing quotes/brackets) followed by white space. The look-behind
 * lets a run of marks be tried once, from its first mark, not again from each one inside it.
 */
function regexSegment(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /(?<![.!?…。！？])[.!?…。！？]+["'”’»)\]]*\s+/g;
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

const SPACE = /\s/;
const ENDS = '.!?…。！？';

/** Where to cut `text` before `limit`: after the last sentence end, else the last space. */
function cutBefore(text: string, from: number, limit: number): number {
  let space = -1;
  for (let i = limit - 1; i > from; i--) {
    if (!SPACE.test(text[i]!)) continue;
    if (ENDS.includes(text[i - 1]!) || /["'”’»)\]]/.test(text[i - 1]!)) return i + 1;
    if (space === -1) space = i + 1;
  }
  return space > from ? space : limit;
}

/** `segment` over pieces of at most `PIECE` characters, with offsets in the whole text. */
function segmentInPieces(text: string, segment: Segmenter): Span[] {
  if (text.length <= PIECE) return segment(text);
  const spans: Span[] = [];
  for (let start = 0; start < text.length;) {
    const end = start + PIECE >= text.length ? text.length : cutBefore(text, start, start + PIECE);
    for (const span of segment(text.slice(start, end)))
      spans.push({ start: start + span.start, end: start + span.end });
    start = end;
  }
  return spans;
}

function trim(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/** A splitter for one language; build once per article, call once per paragraph. */
export function sentenceSplitter(lang = '', useIntl = true): (text: string) => Span[] {
  const segment = (useIntl && intlSegmenter(lang)) || regexSegment;
  const lexicon = lexiconFor(lang);
  return (text) => {
    const out: Span[] = [];
    for (const raw of segmentInPieces(text, segment)) {
      const previous = out[out.length - 1];
      if (
        previous &&
        shouldJoin(
          text.slice(previous.start, previous.end),
          text.slice(raw.start, raw.end),
          lexicon,
        )
      ) {
        previous.end = raw.end;
      } else {
        out.push({ ...raw });
      }
    }
    return out.map((span) => trim(text, span)).filter((span): span is Span => span !== null);
  };
}
