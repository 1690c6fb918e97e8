/**
 * trafilatura's evaluation metric (its `tests/comparison.py`, as the corpus README states it):
 * whitespace normalised, each snippet a substring match. Over all pages together, `with`
 * snippets found are true positives and missed ones false negatives; `without` snippets found
 * are false positives, missed ones true negatives.
 */

export interface Snippets {
  /** Passages of the main text, which the extraction must contain. */
  with: readonly string[];
  /** Passages of the clutter around it, which it must not. */
  without: readonly string[];
}

export interface SnippetScore {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export interface SnippetCorpusScore {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

export function scoreSnippets(snippets: Snippets, prediction: string): SnippetScore {
  const text = normalise(prediction);
  const found = (snippet: string) => text.includes(normalise(snippet));
  const tp = snippets.with.filter(found).length;
  const fp = snippets.without.filter(found).length;
  return { tp, fn: snippets.with.length - tp, fp, tn: snippets.without.length - fp };
}

/** The share of the page's `with` snippets found, or null when it has none. */
export function snippetRecall({ tp, fn }: SnippetScore): number | null {
  return tp + fn > 0 ? tp / (tp + fn) : null;
}

/** Counts summed over all pages, then the ratios (micro-averaged, as trafilatura does). */
export function scoreSnippetCorpus(pages: readonly SnippetScore[]): SnippetCorpusScore {
  const sum = (key: keyof SnippetScore) => pages.reduce((total, page) => total + page[key], 0);
  const [tp, fn, fp, tn] = [sum('tp'), sum('fn'), sum('fp'), sum('tn')];
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const all = tp + fn + fp + tn;
  return { f1, precision, recall, accuracy: all > 0 ? (tp + tn) / all : 0 };
}
