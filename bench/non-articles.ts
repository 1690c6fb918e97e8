/**
 * Detection: how many corpus articles are recognised (beside Readability's isProbablyReaderable,
 * for all pages and each half of the split), how many of the project's non-article fixtures are
 * rejected, and what detection costs on a page that is not an article (the price every page
 * load pays). Each timed call is the first on a freshly parsed document, so selector caches
 * cannot flatter the figure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { disposePage, parseHtml } from '../cli/load-page';
import { detectArticle } from '../lib/detect';
import { type Corpus, median, openCorpus } from './corpus';
import { runCorpus } from './corpus-run';
import { HALVES } from './split';
import type { Benchmark } from './types';

/** The fixtures detection was tuned against. */
const NON_ARTICLES = 'tests/fixtures/non-articles';
/** Pages written by someone who never saw the detector or the fixtures above: never tune on these. */
const HELD_OUT = 'tests/fixtures/non-articles-heldout';
/** Fresh parses per fixture for the timing; the median is over all of them. */
const TIMING_ROUNDS = 5;

function nonArticleFixtures(dir: string): { name: string; html: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((name) => ({ name, html: readFileSync(join(dir, name), 'utf8') }));
}

async function isArticle(html: string): Promise<boolean> {
  const document = parseHtml(html);
  const { isArticle } = detectArticle(document);
  await disposePage(document);
  return isArticle;
}

async function reportRejections(
  label: string,
  fixtures: { name: string; html: string }[],
): Promise<void> {
  const accepted = [];
  for (const fixture of fixtures) if (await isArticle(fixture.html)) accepted.push(fixture);
  console.log(`  ${label}: ${fixtures.length - accepted.length}/${fixtures.length}`);
  for (const f of accepted) console.log(`    accepted ${f.name}`);
}

/** Every corpus page is an article: how many each system says so of, and which Gloss misses. */
async function reportCorpus(corpus: Corpus): Promise<void> {
  const { gloss, readability } = await runCorpus(corpus);
  const share = (entries: { detected: boolean | undefined }[]) => {
    const found = entries.filter((entry) => entry.detected).length;
    return `${found}/${entries.length} (${((100 * found) / Math.max(1, entries.length)).toFixed(1)}%)`;
  };
  console.log(`  ${corpus.name} articles detected:`);
  for (const half of [undefined, ...HALVES]) {
    console.log(
      `    ${(half ?? 'all').padEnd(5)} gloss ${share(gloss.entries(half))}   readability isProbablyReaderable ${share(readability.entries(half))}`,
    );
  }
  const missed = [...gloss.pages].filter(([, entry]) => !entry.detected).map(([id]) => id);
  for (const id of missed) console.log(`    missed ${id} (${corpus.half(id)}) ${corpus.url(id)}`);
}

const benchmark: Benchmark = {
  title: 'article detection: corpus articles found, non-article fixtures rejected, cost',
  async run(args) {
    const corpus = openCorpus(args.corpus);
    if (corpus) await reportCorpus(corpus);
    const fixtures = nonArticleFixtures(NON_ARTICLES);
    await reportRejections('non-article fixtures rejected (tuned on)', fixtures);
    await reportRejections('held-out non-article pages rejected', nonArticleFixtures(HELD_OUT));
    const times: number[] = [];
    for (let round = 0; round < TIMING_ROUNDS; round++) {
      for (const fixture of fixtures) {
        const document = parseHtml(fixture.html);
        const start = performance.now();
        detectArticle(document);
        if (round > 0) times.push(performance.now() - start); // round 0 warms the JIT
        await disposePage(document);
      }
    }
    console.log(`  detection median on non-article pages: ${median(times).toFixed(3)} ms`);
  },
};

export default benchmark;
