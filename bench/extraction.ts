/**
 * Extraction quality on the article-extraction corpus: the text clean-reading mode leaves
 * visible, scored against the hand-checked article bodies, beside Readability.js run on the
 * same happy-dom documents and the stored baselines of other extractors.
 */
import { writeFileSync } from 'node:fs';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { detectArticle } from '../lib/detect';
import { planClean } from '../lib/clutter';
import { findByline } from '../lib/clutter/root';
import { visibleText } from '../lib/text/visible-text';
import { CAPTIONS, ceilingText } from './extraction-ceiling';
import { type Corpus, openCorpus, openHeldOut, readBaselines, withCorpusPage } from './corpus';
import { type PageScore, pageRecall, scoreCorpus, scorePage, wordString } from './shingle-metric';
import type { Benchmark } from './types';

const RECALL_FLOOR = 0.85;

interface SystemRun {
  name: string;
  scores: Map<string, PageScore>;
  detected?: number;
}

/**
 * What a reader sees in clean mode: the body's visible text with the plan's blocks hidden.
 * The same two calls `analyze` makes first (claims and glossary do not change what is shown);
 * on a page detection rejects, clean mode does not run and the whole page stays.
 */
function cleanText(document: Document, truth: string): CleanRun {
  const { isArticle } = detectArticle(document);
  const plan = isArticle ? planClean(document) : { hidden: [] };
  const hidden = new Set(plan.hidden.map((block) => block.element));
  const body = document.body ?? document;
  const captions = [...body.querySelectorAll(CAPTIONS)];
  return {
    text: visibleText(body, hidden),
    withoutCaptions: visibleText(body, new Set([...hidden, ...(isArticle ? captions : [])])),
    ceiling: isArticle ? ceilingText(body, hidden, truth) : visibleText(body),
    isArticle,
    parts: keptParts(document),
  };
}

interface CleanRun {
  text: string;
  /** What-if: the same plan with the captions hidden as well (not something Gloss does). */
  withoutCaptions: string;
  /** Yardstick: the same plan with every other block outside the truth hidden too. */
  ceiling: string;
  isArticle: boolean;
  parts: string[];
}

/**
 * The parts of an article clean mode keeps on purpose and the ground truth leaves out: the
 * headline, the byline and the figure captions. Scoring "truth + these" gives the best F1 any
 * plan that keeps them can reach, so the figures above can be read against it.
 */
function keptParts(document: Document): string[] {
  const body = document.body;
  if (!body) return [];
  const title = body.querySelector('h1');
  const byline = findByline(body);
  const captions = [...body.querySelectorAll('figcaption')];
  return [title, byline, ...captions].flatMap((el) => (el ? [visibleText(el)] : []));
}

/** The truth with the kept parts it does not already contain. */
function keptBound(truth: string, parts: readonly string[]): string {
  const inTruth = wordString(truth);
  const extra = parts.filter(
    (part) => wordString(part) !== '' && !inTruth.includes(wordString(part)),
  );
  return [...extra, truth].join('\n');
}

function readabilityText(document: Document): { text: string; isArticle: boolean } {
  const isArticle = isProbablyReaderable(document);
  const parsed = new Readability(document.cloneNode(true) as Document).parse();
  return { text: parsed?.textContent ?? '', isArticle };
}

function row(run: SystemRun, pages: number): string {
  const { f1, precision, recall } = scoreCorpus([...run.scores.values()]);
  const detected = run.detected === undefined ? '' : `   detected ${run.detected}/${pages}`;
  const fmt = (n: number) => n.toFixed(3);
  return `  ${run.name.padEnd(26)} F1 ${fmt(f1)}   precision ${fmt(precision)}   recall ${fmt(recall)}${detected}`;
}

interface Runs {
  ours: SystemRun;
  readability: SystemRun;
  bound: SystemRun;
  uncaptioned: SystemRun;
  ceiling: SystemRun;
  predictions: Record<string, { articleBody: string; isArticle: boolean }>;
}

