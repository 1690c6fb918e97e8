/**
 * Scores and prints a browser run, beside the Node benchmark's predictions when given. The
 * scoring is the Node benchmark's own module (TypeScript, loaded through tsx), so the two
 * figures can only differ by what the pages showed, never by how they were scored.
 */
import { tsImport } from 'tsx/esm/api';

const { metricFor, printRuns, SystemRun } = await tsImport('../scoring.ts', import.meta.url);
const { HALVES } = await tsImport('../split.ts', import.meta.url);

/** Node and a browser agree when their F1 differ by no more than this, on each half. */
const AGREEMENT = 0.005;

const fmt = (n) => (n === null || Number.isNaN(n) ? '  -  ' : n.toFixed(3));
const ms = (n) => (n === null || Number.isNaN(n) ? '-' : `${Math.round(n)} ms`);

/** Nearest-rank percentile (p in 0..1) of a list of numbers; NaN when empty. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

const spread = (values) =>
  `median ${ms(percentile(values, 0.5))}   p90 ${ms(percentile(values, 0.9))}   max ${ms(percentile(values, 1))}   (n=${values.length})`;

/** A system's run over `ids` from its predictions ({id: {articleBody, visibleText, isArticle}}). */
function scoreRun(name, corpus, ids, predictions) {
  const run = new SystemRun(name, corpus, metricFor(corpus));
  for (const id of ids) {
    const page = predictions[id];
    run.add(id, page?.articleBody ?? '', {
      isArticle: Boolean(page?.isArticle),
      visibleText: page?.visibleText ?? page?.articleBody ?? '',
    });
  }
  return run;
}

/** Quality: the corpus metric's figures, and how far they are from Node's when given. */
export function printQuality({ browser, corpus, ids, predictions, visits, nodePredictions }) {
  const ours = scoreRun(`gloss in ${browser}`, corpus, ids, predictions);
  const silent = ids.filter((id) => !visits.get(id)?.answered);
  const notClean = ids.filter((id) => visits.get(id)?.isArticle && !visits.get(id)?.clean);
  console.log(`\nquality on ${ids.length} pages (${metricFor(corpus).title}, as npm run bench):`);
  console.log(
    `  content script gave no answer in time: ${silent.length}${silent.length ? ` (${silent.map((id) => id.slice(0, 12)).join(', ')})` : ''}`,
  );
  if (notClean.length)
    console.log(`  article pages where clean mode did not switch on: ${notClean.length}`);
  if (!nodePredictions) {
    printRuns(corpus, [{ run: ours, visible: true }]);
    return;
  }

  const missing = ids.filter((id) => !(id in nodePredictions));
  if (missing.length)
    console.log(`  node predictions lack ${missing.length} of these pages (scored as empty)`);
  const node = scoreRun('gloss in node (jsdom)', corpus, ids, nodePredictions);
  printRuns(corpus, [
    { run: ours, visible: true },
    { run: node, visible: true },
  ]);
  for (const half of [undefined, ...HALVES]) {
    const delta = ours.summary(half).f1 - node.summary(half).f1;
    const verdict = Math.abs(delta) <= AGREEMENT ? 'within' : 'OUTSIDE';
    console.log(
      `  F1 difference (${browser} - node), ${(half ?? 'all').padEnd(4)}: ${delta >= 0 ? '+' : ''}${delta.toFixed(4)}  ${verdict} the ${AGREEMENT} target`,
    );
  }

  const disagree = ids.filter(
    (id) => Boolean(predictions[id]?.isArticle) !== Boolean(nodePredictions[id]?.isArticle),
  );
  console.log(
    `  detection disagrees on ${disagree.length} pages${disagree.length ? `: ${disagree.map((id) => `${id.slice(0, 12)} (${browser} ${visits.get(id)?.answered ? (predictions[id]?.isArticle ? 'yes' : 'no') : 'no answer'})`).join(', ')}` : ''}`,
  );
  const metric = metricFor(corpus);
  const pageF1 = (run, id) => metric.summary([run.pages.get(id).score]).f1;
  const gaps = ids
    .map((id) => ({ id, b: pageF1(ours, id), n: pageF1(node, id) }))
    .filter((g) => Math.abs(g.b - g.n) >= 0.05)
    .sort((a, b) => Math.abs(b.b - b.n) - Math.abs(a.b - a.n));
  console.log(`  pages whose F1 differs by 0.05 or more: ${gaps.length}`);
  for (const g of gaps.slice(0, 8))
    console.log(`    ${g.id.slice(0, 12)}  ${browser} F1 ${fmt(g.b)}   node F1 ${fmt(g.n)}`);
}

