/**
 * Scores systems' texts on a corpus with the corpus's own metric, and prints each system's
 * figures for all pages and for each half of the tune/test split. Shared by `npm run bench`
 * and `npm run bench:browser`, so Node's and the browser's figures differ only by what the
 * pages showed, never by how they were scored.
 */
import type { Corpus } from './corpus';
import { pageRecall, scoreCorpus, scorePage } from './shingle-metric';
import { scoreSnippetCorpus, scoreSnippets, snippetRecall } from './snippet-metric';
import { HALVES, type Half, siteOf } from './split';

export interface Summary {
  f1: number;
  precision: number;
  recall: number;
  /** Snippet metric only. */
  accuracy?: number;
}

/** A corpus metric; a page's score is the metric's own (shingle or snippet counts). */
export interface Metric {
  title: string;
  page(id: string, text: string): unknown;
  summary(pages: readonly unknown[]): Summary;
  /** The share of the page's main text found, or null when the page has none. */
  recall(page: unknown): number | null;
}

function metric<S>(m: {
  title: string;
  page(id: string, text: string): S;
  summary(pages: readonly S[]): Summary;
  recall(page: S): number | null;
}): Metric {
  return m;
}

export function metricFor(corpus: Corpus): Metric {
  if (corpus.kind === 'snippets') {
    return metric({
      title: "trafilatura's snippet metric",
      page: (id, text) => scoreSnippets(corpus.snippets.get(id) ?? { with: [], without: [] }, text),
      summary: scoreSnippetCorpus,
      recall: snippetRecall,
    });
  }
  return metric({
    title: '4-gram shingles against the article text',
    page: (id, text) => scorePage(corpus.truth.get(id) ?? '', text),
    summary: scoreCorpus,
    recall: pageRecall,
  });
}

/** Pages whose recall of what stays visible falls under these shares are counted. */
export const RECALL_FLOORS = [0.5, 0.85] as const;

interface PageEntry {
  score: unknown;
  /** The score of what the reader sees, when the system shows more than it extracts. */
  visible: unknown;
  detected: boolean | undefined;
}

const fmt = (n: number) => n.toFixed(3);

/** One system's scored pages. `add` takes a page's extraction (and what stays visible). */
export class SystemRun {
  readonly pages = new Map<string, PageEntry>();

  constructor(
    readonly name: string,
    private readonly corpus: Corpus,
    private readonly metric: Metric,
  ) {}

  add(id: string, text: string, extra: { isArticle?: boolean; visibleText?: string } = {}): void {
    const score = this.metric.page(id, text);
    const visible =
      extra.visibleText === undefined || extra.visibleText === text
        ? score
        : this.metric.page(id, extra.visibleText);
    this.pages.set(id, { score, visible, detected: extra.isArticle });
  }

  /** The pages of `half` (all when undefined). */
  entries(half?: Half): PageEntry[] {
    return [...this.pages]
      .filter(([id]) => half === undefined || this.corpus.half(id) === half)
      .map(([, entry]) => entry);
  }

  summary(half?: Half): Summary {
    return this.metric.summary(this.entries(half).map((entry) => entry.score));
  }

  /**
   * One half's figures (all pages when undefined) on one line: F1, precision, recall (and
   * accuracy) of the extraction; with `visible`, the recall of what stays visible; the pages
   * detected; and, among them (all pages for a system that does not detect), the pages where
   * no main text stays visible and those under each recall floor.
   */
  line(half?: Half, { visible = false } = {}): string {
    const pages = this.entries(half);
    const { f1, precision, recall, accuracy } = this.summary(half);
    const detects = pages.some((page) => page.detected !== undefined);
    const judged = detects ? pages.filter((page) => page.detected) : pages;
    const recalls = judged.map((page) => this.metric.recall(page.visible) ?? 1);
    const under = (floor: number) => recalls.filter((r) => r < floor).length;
    return [
      `F1 ${fmt(f1)}  P ${fmt(precision)}  R ${fmt(recall)}`,
      accuracy === undefined ? '' : `  acc ${fmt(accuracy)}`,
      visible
        ? `  visible R ${fmt(this.metric.summary(pages.map((page) => page.visible)).recall)}`
        : '',
      detects ? `  detected ${judged.length}/${pages.length}` : `  pages ${pages.length}`,
      `  lost ${recalls.filter((r) => r === 0).length}`,
      ...RECALL_FLOORS.map((floor) => `  <${floor} ${under(floor)}`),
    ].join('');
  }
}

/** The systems' figures on the pages they scored, for all and then each half, a system a line. */
export function printRuns(
  corpus: Corpus,
  runs: readonly { run: SystemRun; visible?: boolean }[],
): void {
  const width = Math.max(...runs.map(({ run }) => run.name.length)) + 2;
  const scored = [...(runs[0]?.run.pages.keys() ?? [])];
  for (const half of [undefined, ...HALVES]) {
    const ids = half === undefined ? scored : scored.filter((id) => corpus.half(id) === half);
    const sites = new Set(ids.map((id) => siteOf(corpus.url(id))));
    console.log(`  ${half ?? 'all'} (${ids.length} pages, ${sites.size} sites):`);
    for (const { run, visible } of runs) {
      console.log(`    ${run.name.padEnd(width)}${run.line(half, { visible })}`);
    }
  }
}