/** Gloss, Readability, the bound, the what-if and the ceiling, page by page over `corpus`. */
function scoreRuns(corpus: Corpus): Runs {
  const runs: Runs = {
    ours: { name: 'gloss (clean mode)', scores: new Map(), detected: 0 },
    readability: { name: 'readability.js (same DOM)', scores: new Map(), detected: 0 },
    bound: { name: 'bound: truth + kept parts', scores: new Map() },
    uncaptioned: { name: 'what-if: captions hidden', scores: new Map() },
    ceiling: { name: 'ceiling: all clutter found', scores: new Map() },
    predictions: {},
  };
  for (const [id, truth] of corpus.truth) {
    const mine = withCorpusPage(corpus, id, (document) => cleanText(document, truth));
    runs.ours.scores.set(id, scorePage(truth, mine.text));
    if (mine.isArticle) runs.ours.detected!++;
    runs.bound.scores.set(id, scorePage(truth, keptBound(truth, mine.parts)));
    runs.uncaptioned.scores.set(id, scorePage(truth, mine.withoutCaptions));
    runs.ceiling.scores.set(id, scorePage(truth, mine.ceiling));
    runs.predictions[id] = { articleBody: mine.text, isArticle: mine.isArticle };
    const theirs = withCorpusPage(corpus, id, readabilityText);
    runs.readability.scores.set(id, scorePage(truth, theirs.text));
    if (theirs.isArticle) runs.readability.detected!++;
  }
  return runs;
}

function printLowRecall(run: SystemRun): void {
  const low = [...run.scores]
    .map(([id, score]) => ({ id, recall: pageRecall(score) ?? 1 }))
    .filter((page) => page.recall < RECALL_FLOOR)
    .sort((a, b) => a.recall - b.recall);
  console.log(`  gloss pages below ${RECALL_FLOOR} recall: ${low.length}`);
  for (const page of low.slice(0, 5))
    console.log(`    ${page.id}  recall ${page.recall.toFixed(3)}`);
}

const benchmark: Benchmark = {
  title: 'article extraction: visible text in clean mode vs ground truth (4-gram shingles)',
  async run(args) {
    const corpus = openCorpus(args.corpus);
    if (corpus) {
      const { ours, readability, bound, uncaptioned, ceiling, predictions } = scoreRuns(corpus);
      const pages = corpus.truth.size;
      console.log(row(ours, pages));
      console.log(row(readability, pages));
      for (const [name, output] of readBaselines(corpus)) {
        const scores = new Map(
          [...corpus.truth].map(([id, t]) => [id, scorePage(t, output.get(id) ?? '')]),
        );
        console.log(row({ name: `stored: ${name}`, scores }, pages));
      }
      console.log(row(bound, pages));
      console.log(
        '    (the best any plan can score while it keeps the headline, byline and <figcaption>s)',
      );
      console.log(row(uncaptioned, pages));
      console.log(
        '    (the same plan with picture captions and credits hidden too: clean mode keeps them)',
      );
      console.log(row(ceiling, pages));
      console.log(
        '    (the same plan with every block outside the truth hidden too, but captions and the lines',
      );
      console.log(
        '     before the story kept: the best a planner can do that keeps what clean mode keeps)',
      );
      printLowRecall(ours);
      if (args.predictions) {
        writeFileSync(args.predictions, `${JSON.stringify(predictions, null, 1)}\n`);
        console.log(`  predictions written to ${args.predictions}`);
      }
    }
    const heldOut = openHeldOut();
    if (heldOut) {
      const pages = heldOut.truth.size;
      console.log(`  held-out pages (bench/extraction-heldout, ${pages}, written blind):`);
      const { ours, readability, bound, ceiling } = scoreRuns(heldOut);
      for (const run of [ours, readability, bound, ceiling]) console.log(row(run, pages));
      printLowRecall(ours);
    }
  },
};

export default benchmark;
