// Launches real Chromium and Firefox with the built extension loaded, the way a reader has it.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe } from 'node:test';
import puppeteer from 'puppeteer-core';
import { startDisplay } from './headed.mjs';
import { startServer } from './server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIREFOX_UUID = '6c3d9f0e-5b1a-4c2e-9d7f-1a2b3c4d5e6f';
const GECKO_ID = 'gloss@gloss-reader.dev';

export const BROWSERS = {
  chromium: {
    binary: '/usr/bin/chromium',
    build: '.output/chrome-mv3',
    install: 'apt-get install -y chromium',
  },
  firefox: {
    binary: '/usr/bin/firefox-esr',
    build: '.output/firefox-mv3',
    install: 'apt-get install -y firefox-esr',
  },
};

function requireSetup(name) {
  const { binary, build, install } = BROWSERS[name];
  if (!existsSync(binary)) {
    throw new Error(
      `${name} is not installed at ${binary}. Install it with: ${install} (Debian), then run npm test again.`,
    );
  }
  const dir = join(ROOT, build);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No extension build at ${build}. Run npm run build first (npm test does).`);
  }
  return { binary, dir };
}

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--window-size=1280,900',
];

/**
 * Opens a browser with Gloss installed; returns helpers bound to it. With a `display` (see
 * headed.mjs) the browser is headed, on that X display, so real key presses reach it.
 */
export async function launch(name, { display } = {}) {
  const { binary, dir } = requireSetup(name);
  const screen = display ? { headless: false, env: { ...process.env, DISPLAY: display.name } } : {};
  let browser;
  let origin;
  if (name === 'chromium') {
    browser = await puppeteer.launch({
      executablePath: binary,
      headless: true,
      ...screen,
      pipe: true,
      enableExtensions: [dir],
      args: CHROMIUM_ARGS,
      userDataDir: mkdtempSync(join(tmpdir(), 'gloss-chromium-')),
      defaultViewport: { width: 1280, height: 900 },
    });
    const worker = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
      { timeout: 20_000 },
    );
    origin = `chrome-extension://${new URL(worker.url()).host}`;
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: binary,
      headless: true,
      ...screen,
      args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      },
      defaultViewport: { width: 1280, height: 900 },
    });
    await browser.installExtension(dir);
    origin = `moz-extension://${FIREFOX_UUID}`;
  }
  return new BrowserSession(name, browser, origin);
}

/**
 * Declares the same tests for each browser: one browser session and one fixture server per
 * browser, shared by the tests inside. `body` receives a context whose `session`, `server` and
 * `name` are set once the browser is up. `headed: true` runs the browser on its own virtual
 * display and sets `context.keyboard`, which presses real keys into it (headed.mjs).
 */
export function inEachBrowser(title, body, { routes, headed = false } = {}) {
  for (const name of Object.keys(BROWSERS)) {
    describe(`${title} in ${name}`, () => {
      const context = { name, session: null, server: null, keyboard: null };
      let display = null;
      before(async () => {
        context.server = await startServer(routes);
        if (headed) display = await startDisplay();
        context.session = await launch(name, { display });
        if (display) context.keyboard = display.keyboardFor(context.session.browser.process().pid);
      });
      after(async () => {
        await context.session?.close();
        await context.server?.close();
        await display?.close();
      });
      body(context);
    });
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retries `check` until it returns a truthy value or the time runs out. */
export async function waitFor(
  check,
  { timeout = 10_000, interval = 100, message = 'condition' } = {},
) {
  const end = Date.now() + timeout;
  let lastError;
  while (Date.now() < end) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    await sleep(interval);
  }
  throw new Error(`Timed out waiting for ${message}${lastError ? `: ${lastError.message}` : ''}`);
}

class BrowserSession {
  constructor(name, browser, origin) {
    this.name = name;
    this.browser = browser;
    this.origin = origin;
    this.control = null;
  }

  async newPage(url) {
    const page = await this.browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.pageErrors = errors;
    if (url) await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  /**
   * Opens one of the extension's own pages. Firefox's driver never reports these navigations
   * as finished, so wait for the document instead.
   */
  async openExtensionPage(path, page) {
    page ??= await this.browser.newPage();
    const url = `${this.origin}${path}`;
    if (this.name === 'chromium') {
      await page.goto(url, { waitUntil: 'load' });
    } else {
      page.goto(url, { timeout: 15_000 }).catch(() => {});
      await waitFor(
        () => page.evaluate((u) => location.href === u && document.readyState === 'complete', url),
        { message: `${path} to load` },
      );
    }
    return page;
  }

  /** Runs a function inside an extension page, where the extension APIs are available. */
  async inExtension(fn, ...args) {
    this.control ??= await this.openExtensionPage('/options.html');
    return this.control.evaluate(fn, ...args);
  }

  async tabIdOf(url) {
    return waitFor(
      () =>
        this.inExtension(async (u) => {
          const api = globalThis.browser ?? globalThis.chrome;
          // The newest tab with that URL: a failed test may have left an older one open.
          const ids = (await api.tabs.query({}))
            .filter((tab) => tab.url === u)
            .map((tab) => tab.id);
          return ids.length > 0 ? Math.max(...ids) : undefined;
        }, url),
      { message: `a tab for ${url}` },
    );
  }

  /** Sends a message to the content script of a tab, as the popup does. */
  async askTab(tabId, message) {
    return this.inExtension(
      async (id, m) => {
        const api = globalThis.browser ?? globalThis.chrome;
        try {
          return await api.tabs.sendMessage(id, m, { frameId: 0 });
        } catch {
          return undefined;
        }
      },
      tabId,
      message,
    );
  }

  /**
   * Switches clean mode as the popup does, asking again until the content script has it: a tab
   * just opened may not be listening yet, and a message sent then is lost.
   */
  async setClean(tabId, on) {
    return waitFor(
      async () => {
        const state = await this.askTab(tabId, { type: 'set-clean', on });
        return state?.clean === on ? state : null;
      },
      { message: `clean mode ${on ? 'on' : 'off'}` },
    );
  }

  /** Opens a page in a new tab and waits until Gloss has read it: `{ page, tabId, state }`. */
  async openTab(url) {
    const page = await this.newPage(url);
    const tabId = await this.tabIdOf(url);
    const state = await this.pageState(tabId);
    return { page, tabId, state };
  }

  /** Waits until the content script in a tab answers, and returns its page state. */
  async pageState(tabId, check = () => true) {
    return waitFor(
      async () => {
        const state = await this.askTab(tabId, { type: 'get-state' });
        return state && check(state) ? state : null;
      },
      { message: 'the content script to answer' },
    );
  }

  async close() {
    await this.browser.close();
  }
}
