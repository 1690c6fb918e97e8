/**
 * A corpus as the benchmarks see it, recognised by its files: with `snippets.json` it is
 * scored by trafilatura's snippet metric, with article text in `ground-truth.json` by the
 * article-extraction benchmark's shingle metric. Each page is parsed with the CLI's own loader,
 * so every figure is measured on the DOM the extension's core gets, and disposed of at once.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { disposePage, loadPage } from '../cli/load-page';
import type { Snippets } from './snippet-metric';
import { type Half, halfOf } from './split';

export interface Corpus {
  dir: string;
  name: string;
  /** What a page is scored against: its article text, or trafilatura's snippets. */
  kind: 'articles' | 'snippets';
  ids: string[];
  url(id: string): string;
  half(id: string): Half;
  /** id → the hand-checked article text (articles corpora). */
  truth: Map<string, string>;
  /** id → the passages the main text must and must not contain (snippet corpora). */
  snippets: Map<string, Snippets>;
  /**
   * The charset the pages are served with. The article-extraction layout stores its pages as
   * UTF-8 (its README says so, and some lost their label); a snippet corpus keeps the bytes as
   * saved, so they are served with no charset and sniffed, as a browser would.
   */
  charset: string | undefined;
  /** Where a page's HTML is: `html/<id>.html.gz` in the shared corpora, `<id>.html` in ours. */
  pagePath(id: string): string;
}

interface PageRecord {
  url?: string;
  articleBody?: string;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function corpusAt(dir: string, pagePath: (id: string) => string): Corpus | string {
  const truthFile = join(dir, 'ground-truth.json');
  const snippetFile = join(dir, 'snippets.json');
  if (!existsSync(truthFile) && !existsSync(snippetFile))
    return `${dir} has neither ground-truth.json nor snippets.json`;
  const pages = existsSync(truthFile) ? readJson<Record<string, PageRecord>>(truthFile) : {};
  const snippets = existsSync(snippetFile)
    ? readJson<Record<string, Snippets & { url?: string }>>(snippetFile)
    : null;
  const ids = Object.keys(snippets ?? pages);
  if (!snippets && !ids.some((id) => pages[id]?.articleBody))
    return `${truthFile} holds no article text, and there is no snippets.json to score by`;
  const url = (id: string) => pages[id]?.url ?? snippets?.[id]?.url ?? id;
  return {
    dir,
    name: basename(dir),
    kind: snippets ? 'snippets' : 'articles',
    ids,
    url,
    half: (id) => halfOf(url(id)),
    truth: new Map(ids.map((id) => [id, pages[id]?.articleBody ?? ''])),
    snippets: new Map(Object.entries(snippets ?? {})),
    charset: snippets ? undefined : 'utf-8',
    pagePath,
  };
}

/** Opens the corpus at `dir`, or prints why it cannot and returns null (benchmarks then skip). */
export function openCorpus(dir: string | undefined): Corpus | null {
  if (!dir) {
    console.log('  skipped: pass --corpus DIR (e.g. ../shared/corpus/article-extraction)');
    return null;
  }
  const corpus = corpusAt(dir, (id) => join(dir, 'html', `${id}.html.gz`));
  if (typeof corpus === 'string') {
    console.log(`  skipped: ${corpus}`);
    return null;
  }
  return corpus;
}

/**
 * The project's own held-out pages (bench/extraction-heldout): written, with their ground
 * truth, by someone who had not seen the extraction code.
 */
export function openHeldOut(): Corpus | null {
  const dir = fileURLToPath(new URL('./extraction-heldout', import.meta.url));
  const corpus = existsSync(dir) ? corpusAt(dir, (id) => join(dir, `${id}.html`)) : null;
  return typeof corpus === 'string' ? null : corpus;
}

export function loadCorpusPage(corpus: Corpus, id: string): Document {
  return loadPage(corpus.pagePath(id), { charset: corpus.charset });
}

/** Stored outputs of other extractors: system name → id → article text. */
export function readBaselines(corpus: Corpus): Map<string, Map<string, string>> {
  const dir = join(corpus.dir, 'baselines');
  const out = new Map<string, Map<string, string>>();
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const data = readJson<{ output: Record<string, { articleBody?: string }> }>(join(dir, file));
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

/**
 * Loads a page, hands it to `use`, then disposes of it, so a loop over the corpus stays small
 * (await each page before the next: see `disposePage`).
 */
export async function withCorpusPage<T>(
  corpus: Corpus,
  id: string,
  use: (document: Document) => T,
): Promise<T> {
  const document = loadCorpusPage(corpus, id);
  try {
    return use(document);
  } finally {
    await disposePage(document);
  }
}
