/**
 * Extraction quality on any corpus, scored with the corpus's own metric: Gloss's `articleBody`
 * (F1, precision, recall) and the recall of what clean mode leaves visible, beside Readability.js
 * run on the same jsdom documents and the stored baselines of other extractors, for all pages
 * and for each half of the tune/test split by site.
 */
import { writeFileSync } from 'node:fs';
import { type Corpus, openCorpus, openHeldOut, readBaselines } from './corpus';
import { runCorpus } from './corpus-run';
import { metricFor, printRuns, SystemRun } from './scoring';
import type { Benchmark } from './types';

async function printCorpus(corpus: Corpus, predictionsFile?: string): Promise<void> {
  const run = await runCorpus(corpus, { keepPredictions: predictionsFile !== undefined });
  console.log(
    `  ${corpus.name}: ${corpus.ids.length} pages, ${metricFor(corpus).title}; ${run.seconds.toFixed(0)} s`,
  );
  const stored = [...readBaselines(corpus)].map(([name, output]) => {
    const baseline = new SystemRun(`stored: ${name}`, corpus, metricFor(corpus));
    for (const id of corpus.ids) baseline.add(id, output.get(id) ?? '');
    return { run: baseline };
  });
  const yardsticks = [run.bound, run.uncaptioned, run.ceiling].flatMap((r) =>
    r ? [{ run: r }] : [],
  );
  printRuns(corpus, [
    { run: run.gloss, visible: true },
    { run: run.readability },
    ...stored,
    ...yardsticks,
  ]);
  if (predictionsFile) {
    writeFileSync(predictionsFile, `${JSON.stringify(run.predictions, null, 1)}\n`);
    console.log(`  predictions written to ${predictionsFile}`);
  }
}

const benchmark: Benchmark = {
  title:
    "extraction: Gloss's articleBody and visible text against the corpus, beside Readability.js",
  async run(args) {
    console.log(
      '  (F1/P/R of articleBody; visible R: recall of what clean mode leaves visible; detected: pages\n' +
        '   the system calls articles; lost, <0.5, <0.85: detected pages whose visible recall is 0 or under)',
    );
    const corpus = openCorpus(args.corpus);
    if (corpus) {
      await printCorpus(corpus, args.predictions);
      if (corpus.kind === 'articles') {
        console.log(
          '  bound: the best any plan can score while it keeps the headline, byline and <figcaption>s;\n' +
            '  what-if: the same plan with picture captions and credits hidden too (clean mode keeps them);\n' +
            '  ceiling: the same plan with every block outside the truth hidden too, but captions and the\n' +
            '  lines before the story kept: the best a planner can do that keeps what clean mode keeps',
        );
      }
    }
    const heldOut = openHeldOut();
    if (heldOut) {
      console.log('  held-out pages (bench/extraction-heldout, written blind):');
      await printCorpus(heldOut);
    }
  },
};

export default benchmark;
