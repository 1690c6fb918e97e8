/**
 * One page in the real browser, as a reader meets it: navigate the benchmark's tab, wait for
 * Gloss to answer, switch clean mode on when the popup would offer it, and read what shows.
 */

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Settles with `fallback` after `ms`, so one stuck message cannot stall the run. */
export function within(ms, promise, fallback) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((resolve) => (timer = setTimeout(() => resolve(fallback), ms))),
  ]);
}

/** Asks the tab's content script until it answers for `url` and `check` holds, or time runs out. */
async function askUntil(session, tabId, url, message, check, deadline) {
  while (Date.now() < deadline) {
    const state = await within(
      Math.max(1, deadline - Date.now()),
      session.askTab(tabId, message).catch(() => undefined),
      undefined,
    );
    // The answer must come from this document, not the one the tab showed before.
    if (state?.pageUrl === url.split('#')[0] && check(state)) return state;
    await sleep(100);
  }
  return null;
}

/**
 * Runs in the page before its own parsing. Records long tasks (Chromium has the Long Tasks API,
 * Firefox does not), and sends the page's text at DOMContentLoaded, before the content script
 * (document_idle) touches it, to Node at once: a page whose content script then holds the main
 * thread cannot be asked for anything, yet the run still needs what it shows with clean mode off.
 */
function pageHooks(watchLongTasks) {
  document.addEventListener('DOMContentLoaded', () =>
    window.__glossBenchSnapshot(location.href, document.body?.innerText ?? ''),
  );
  if (!watchLongTasks) return;
  const tasks = [];
  Object.defineProperty(window, '__glossBenchLongTasks', { value: tasks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

/** Installs the hooks in a fresh benchmark tab; `page.snapshots` maps URL to text. */
export async function prepareTab(page, browser) {
  page.snapshots = new Map();
  await page.exposeFunction('__glossBenchSnapshot', (url, text) => page.snapshots.set(url, text));
  await page.evaluateOnNewDocument(pageHooks, browser === 'chromium');
}

/**
 * The content script's own measure, read from the page's world: in both browsers the isolated
 * world writes to the page's performance timeline. Null on pages it did not activate on.
 */
function readTimings() {
  const measure = performance.getEntriesByName('gloss:ready', 'measure')[0];
  const start = performance.getEntriesByName('gloss:start', 'mark')[0];
  return {
    glossReadyMs: measure ? measure.duration : null,
    glossStartAt: start ? start.startTime : null,
    longTasks: window.__glossBenchLongTasks ?? null,
  };
}

/**
 * Visits `url` in `page` (tab `tabId`) and returns what a reader sees there:
 * `{ text, isArticle, answered, clean, glossReadyMs, glossStartAt, longTasks, error }`.
 * `answered` is false when the content script was still busy at the timeout.
 */
export async function visit(session, page, tabId, url, { timeout }) {
  const result = { text: '', isArticle: false, answered: false, clean: false, error: null };
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout });
  } catch (error) {
    // Not even parsed in time: still read as it stands, the reader would see that too.
    result.error = `navigation: ${error.message.split('\n')[0]}`;
  }
  const deadline = Date.now() + timeout;
  const state = await askUntil(session, tabId, url, { type: 'get-state' }, () => true, deadline);
  if (state) {
    result.isArticle = state.isArticle;
    // The popup shows its clean switch only where detection said "article".
    const on =
      !state.isArticle ||
      (await askUntil(
        session,
        tabId,
        url,
        { type: 'set-clean', on: true },
        (s) => s.clean,
        deadline,
      ));
    result.answered = Boolean(on);
    result.clean = state.isArticle && Boolean(on);
  }
  if (!result.answered) {
    // Still busy: the reader sees the page as it was before Gloss changed anything.
    result.error ??= 'no answer from the content script in time';
    result.text =
      page.snapshots.get(url) ??
      (await within(
        3000,
        page.evaluate(() => document.body?.innerText ?? ''),
        '',
      ));
    return { ...result, glossReadyMs: null, glossStartAt: null, longTasks: null };
  }
  result.text = await page.evaluate(() => document.body?.innerText ?? '');
  // The measure is set just after activation; give it a moment on pages that activated.
  let timings = await page.evaluate(readTimings);
  for (let i = 0; i < 10 && result.isArticle && timings.glossReadyMs === null; i++) {
    await sleep(100);
    timings = await page.evaluate(readTimings);
  }
  return { ...result, ...timings };
}
