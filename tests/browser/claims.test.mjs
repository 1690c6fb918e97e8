// Key claims in the popup, and the jump from a claim to its sentence in the page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inEachBrowser, waitFor } from './browsers.mjs';
import { paintsHighlight } from './page-helpers.mjs';

inEachBrowser('key claims', (ctx) => {
  for (const clean of [false, true]) {
    test(`the popup lists the claims and a click scrolls to the sentence (clean mode ${clean ? 'on' : 'off'})`, async () => {
      const url = ctx.server.url('/seed-article.html');
      const page = await ctx.session.newPage(url);
      const tabId = await ctx.session.tabIdOf(url);
      await ctx.session.setClean(tabId, clean);
      await ctx.session.pageState(tabId, (s) => s.clean === clean);
      const popup = await ctx.session.openExtensionPage(`/popup.html?tab=${tabId}`);
      await popup.waitForSelector('.claim', { timeout: 10_000 });
      const claims = await popup.$$eval('.claim-text', (els) => els.map((el) => el.textContent));
      assert.equal(claims.length, 5);
      assert.ok(
        claims.some((c) => /obsessed with scale/.test(c)),
        'a main thesis is among the top claims',
      );

      const last = claims.length - 1;
      await popup.$$eval('.claim', (buttons, i) => buttons[i].click(), last);
      const flashed = await waitFor(
        () =>
          page.evaluate(
            () => [...(CSS.highlights.get('gloss-claim') ?? [])].map((r) => r.toString())[0],
          ),
        { message: 'the claim highlighted' },
      );
      assert.equal(flashed.replace(/\s+/g, ' '), claims[last].replace(/\s+/g, ' '));
      const inView = await page.evaluate(() => {
        const range = [...CSS.highlights.get('gloss-claim')][0];
        const rect = range.getBoundingClientRect();
        return rect.top >= 0 && rect.bottom <= window.innerHeight;
      });
      assert.ok(inView, 'the sentence is scrolled into view');
      assert.ok(await paintsHighlight(page, 'gloss-claim'), 'the highlight is painted');
      await popup.close();
      await page.close();
    });
  }

  test('without an on-device model, the popup offers none and the local claims stand', async () => {
    const url = ctx.server.url('/seed-article.html');
    const { page, tabId } = await ctx.session.openTab(url);
    const popup = await ctx.session.openExtensionPage(`/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.claim', { timeout: 10_000 });
    assert.equal(await popup.$('#model-heading'), null);
    await popup.close();
    await page.close();
  });

  // Only Chrome ships the Summarizer API (and no headless browser has its model): Chromium
  // stands in the browser's API with its documented shape; everything on our side runs for real.
  if (ctx.name === 'chromium') {
    test("the browser's summarizer, where present, gives points tied to source sentences", async () => {
      const url = ctx.server.url('/seed-article.html');
      const { page, tabId } = await ctx.session.openTab(url);
      const popup = await ctx.session.browser.newPage();
      await popup.evaluateOnNewDocument(() => {
        globalThis.Summarizer = {
          availability: async (options) => {
            globalThis.availabilityOptions = options;
            return 'available';
          },
          create: async (options) => {
            globalThis.createOptions = options;
            return {
              inputQuota: 20000,
              summarize: async (text) =>
                text.includes('DeepSeek')
                  ? '* DeepSeek showed engineering success by combining the same methods more effectively.\n* Penguins migrate across Antarctica every winter.'
                  : '',
            };
          },
        };
      });
      await ctx.session.openExtensionPage(`/popup.html?tab=${tabId}`, popup);
      const ask = await popup.waitForSelector('#model-heading ~ button', { timeout: 10_000 });
      await ask.click();
      await popup.waitForSelector('#model-heading ~ ol .claim', { timeout: 10_000 });
      // Chrome asks for the language to write in (it warns on every call without one).
      const languages = await popup.evaluate(() => [
        globalThis.availabilityOptions?.outputLanguage,
        globalThis.createOptions?.outputLanguage,
      ]);
      for (const language of languages) assert.match(language ?? '', /^(en|es|ja|de|fr)$/);
      const items = await popup.$$eval('#model-heading ~ ol .claim', (buttons) =>
        buttons.map((b) => ({
          text: b.querySelector('.claim-text').textContent,
          disabled: b.disabled,
        })),
      );
      assert.equal(items.length, 2);
      assert.equal(items[0].disabled, false, 'the supported point links to its sentence');
      assert.equal(items[1].disabled, true, 'the unsupported point links nowhere');
      await popup.$eval('#model-heading ~ ol .claim', (b) => b.click());
      const flashed = await waitFor(
        () =>
          page.evaluate(
            () => [...(CSS.highlights.get('gloss-claim') ?? [])].map((r) => r.toString())[0],
          ),
        { message: 'the source sentence highlighted' },
      );
      assert.match(flashed, /^What DeepSeek has done is demonstrate success in engineering/);
      await popup.close();
      await page.close();
    });
  }
});
