/**
 * The article-extraction corpus as the benchmarks see it: page ids, ground truth, stored
 * baselines, and each page parsed with the CLI's own loader so every figure is measured on the
 * DOM the extension's core gets.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { disposePage, loadPage } from '../cli/load-page';

export interface Corpus {
  dir: string;
  /** id → the hand-checked article text. */
  truth: Map<string, string>;
  /** Where a page's HTML is: `html/<id>.html.gz` in the shared corpus, `<id>.html` in ours. */
  pagePath(id: string): string;
}

/** Loads the corpus, or prints why it cannot and returns null (benchmarks then skip). */
export function openCorpus(dir: string | undefined): Corpus | null {
  if (!dir) {
    console.log('  skipped: pass --corpus DIR (e.g. ../shared/corpus/article-extraction)');
    return null;
  }
  const truth = readTruth(dir);
  if (!truth) return null;
  return { dir, truth, pagePath: (id) => join(dir, 'html', `${id}.html.gz`) };
}

/**
 * The project's own held-out pages (bench/extraction-heldout): written, with their ground
 * truth, by someone who had not seen the extraction code.
 */
export function openHeldOut(): Corpus | null {
  const dir = fileURLToPath(new URL('./extraction-heldout', import.meta.url));
  const truth = existsSync(dir) ? readTruth(dir) : null;
  return truth ? { dir, truth, pagePath: (id) => join(dir, `${id}.html`) } : null;
}

function readTruth(dir: string): Map<string, string> | null {
  const truthFile = join(dir, 'ground-truth.json');
  if (!existsSync(truthFile)) {
    console.log(`  skipped: ${truthFile} not found`);
    return null;
  }
  const raw = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<
    string,
    { articleBody: string }
  >;
  return new Map(Object.entries(raw).map(([id, v]) => [id, v.articleBody]));
}

export function loadCorpusPage(corpus: Corpus, id: string): Document {
  return loadPage(corpus.pagePath(id));
}

/** Stored outputs of other extractors: system name → id → article text. */
export function readBaselines(corpus: Corpus): Map<string, Map<string, string>> {
  const dir = join(corpus.dir, 'baselines');
  const out = new Map<string, Map<string, string>>();
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      output: Record<string, { articleBody?: string }>;
    };
    out.set(
      file.replace(/\.json$/, ''),
      new Map(Object.entries(data.output).map(([id, v]) => [id, v.articleBody ?? ''])),
    );
  }
  return out;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Loads a page, hands it to `use`, then disposes of it, so a loop over the corpus stays small. */
export function withCorpusPage<T>(corpus: Corpus, id: string, use: (document: Document) => T): T {
  const document = loadCorpusPage(corpus, id);
  try {
    return use(document);
  } finally {
    disposePage(document);
  }
}
