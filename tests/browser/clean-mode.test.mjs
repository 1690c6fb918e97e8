// Clean-reading mode on the seed page, in both browsers, switched the way a reader does.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launch, waitFor } from './browsers.mjs';
import {
  clickInPopup,
  expectations,
  missing,
  present,
  serialize,
  visibleText,
} from './page-helpers.mjs';
import { startServer } from './server.mjs';

const seed = expectations('seed-article');

for (const name of ['chromium', 'firefox']) {
  describe(`clean mode in ${name}`, () => {
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

    test('the popup switch hides the clutter, keeps the article, and off restores the page exactly', async () => {
      const url = server.url('/seed-article.html');
      const page = await session.newPage(url);
      const tabId = await session.tabIdOf(url);
      await session.pageState(tabId);
      const original = await serialize(page);
      assert.deepEqual(
        present(await visibleText(page), seed.mustHide),
        seed.mustHide,
        'clutter shows before',
      );

      const popup = await clickInPopup(session, tabId, '#clean');
      await waitFor(() => popup.$eval('#clean', (b) => b.getAttribute('aria-checked') === 'true'), {
        message: 'switch on',
      });
      const cleaned = await visibleText(page);
      assert.deepEqual(
        missing(cleaned, seed.mustKeep),
        [],
        'every paragraph and the bio stay visible',
      );
      assert.deepEqual(present(cleaned, seed.mustHide), [], 'the clutter is hidden');

      await popup.click('#clean');
      await waitFor(
        () => popup.$eval('#clean', (b) => b.getAttribute('aria-checked') === 'false'),
        { message: 'switch off' },
      );
      assert.equal(await serialize(page), original, 'the DOM serializes exactly as before');
      assert.deepEqual(page.pageErrors, []);
      await popup.close();
      await page.close();
    });

    test('the popup counts what is hidden by category and can reveal a block', async () => {
      const url = server.url('/seed-article.html');
      const page = await session.newPage(url);
      const tabId = await session.tabIdOf(url);
      await session.askTab(tabId, { type: 'set-clean', on: true });
      const state = await session.pageState(tabId, (s) => s.clean);
      const categories = new Set(state.hidden.map((block) => block.category));
      for (const category of ['comments', 'related', 'app-promo', 'overlay', 'navigation']) {
        assert.ok(categories.has(category), `a ${category} block is hidden`);
      }
      const comments = state.hidden.find((block) => block.category === 'comments');
      await session.askTab(tabId, { type: 'reveal-block', index: comments.index });
      assert.match(await visibleText(page), /No comments yet/);
      await page.close();
    });

    test('the reader keeps their place when clean mode changes the page above them', async () => {
      const url = server.url('/seed-article.html');
      const page = await session.newPage(url);
      const tabId = await session.tabIdOf(url);
      await session.pageState(tabId);
      const probe = () =>
        page.evaluate(() => {
          const p = [...document.querySelectorAll('p')].find((el) =>
            el.textContent.startsWith('Another question'),
          );
          return p.getBoundingClientRect().top;
        });
      await page.evaluate(() => {
        const p = [...document.querySelectorAll('p')].find((el) =>
          el.textContent.startsWith('Another question'),
        );
        window.scrollTo(0, p.getBoundingClientRect().top + window.scrollY - 200);
      });
      const before = await probe();
      await session.askTab(tabId, { type: 'set-clean', on: true });
      assert.ok(Math.abs((await probe()) - before) < 4, 'same place with clean mode on');
      await session.askTab(tabId, { type: 'set-clean', on: false });
      assert.ok(Math.abs((await probe()) - before) < 4, 'same place with clean mode off');
      await page.close();
    });

    test('"always clean here" is remembered for the site', async () => {
      const url = server.url('/seed-article.html');
      const page = await session.newPage(url);
      const tabId = await session.tabIdOf(url);
      await session.pageState(tabId);
      const popup = await clickInPopup(session, tabId, '.check input');
      await session.pageState(tabId, (s) => s.alwaysClean && s.clean);
      await page.reload({ waitUntil: 'load' });
      await session.pageState(tabId, (s) => s.clean);
      assert.deepEqual(present(await visibleText(page), seed.mustHide), []);
      await popup.click('.check input');
      await session.pageState(tabId, (s) => !s.alwaysClean);
      await popup.close();
      await page.close();
    });

    test('the shortcut toggles clean mode, and hidden clutter that the page re-inserts stays hidden', async () => {
      const url = server.url('/seed-article.html');
      const page = await session.newPage(url);
      const tabId = await session.tabIdOf(url);
      await session.pageState(tabId);
      // The command handler sends exactly this message to the active tab.
      await session.askTab(tabId, { type: 'toggle-clean' });
      await session.pageState(tabId, (s) => s.clean);
      await page.evaluate(() => {
        const comments = [...document.querySelectorAll('section, div')].find(
          (el) => /No comments yet/.test(el.textContent) && el.children.length > 1,
        );
        const copy = comments.cloneNode(true);
        copy.removeAttribute('data-gloss-hide');
        comments.parentElement.append(copy);
        comments.removeAttribute('data-gloss-hide');
      });
      await waitFor(async () => !/No comments yet/.test(await visibleText(page)), {
        message: 're-inserted comments hidden',
      });
      await session.askTab(tabId, { type: 'toggle-clean' });
      await session.pageState(tabId, (s) => !s.clean);
      assert.match(await visibleText(page), /No comments yet/);
      await page.close();
    });
  });
}
