/**
 * `npm run bench:browser -- --corpus DIR --predictions FILE [--browser chromium|firefox]
 *  [--limit N] [--ids PREFIX,...] [--node-predictions FILE] [--timeout MS]`
 *
 * The extraction benchmark in a real browser with the built extension, on either kind of
 * corpus: each page is served without its scripts (with its own bytes, and the corpus's charset
 * or none, so the browser decodes it as it would), clean mode is switched on as the popup does,
 * and the page's innerText is what Gloss predicts, scored as npm run bench scores Node's. Also
 * reports the content script's timing and long tasks. It measures the existing build; run
 * `npm run build` first.
 */
import { existsSync, readFileSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';
import { BROWSERS, launch } from '../../tests/browser/browsers.mjs';
import { corpusPath, serveCorpus } from './corpus-server.mjs';
import { printPerformance, printQuality } from './report.mjs';
import { prepareTab, visit, within } from './visit.mjs';

const { openCorpus } = await tsImport('../corpus.ts', import.meta.url);

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = ['lib', 'content', 'entrypoints', 'extension', 'background', 'components'];
const PERF_SAMPLE = 20;

function fail(message) {
  console.error(`bench:browser: ${message}`);
  process.exit(2);
}

function options() {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      predictions: { type: 'string' },
      'node-predictions': { type: 'string' },
      browser: { type: 'string', default: 'chromium' },
      limit: { type: 'string' },
      ids: { type: 'string' },
      timeout: { type: 'string', default: '20000' },
    },
  });
  if (!values.corpus || !values.predictions) {
    fail(
      'usage: npm run bench:browser -- --corpus DIR --predictions FILE [--browser chromium|firefox] [--limit N] [--ids PREFIX,...] [--node-predictions FILE] [--timeout MS]',
    );
  }
  if (!BROWSERS[values.browser])
    fail(`--browser must be one of ${Object.keys(BROWSERS).join(', ')}`);
  return {
    ...values,
    limit: values.limit ? Number(values.limit) : Infinity,
    timeout: Number(values.timeout),
  };
}

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((max, entry) => Math.max(max, statSync(join(entry.parentPath, entry.name)).mtimeMs), 0);

/** This script measures a build, it never makes one: say so plainly, and warn when it is stale. */
function checkBuild(browser) {
  const manifest = join(ROOT, BROWSERS[browser].build, 'manifest.json');
  if (!existsSync(manifest))
    fail(`no ${browser} build at ${BROWSERS[browser].build}. Run npm run build first.`);
  const built = statSync(manifest).mtimeMs;
  const edited = Math.max(
    ...SOURCES.map((d) => join(ROOT, d))
      .filter(existsSync)
      .map(newest),
  );
  if (edited > built) {
    console.warn(
      `warning: sources changed after the last build (${new Date(built).toISOString()}); run npm run build to measure them.`,
    );
  }
}

/** The corpus (recognised by its files, as npm run bench does) and the page ids to visit. */
function readCorpus(dir, limit, prefixes) {
  const corpus = openCorpus(dir);
  if (!corpus)
    fail(`no corpus at ${dir}; --corpus should be e.g. ../shared/corpus/article-extraction`);
  const wanted = prefixes?.split(',');
  const ids = corpus.ids.filter((id) => !wanted || wanted.some((p) => id.startsWith(p)));
  return { corpus, ids: ids.slice(0, limit) };
}

/** A fresh benchmark tab (at the start, and after a page broke the previous one). */
async function openTab(session, browser, server) {
  // The extension page that relays messages opens as a tab too: open it first and bring the
  // benchmark tab to the front, as the reader's tab is. Firefox throttles timers in background
  // tabs, and the content script yields with timers between its steps (3 s instead of 0.2 s).
  await session.inExtension(() => true);
  const page = await session.browser.newPage();
  await page.bringToFront();
  await prepareTab(page, browser);
  // The tab id comes from the extension's view of the tabs, so the tab must show a known URL.
  const url = server.url('/seed-article.html');
  await page.goto(url, { waitUntil: 'load' });
  return { page, tabId: await session.tabIdOf(url) };
}

/** A fresh tab after a page kept its tab busy, so its renderer cannot slow the next pages. */
async function replaceTab(context, browser) {
  await context.tab.page.close().catch(() => {});
  context.tab = await openTab(context.session, browser, context.server);
}

/** Visits one page; a timeout or a broken tab costs that page only. */
async function visitSafely(context, url, args) {
  const budget = args.timeout * 3;
  const result = await within(
    budget,
    visit(context.session, context.tab.page, context.tab.tabId, url, args).catch((error) => ({
      error: error.message,
    })),
    { error: `no result in ${budget} ms` },
  );
  if (!result.answered) await replaceTab(context, args.browser);
  return {
    text: '',
    isArticle: false,
    answered: false,
    glossReadyMs: null,
    glossStartAt: null,
    longTasks: null,
    ...result,
  };
}

async function main() {
  const args = options();
  checkBuild(args.browser);
  const { corpus, ids } = readCorpus(args.corpus, args.limit, args.ids);

  const server = await serveCorpus(corpus, ids);
  const session = await launch(args.browser);
  const context = { session, server, tab: null };
  const started = Date.now();
  const load = loadavg()[0];
  const visits = new Map();
  const predictions = {};
  let seed;
  try {
    context.tab = await openTab(session, args.browser, server);
    seed = await visitSafely(context, `${server.url('/seed-article.html')}?bench`, args);
    for (const [index, id] of ids.entries()) {
      const result = { id, ...(await visitSafely(context, server.url(corpusPath(id)), args)) };
      visits.set(id, result);
      // In the page, what clean mode leaves visible is all there is to read: the body text too.
      predictions[id] = {
        articleBody: result.text,
        visibleText: result.text,
        isArticle: result.isArticle,
      };
      if (result.error) console.warn(`  ${id.slice(0, 12)}: ${result.error}`);
      if ((index + 1) % 10 === 0) {
        console.warn(
          `  ${index + 1}/${ids.length} pages, ${((Date.now() - started) / 1000).toFixed(0)} s`,
        );
      }
    }
  } finally {
    await session.close().catch(() => {});
    await server.close();
  }

  writeFileSync(args.predictions, `${JSON.stringify(predictions, null, 1)}\n`);
  const seconds = (Date.now() - started) / 1000;
  console.log(`\n== browser extraction in ${args.browser} (${new Date().toISOString()})`);
  console.log(
    `  ${ids.length} pages in ${seconds.toFixed(0)} s (${(seconds / Math.max(1, ids.length)).toFixed(1)} s a page); load average at start ${load.toFixed(1)}`,
  );
  console.log(`  predictions written to ${args.predictions}`);
  // Read only now, so a browser run can start while npm run bench is still writing them.
  const nodePredictions = args['node-predictions']
    ? JSON.parse(readFileSync(args['node-predictions'], 'utf8'))
    : null;
  printQuality({ browser: args.browser, corpus, ids, predictions, visits, nodePredictions });
  printPerformance({
    browser: args.browser,
    seed,
    ids,
    visits,
    sampleSize: PERF_SAMPLE,
    timeout: args.timeout,
  });
}

await main();
