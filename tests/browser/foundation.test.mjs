// The extension as a reader installs it: built, loaded into Chromium and Firefox, on a page
// served from 127.0.0.1.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inEachBrowser, waitFor } from './browsers.mjs';
import { reportParagraphs } from './page-helpers.mjs';

const PLAIN_TEXT_ESSAY = reportParagraphs(30).join('\n\n');

inEachBrowser(
  'foundation',
  (ctx) => {
    test('the content script runs on the seed page and knows it is an article', async () => {
      const url = ctx.server.url('/seed-article.html');
      const { page, state } = await ctx.session.openTab(url);
      assert.equal(state.isArticle, true);
      assert.match(state.title, /Sputnik moment for AI/);
      assert.deepEqual(page.pageErrors, []);
      await page.close();
    });

    test('the popup renders the status of the page it speaks for', async () => {
      const url = ctx.server.url('/seed-article.html');
      const { page, tabId } = await ctx.session.openTab(url);
      const popup = await ctx.session.openExtensionPage(`/popup.html?tab=${tabId}`);
      const status = await waitFor(
        () =>
          popup.evaluate(() => document.querySelector('[data-testid="page-status"]')?.textContent),
        { message: 'the popup status' },
      );
      assert.match(status, /Article · \d+ min read/);
      await popup.close();
      await page.close();
    });

    test('a non-article page is left alone', async () => {
      const url = ctx.server.url('/non-articles/product-listing.html');
      const page = await ctx.session.newPage(url);
      const before = await page.evaluate(() => document.documentElement.outerHTML);
      const state = await ctx.session.pageState(await ctx.session.tabIdOf(url));
      assert.equal(state.isArticle, false);
      assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
      await page.close();
    });

    test('a plain-text file, which the browser wraps in a <pre>, is not taken for an article', async () => {
      const url = ctx.server.url('/essay.txt');
      const page = await ctx.session.newPage(url);
      const state = await ctx.session.pageState(await ctx.session.tabIdOf(url));
      assert.equal(state.isArticle, false);
      await page.close();
    });

    test('storage round-trips through the extension', async () => {
      const value = { marker: `round-trip-${ctx.name}`, list: [1, 2, 3] };
      await ctx.session.inExtension(async (v) => {
        const api = globalThis.browser ?? globalThis.chrome;
        await api.storage.local.set({ 'test.roundtrip': v });
      }, value);
      const read = await ctx.session.inExtension(async () => {
        const api = globalThis.browser ?? globalThis.chrome;
        return (await api.storage.local.get('test.roundtrip'))['test.roundtrip'];
      });
      assert.deepEqual(read, value);
    });
  },
  {
    routes: { '/essay.txt': () => ({ type: 'text/plain; charset=utf-8', body: PLAIN_TEXT_ESSAY }) },
  },
);
