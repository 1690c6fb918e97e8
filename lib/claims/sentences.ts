/**
 * Sentence boundaries inside one paragraph. `Intl.Segmenter` does most of the work (it is fed one
 * paragraph at a time: V8 once went quadratic on long inputs); a merge pass then undoes its known
 * mistakes after abbreviations ("Dr. Jones", "the U.S. Capitol") and quoted questions ("'Why?'
 * she asked"). Where the segmenter is missing, a punctuation regex stands in.
 */

export interface Span {
  start: number;
  end: number;
}

/** Always followed by a name or number, never the end of a sentence. */
const TITLES = new Set(
  'mr mrs ms dr prof st jr sr sen rep gov gen col lt sgt capt rev fr hon pres vs v cf vol pp approx ca e.g i.e et al'.split(
    ' ',
  ),
);

/** Can end a sentence, so they only join when the next part cannot start one. */
const AMBIGUOUS = new Set(
  'u.s u.k u.n e.u inc ltd co corp bros etc no nos fig figs jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m'.split(
    ' ',
  ),
);

/** The word (with inner dots) that ends `text` just before its final period, lower-cased. */
function lastWordBeforePeriod(text: string): string | null {
  const match = /(?:^|[\s("'“‘[])((?:\p{L}{1,6}\.)*\p{L}{1,6})\.["'”’)\]]*\s*$/u.exec(text);
  return match ? match[1]!.toLowerCase() : null;
}

function shouldJoin(current: string, next: string): boolean {
  // No sentence starts in lower case or with closing punctuation.
  if (/^\s*[\p{Ll},;:)\]]/u.test(next)) return true;
  const word = lastWordBeforePeriod(current);
  if (word === null) return false;
  if (TITLES.has(word) || /^\p{L}$/u.test(word)) return true;
  if (!AMBIGUOUS.has(word)) return false;
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

/** Ends at ., ! or ? (plus closing quotes/brackets) followed by white space. */
function regexSegment(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /[.!?…]+["'”’)\]]*\s+/g;
  let start = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + match[0].length;
    spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

function trim(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/** A splitter for one language; build once per article, call once per paragraph. */
export function sentenceSplitter(lang = '', useIntl = true): (text: string) => Span[] {
  const segment = (useIntl && intlSegmenter(lang)) || regexSegment;
  return (text) => {
    const out: Span[] = [];
    for (const raw of segment(text)) {
      const previous = out[out.length - 1];
      if (
        previous &&
        shouldJoin(text.slice(previous.start, previous.end), text.slice(raw.start, raw.end))
      ) {
        previous.end = raw.end;
      } else {
        out.push({ ...raw });
      }
    }
    return out.map((span) => trim(text, span)).filter((span): span is Span => span !== null);
  };
}
