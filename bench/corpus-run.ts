/**
 * One pass over a corpus: Gloss, Readability.js and (on an articles corpus) the yardsticks on
 * each page, the page disposed of before the next is read, so memory stays flat however many
 * pages there are. The pass is kept per corpus, so the extraction and detection benchmarks of
 * one run report the same pass.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { type Prediction, prediction } from '../cli/prediction';
import { planClean } from '../lib/clutter';
import { findByline } from '../lib/clutter/root';
import { detectArticle } from '../lib/detect';
import { visibleText } from '../lib/text/visible-text';
import { type Corpus, withCorpusPage } from './corpus';
import { CAPTIONS, ceilingText } from './extraction-ceiling';
import { metricFor, SystemRun } from './scoring';
import { wordString } from './shingle-metric';

export interface CorpusRun {
  gloss: SystemRun;
  readability: SystemRun;
  /** Articles corpora only: the yardsticks read from the truth (see extraction.ts). */
  bound?: SystemRun;
  uncaptioned?: SystemRun;
  ceiling?: SystemRun;
  predictions: Record<string, Prediction>;
  seconds: number;
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

const PROGRESS_EVERY = 50;
const runs = new Map<string, CorpusRun>();

export async function runCorpus(
  corpus: Corpus,
  { keepPredictions = false } = {},
): Promise<CorpusRun> {
  const done = runs.get(corpus.dir);
  if (done) return done;
  const metric = metricFor(corpus);
  const system = (name: string) => new SystemRun(name, corpus, metric);
  const articles = corpus.kind === 'articles';
  const run: CorpusRun = {
    gloss: system('gloss'),
    readability: system('readability.js (same DOM)'),
    ...(articles && {
      bound: system('bound: truth + kept parts'),
      uncaptioned: system('what-if: captions hidden'),
      ceiling: system('ceiling: all clutter found'),
    }),
    predictions: {},
    seconds: 0,
  };
  const started = performance.now();
  for (const [index, id] of corpus.ids.entries()) {
    await withCorpusPage(corpus, id, (document) => {
      // Readability mutates the document it parses: it gets a copy of the same DOM.
      const readerable = isProbablyReaderable(document);
      const parsed = new Readability(document.cloneNode(true) as Document).parse();
      run.readability.add(id, parsed?.textContent ?? '', { isArticle: readerable });

      // The first two steps of analyze() (claims and glossary do not change what is shown);
      // on a page detection rejects, clean mode does not run and the whole page stays.
      const { isArticle } = detectArticle(document);
      const plan = isArticle ? planClean(document) : { articleRoot: null, hidden: [] };
      const mine = prediction(document, { isArticle, plan });
      run.gloss.add(id, mine.articleBody, { isArticle, visibleText: mine.visibleText });
      if (keepPredictions) run.predictions[id] = mine;

      if (!articles) return;
      const truth = corpus.truth.get(id) ?? '';
      const body = document.body ?? document;
      const hidden = new Set(plan.hidden.map((block) => block.element));
      const captions = isArticle ? [...body.querySelectorAll(CAPTIONS)] : [];
      run.bound!.add(id, keptBound(truth, keptParts(document)));
      run.uncaptioned!.add(id, visibleText(body, new Set([...hidden, ...captions])));
      run.ceiling!.add(id, isArticle ? ceilingText(body, hidden, truth) : visibleText(body));
    });
    if ((index + 1) % PROGRESS_EVERY === 0) {
      const seconds = (performance.now() - started) / 1000;
      console.warn(`    ${index + 1}/${corpus.ids.length} pages, ${seconds.toFixed(0)} s`);
    }
  }
  run.seconds = (performance.now() - started) / 1000;
  runs.set(corpus.dir, run);
  return run;
}
