/**
 * Scores and prints a browser run, beside the Node benchmark's predictions when given. The
 * metric is the Node benchmark's own module (TypeScript, loaded through tsx), so the two
 * figures can only differ by what the pages showed, never by how they were scored.
 */
import { tsImport } from 'tsx/esm/api';

const { scorePage, scoreCorpus, pagePrecision, pageRecall } = await tsImport(
  '../shingle-metric.ts',
  import.meta.url,
);

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

/** Per-page scores and corpus figures for `predictions` ({id: {articleBody, isArticle}}). */
function score(truth, ids, predictions) {
  const pages = new Map(
    ids.map((id) => [id, scorePage(truth.get(id), predictions[id]?.articleBody ?? '')]),
  );
  const detected = ids.filter((id) => predictions[id]?.isArticle).length;
  return { pages, detected, ...scoreCorpus([...pages.values()]) };
}

function row(name, run, total, extra = '') {
  return `  ${name.padEnd(26)} F1 ${fmt(run.f1)}   precision ${fmt(run.precision)}   recall ${fmt(run.recall)}   detected ${run.detected}/${total}${extra}`;
}

const pageF1 = (page) => {
  const p = pagePrecision(page) ?? 1;
  const r = pageRecall(page) ?? 1;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
};

/** Quality: F1/P/R and detections, and the comparison with Node when its predictions are given. */
export function printQuality({ browser, truth, ids, predictions, visits, nodePredictions }) {
  const ours = score(truth, ids, predictions);
  const silent = ids.filter((id) => !visits.get(id)?.answered);
  const notClean = ids.filter((id) => visits.get(id)?.isArticle && !visits.get(id)?.clean);
  console.log(`\nquality on ${ids.length} pages (same metric as npm run bench):`);
  console.log(row(`gloss in ${browser}`, ours, ids.length));
  console.log(
    `  content script gave no answer in time: ${silent.length}${silent.length ? ` (${silent.map((id) => id.slice(0, 12)).join(', ')})` : ''}`,
  );
  if (notClean.length)
    console.log(`  article pages where clean mode did not switch on: ${notClean.length}`);
  if (!nodePredictions) return;

  const missing = ids.filter((id) => !(id in nodePredictions));
  if (missing.length)
    console.log(`  node predictions lack ${missing.length} of these pages (scored as empty)`);
  const node = score(truth, ids, nodePredictions);
  console.log(row('gloss in node (happy-dom)', node, ids.length));
  const delta = ours.f1 - node.f1;
  const verdict = Math.abs(delta) <= 0.02 ? 'within the 0.02 target' : 'OUTSIDE the 0.02 target';
  console.log(
    `  F1 difference (${browser} - node): ${delta >= 0 ? '+' : ''}${delta.toFixed(3)}  ${verdict}`,
  );

  const disagree = ids.filter(
    (id) => Boolean(predictions[id]?.isArticle) !== Boolean(nodePredictions[id]?.isArticle),
  );
  console.log(
    `  detection disagrees on ${disagree.length} pages${disagree.length ? `: ${disagree.map((id) => `${id.slice(0, 12)} (${browser} ${visits.get(id)?.answered ? (predictions[id]?.isArticle ? 'yes' : 'no') : 'no answer'})`).join(', ')}` : ''}`,
  );
  const gaps = ids
    .map((id) => ({ id, b: ours.pages.get(id), n: node.pages.get(id) }))
    .map((g) => ({ ...g, gap: pageF1(g.b) - pageF1(g.n) }))
    .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap))
    .filter((g) => Math.abs(g.gap) >= 0.05);
  console.log(`  pages whose F1 differs by 0.05 or more: ${gaps.length}`);
  for (const g of gaps.slice(0, 8)) {
    console.log(
      `    ${g.id.slice(0, 12)}  ${browser} P ${fmt(pagePrecision(g.b))} R ${fmt(pageRecall(g.b))}   node P ${fmt(pagePrecision(g.n))} R ${fmt(pageRecall(g.n))}`,
    );
  }
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
