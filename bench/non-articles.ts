/**
 * Detection: how many corpus articles are recognised, how many of the project's non-article
 * fixtures are rejected, and what detection costs on a page that is not an article (the price
 * every page load pays). Each timed call is the first on a freshly parsed document, so
 * happy-dom's selector caches cannot flatter the figure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../cli/load-page';
import { detectArticle } from '../lib/detect';
import { withCorpusPage, median, openCorpus } from './corpus';
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

function reportRejections(label: string, fixtures: { name: string; html: string }[]): void {
  const accepted = fixtures.filter((f) => detectArticle(parseHtml(f.html)).isArticle);
  console.log(`  ${label}: ${fixtures.length - accepted.length}/${fixtures.length}`);
  for (const f of accepted) console.log(`    accepted ${f.name}`);
}

const benchmark: Benchmark = {
  title: 'article detection: corpus articles found, non-article fixtures rejected, cost',
  async run(args) {
    const corpus = openCorpus(args.corpus);
    if (corpus) {
      const missed = [...corpus.truth.keys()].filter(
        (id) => !withCorpusPage(corpus, id, (document) => detectArticle(document).isArticle),
      );
      console.log(
        `  corpus articles detected: ${corpus.truth.size - missed.length}/${corpus.truth.size}`,
      );
      for (const id of missed) console.log(`    missed ${id}`);
    }
    const fixtures = nonArticleFixtures(NON_ARTICLES);
    reportRejections('non-article fixtures rejected (tuned on)', fixtures);
    reportRejections('held-out non-article pages rejected', nonArticleFixtures(HELD_OUT));
    const times: number[] = [];
    for (let round = 0; round < TIMING_ROUNDS; round++) {
      for (const fixture of fixtures) {
        const document = parseHtml(fixture.html);
        const start = performance.now();
        detectArticle(document);
        if (round > 0) times.push(performance.now() - start); // round 0 warms the JIT
      }
    }
    console.log(`  detection median on non-article pages: ${median(times).toFixed(3)} ms`);
  },
};

export default benchmark;