/** Timing of the content script's own measure, and long tasks (Chromium only). */
export function printPerformance({ browser, seed, ids, visits, sampleSize, timeout }) {
  // A page still busy at the timeout took at least that long: counting it at the timeout keeps
  // the slowest pages in the figures instead of silently dropping them.
  const readyOf = (visit) => (visit?.answered ? (visit.glossReadyMs ?? null) : timeout);
  const corpusReady = ids.map((id) => readyOf(visits.get(id))).filter((v) => v !== null);
  const sample = [readyOf(seed), ...corpusReady.slice(0, sampleSize)].filter((v) => v !== null);
  const late = (values) => values.filter((v) => v === timeout).length;
  console.log(
    `\ncontent script start -> marks and clean plan ready (measure gloss:ready), ${browser}:`,
  );
  console.log(`  seed page: ${ms(readyOf(seed))}`);
  console.log(`  seed + first ${sampleSize} article pages: ${spread(sample)}`);
  console.log(`  all ${corpusReady.length} article pages:       ${spread(corpusReady)}`);
  if (late(corpusReady)) {
    console.log(
      `  (${late(corpusReady)} pages were still busy at the ${timeout} ms timeout; counted at it)`,
    );
  }

  const all = [seed, ...ids.map((id) => visits.get(id))].filter(Boolean);
  if (all.every((visit) => visit.longTasks === null)) {
    console.log('  long tasks: not observable in this browser (no Long Tasks API)');
    return;
  }
  const longest = (tasks) => tasks.reduce((max, [, duration]) => Math.max(max, duration), 0);
  // Page scripts are stripped, so what runs after gloss:start is mostly Gloss (and the layout it causes).
  const sinceGloss = (visit) =>
    visit.glossStartAt === null
      ? []
      : visit.longTasks.filter(([start, d]) => start + d > visit.glossStartAt);
  const measured = all.filter((visit) => visit.longTasks);
  const busy = all.filter((visit) => !visit.answered).length;
  const count = measured.reduce((n, visit) => n + visit.longTasks.length, 0);
  const withAny = measured.filter((visit) => visit.longTasks.length > 0);
  console.log(
    `\nlong tasks (> 50 ms) on ${measured.length} pages (seed included): ${count} in all, on ${withAny.length} pages`,
  );
  if (busy) console.log(`  (not counted: ${busy} pages still busy at the timeout, tab closed)`);
  console.log(
    `  longest per page (whole load):        ${spread(measured.map((v) => longest(v.longTasks)))}`,
  );
  console.log(
    `  longest per page from gloss:start on: ${spread(measured.map((v) => longest(sinceGloss(v))))}`,
  );
  const worst = measured
    .filter((visit) => visit.id && visit.longTasks.length > 0)
    .sort((a, b) => longest(b.longTasks) - longest(a.longTasks))
    .slice(0, 5);
  for (const visit of worst) {
    console.log(
      `    ${visit.id.slice(0, 12)}  longest ${ms(longest(visit.longTasks))}, ${visit.longTasks.length} long tasks, since gloss:start ${ms(longest(sinceGloss(visit)))}`,
    );
  }
}
