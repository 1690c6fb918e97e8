/**
 * Quoted spans of a sentence, found by one left-to-right scan. A regex such as `“[^”]*”` is
 * tried again from every opening mark when no closing mark follows, so a run of opening quotes
 * costs quadratic time (80,000 of them froze a tab for 18 s); here each family of marks keeps a
 * pointer to its next closing mark that only ever moves forward, so the scan is linear.
 */
import type { Span } from './sentences';

interface QuoteFamily {
  open: string;
  close: string;
  /** Straight apostrophes double as quotes only at word edges ("'so-called' ideas", not "it's"). */
  atWordEdges?: boolean;
}

/** English, German („…“, »…«), French and Spanish («…»), and CJK corner brackets. */
const FAMILIES: readonly QuoteFamily[] = [
  { open: '"“', close: '"”' },
  { open: '„', close: '“”' },
  { open: '‘', close: '’' },
  { open: '‚', close: '‘’' },
  { open: '«', close: '»' },
  { open: '»', close: '«' },
  { open: '‹', close: '›' },
  { open: '「', close: '」' },
  { open: '『', close: '』' },
  { open: "'", close: "'", atWordEdges: true },
];

const OPENERS = new Set(FAMILIES.flatMap((family) => [...family.open]));
/** Most sentences quote nobody: one native scan says so. */
const ANY_OPENER = new RegExp(`[${[...OPENERS].join('')}]`);
const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined): boolean => c !== undefined && WORD_CHAR.test(c);

function opensAt(text: string, i: number, family: QuoteFamily): boolean {
  if (!family.open.includes(text[i]!)) return false;
  return !family.atWordEdges || (!isWordChar(text[i - 1]) && /\p{L}/u.test(text[i + 1] ?? ''));
}

function closesAt(text: string, j: number, family: QuoteFamily): boolean {
  if (!family.atWordEdges) return true;
  return /[\p{L}\p{N}.,!?]/u.test(text[j - 1] ?? '') && !isWordChar(text[j + 1]);
}

/** The quoted spans of `text`, marks included, in order and never overlapping. */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  if (!ANY_OPENER.test(text)) return spans;
  // The next closing mark of each family at or after the scan position (-1: none left).
  const next = FAMILIES.map(() => 0);
  const nextClose = (f: number, from: number): number => {
    if (next[f]! !== -1 && next[f]! < from) {
      let j = from;
      while (j < text.length && !FAMILIES[f]!.close.includes(text[j]!)) j++;
      next[f] = j < text.length ? j : -1;
    }
    return next[f]!;
  };
  for (let i = 0; i < text.length; i++) {
    if (!OPENERS.has(text[i]!)) continue;
    const f = FAMILIES.findIndex((family) => opensAt(text, i, family));
    if (f === -1) continue;
    const j = nextClose(f, i + 1);
    // Only the first closing mark can end the quotation, as in `“[^”]*”`.
    if (j === -1 || !closesAt(text, j, FAMILIES[f]!)) continue;
    spans.push({ start: i, end: j + 1 });
    i = j;
  }
  return spans;
}

/** Share of the text's characters inside quotation marks. */
export function quotedShare(text: string): number {
  let quoted = 0;
  for (const span of quotedSpans(text)) quoted += span.end - span.start;
  return text.length > 0 ? quoted / text.length : 0;
}
