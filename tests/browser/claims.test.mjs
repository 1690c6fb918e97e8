// Key claims in the popup, and the jump from a claim to its sentence in the page.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launch, waitFor } from './browsers.mjs';
import { startServer } from './server.mjs';

for (const name of ['chromium', 'firefox']) {
  describe(`key claims in ${name}`, () => {
    let session;
    let server;
    before(async () => {
      server = await startServer();
      session = await launch(name);
    });
    after(async () => {
      await session?.close();
      await server?.close();
    });

    for (const clean of [false, true]) {
      test(`the popup lists the claims and a click scrolls to the sentence (clean mode ${clean ? 'on' : 'off'})`, async () => {
        const url = server.url('/seed-article.html');
        const page = await session.newPage(url);
        const tabId = await session.tabIdOf(url);
        await session.askTab(tabId, { type: 'set-clean', on: clean });
        await session.pageState(tabId, (s) => s.clean === clean);
        const popup = await session.openExtensionPage(`/popup.html?tab=${tabId}`);
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
        await popup.close();
        await page.close();
      });
    }
  });
}
