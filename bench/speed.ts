/**
 * Speed: the extension's whole `analyze()` against Readability's `parse()` on the same
 * jsdom documents, detection alone on non-article pages, and how `analyze()` scales on
 * synthetic pages of 1×, 10× and 100× a typical article.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { disposePage, parseHtml } from '../cli/load-page';
import { analyze, type Timings } from '../lib';
import { detectArticle } from '../lib/detect';
import { compileGlossary } from '../lib/glossary';
import { builtinGlossary } from '../lib/glossary/builtin';
import { loadCorpusPage, median, openCorpus, withCorpusPage } from './corpus';
import type { Benchmark } from './types';

const NON_ARTICLES = 'tests/fixtures/non-articles';
const SCALES = [1, 10, 100];

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const PARAGRAPH =
  '<p>The committee met on Tuesday to weigh the proposal, which would change how grants are awarded, who reviews them and how long applicants wait for an answer. Members asked for more data.</p>';
const CLUTTER =
  '<aside class="related"><h3>Related</h3><ul><li><a href="/a">One headline here</a></li><li><a href="/b">Another headline</a></li></ul></aside><div class="ad-slot">Advertisement</div><div class="newsletter">Sign up for our newsletter <input type="email"></div>';

/** A page of `scale` × (12 paragraphs + 3 clutter blocks), framed by nav and footer. */
function syntheticPage(scale: number): string {
  const section = `${PARAGRAPH.repeat(4)}${CLUTTER}`.repeat(3);
  return `<!doctype html><html><head><title>Synthetic</title><meta property="og:type" content="article"></head><body><nav><a href="/">Home</a><a href="/news">News</a></nav><main><article><h1>Synthetic</h1>${section.repeat(scale)}</article></main><footer>© Synthetic</footer></body></html>`;
}

/** A page whose full analysis takes longer than this is named as it happens. */
const SLOW_PAGE_MS = 1000;

function report(label: string, ms: number): void {
  console.log(`  ${label.padEnd(44)} ${ms.toFixed(2)} ms`);
}

/**
 * Per corpus page, Gloss's full `analyze()` and Readability's `parse()` (on a clone, as its
 * README asks) timed back to back on two copies of the same jsdom document, so each page's
 * ratio is measured under the same machine load. Prints the medians, the median of the per-page
 * ratios, and each stage's median so a slow stage shows.
 */
async function analyzeAgainstReadability(
  corpus: NonNullable<ReturnType<typeof openCorpus>>,
): Promise<void> {
  const glossary = compileGlossary(builtinGlossary);
  const ours: number[] = [];
  const theirs: number[] = [];
  const ratios: number[] = [];
  const cleanOnly: number[] = [];
  const stages: Record<keyof Timings, number[]> = {
    detectMs: [],
    planMs: [],
    claimsMs: [],
    glossaryMs: [],
    metadataMs: [],
  };
  for (const id of corpus.ids) {
    const forGloss = loadCorpusPage(corpus, id);
    const forReadability = loadCorpusPage(corpus, id);
    let timings: Timings | undefined;
    const a = time(() => {
      timings = analyze(forGloss, { glossary }).timings;
    });
    const r = time(() => new Readability(forReadability.cloneNode(true) as Document).parse());
    await Promise.all([disposePage(forGloss), disposePage(forReadability)]);
    ours.push(a);
    theirs.push(r);
    ratios.push(a / r);
    cleanOnly.push(timings!.detectMs + timings!.planMs);
    for (const key of Object.keys(stages) as (keyof Timings)[]) stages[key].push(timings![key]);
    if (a > SLOW_PAGE_MS) console.log(`    slow page ${id}: ${JSON.stringify(timings)}`);
  }
  report('Readability parse() median per page', median(theirs));
  report('Gloss analyze() median per page', median(ours));
  for (const [key, values] of Object.entries(stages)) report(`  of which ${key}`, median(values));
  report('  detection + clean plan alone', median(cleanOnly));
  console.log(
    `  per-page ratio analyze/Readability: median ${median(ratios).toFixed(2)} (target ≤ 0.5); ` +
      `pages at or under 0.5: ${ratios.filter((x) => x <= 0.5).length}/${ratios.length}`,
  );
}

const benchmark: Benchmark = {
  title: 'speed: analyze() vs Readability parse(), detection cost, scaling',
  async run(args) {
    const detection: number[] = [];
    const fixtures = readdirSync(NON_ARTICLES).filter((f) => f.endsWith('.html'));
    for (let round = 0; round < 5; round++) {
      for (const name of fixtures) {
        const document = parseHtml(readFileSync(join(NON_ARTICLES, name), 'utf8'));
        const ms = time(() => detectArticle(document));
        await disposePage(document);
        if (round > 0) detection.push(ms); // round 0 warms the JIT
      }
    }
    report('detectArticle() median, non-article pages', median(detection));

    const glossary = compileGlossary(builtinGlossary);
    const warm = parseHtml(syntheticPage(1));
    analyze(warm, { glossary }); // warm the JIT before timing
    await disposePage(warm);
    for (const scale of SCALES) {
      const document = parseHtml(syntheticPage(scale));
      const nodes = document.getElementsByTagName('*').length;
      report(
        `synthetic ${scale}× (${nodes} elements): analyze()`,
        time(() => analyze(document, { glossary })),
      );
      await disposePage(document);
    }

    const corpus = openCorpus(args.corpus);
    if (!corpus) return;
    await withCorpusPage(corpus, corpus.ids[0]!, (page) => analyze(page, { glossary })); // warm up
    await analyzeAgainstReadability(corpus);
  },
};

export default benchmark;
