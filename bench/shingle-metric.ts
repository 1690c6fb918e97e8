/**
 * The article-extraction benchmark's metric (Zyte's `evaluate.py`, as the corpus README states
 * it): `\w+` Unicode tokens, 4-word shingles with counts, per-page precision and recall averaged
 * over pages, and F1 of the two means. Kept separate so the unit test pins it down exactly.
 */

const SHINGLE_SIZE = 4;
/** Python's `\w` with re.UNICODE: letters, digits and the underscore. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export interface PageScore {
  /** Shared shingles, extra predicted shingles and missing shingles, normalised by their sum. */
  tp: number;
  fp: number;
  fn: number;
}

export interface CorpusScore {
  f1: number;
  precision: number;
  recall: number;
}

/** The metric's tokens: runs of Unicode letters, digits and underscores. */
export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** The metric's tokens as one lower-cased string, for asking whether one text holds another. */
export function wordString(text: string): string {
  return tokens(text).join(' ').toLowerCase();
}

function shingles(text: string): Map<string, number> {
  const words = tokens(text);
  const counts = new Map<string, number>();
  // Texts shorter than a shingle still make one (shorter) shingle, as in evaluate.py.
  const last = Math.max(1, words.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < last && words.length > 0; i++) {
    const key = words.slice(i, i + SHINGLE_SIZE).join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function scorePage(truth: string, prediction: string): PageScore {
  const expected = shingles(truth);
  const predicted = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of predicted) {
    const want = expected.get(key) ?? 0;
    tp += Math.min(count, want);
    fp += Math.max(0, count - want);
  }
  for (const [key, want] of expected) fn += Math.max(0, want - (predicted.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

/** Page precision, or null when the page predicted nothing (it is left out of the mean). */
export function pagePrecision({ tp, fp }: PageScore): number | null {
  return tp + fp > 0 ? tp / (tp + fp) : null;
}

/** Page recall, or null when the page has no truth shingles (it is left out of the mean). */
export function pageRecall({ tp, fn }: PageScore): number | null {
  return tp + fn > 0 ? tp / (tp + fn) : null;
}

function mean(values: readonly (number | null)[]): number {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? 0 : present.reduce((a, b) => a + b, 0) / present.length;
}

/** Averages page scores; a page where both texts are empty counts as a perfect 1. */
export function scoreCorpus(pages: readonly PageScore[]): CorpusScore {
  const both = (page: PageScore) => page.tp + page.fp + page.fn === 0;
  const precision = mean(pages.map((p) => (both(p) ? 1 : pagePrecision(p))));
  const recall = mean(pages.map((p) => (both(p) ? 1 : pageRecall(p))));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall };
}
