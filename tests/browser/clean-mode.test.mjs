// Clean-reading mode on the seed page, in both browsers, switched the way a reader does.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inEachBrowser, waitFor } from './browsers.mjs';
import {
  clickInPopup,
  clickOn,
  expectations,
  missing,
  present,
  reportParagraphs,
  serialize,
  visibleText,
} from './page-helpers.mjs';

const seed = expectations('seed-article');

/** Undoes the reader's corrections on the tab's site, so the tests after see the page as it comes. */
async function forgetCorrections(session, tabId) {
  const state = await session.pageState(tabId);
  for (const { mode, selector } of state.corrections) {
    await session.askTab(tabId, { type: 'undo-correction', mode, selector });
  }
}

const PARAGRAPHS = reportParagraphs(8)
  .map((text) => `<p>${text}</p>`)
  .join('');

/** An article whose picture and code are wider than the clean column (72ch). */
const WIDE_PICTURE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council delays budget vote</title>
<meta property="og:type" content="article"></head><body style="margin:0">
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main style="width:1100px"><article><h1>Council delays budget vote</h1>${PARAGRAPHS}
<figure><img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1000' height='500'/%3E" width="1000" height="500" alt="The council chamber"><figcaption>The council chamber on Monday.</figcaption></figure>
<pre><code>${'budget.delay({ until: "spring", reason: "consultation", vote: 7 }); '.repeat(3)}</code></pre>
${PARAGRAPHS}</article></main></body></html>`;

inEachBrowser(
  'clean mode',
  (ctx) => {
    test('the popup switch hides the clutter, keeps the article, and off restores the page exactly', async () => {
      const url = ctx.server.url('/seed-article.html');
      const { page, tabId } = await ctx.session.openTab(url);
      const original = await serialize(page);
      assert.deepEqual(
        present(await visibleText(page), seed.mustHide),
        seed.mustHide,
        'clutter shows before',
      );

      const popup = await clickInPopup(ctx.session, tabId, '#clean');
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
        {
          message: 'switch off',
        },
      );
      assert.equal(await serialize(page), original, 'the DOM serializes exactly as before');
      assert.deepEqual(page.pageErrors, []);
      await popup.close();
      await page.close();
    });

    test('pictures and code fit the narrowed column, even on a narrow window', async () => {
      const { page, tabId } = await ctx.session.openTab(ctx.server.url('/wide-picture.html'));
      await ctx.session.setClean(tabId, true);
      await ctx.session.pageState(tabId, (s) => s.clean);
      for (const width of [1280, 420]) {
        await page.setViewport({ width, height: 800 });
        const overflow = await page.evaluate(() => {
          const column = document.querySelector('article').getBoundingClientRect();
          return {
            picture: document.querySelector('img').getBoundingClientRect().right - column.right,
            code: document.querySelector('pre').getBoundingClientRect().right - column.right,
            page: document.documentElement.scrollWidth - window.innerWidth,
          };
        });
        assert.ok(overflow.picture <= 1, `the picture stays in the column at ${width}px`);
        assert.ok(overflow.code <= 1, `the code stays in the column at ${width}px`);
        assert.ok(overflow.page <= 1, `no sideways scrolling at ${width}px`);
      }
      await page.close();
    });

    test('the popup counts what is hidden by category and can reveal a block, kept for the site until undone', async () => {
      const url = ctx.server.url('/seed-article.html');
      const page = await ctx.session.newPage(url);
      const tabId = await ctx.session.tabIdOf(url);
      await ctx.session.setClean(tabId, true);
      const state = await ctx.session.pageState(tabId, (s) => s.clean);
      const categories = new Set(state.hidden.map((block) => block.category));
      for (const category of ['comments', 'related', 'app-promo', 'overlay', 'navigation']) {
        assert.ok(categories.has(category), `a ${category} block is hidden`);
      }
      // A picture with no words is shown in the list by its alt text.
      const ad = state.hidden.find((block) => block.category === 'ads');
      assert.equal(ad.preview, 'Orange background');
      const comments = state.hidden.find((block) => block.category === 'comments');
      const revealed = await ctx.session.askTab(tabId, {
        type: 'reveal-block',
        index: comments.index,
      });
      assert.match(await visibleText(page), /No comments yet/);
      assert.deepEqual(
        revealed.corrections.map(({ mode, selector }) => [mode, selector]),
        [['show', '#comments']],
      );
      await forgetCorrections(ctx.session, tabId);
      assert.doesNotMatch(await visibleText(page), /No comments yet/, 'undone: hidden again');
      await page.close();
    });

    test('the popup says what clean mode would hide while it is off, and Show keeps the keyboard in place', async () => {
      const { page, tabId } = await ctx.session.openTab(ctx.server.url('/seed-article.html'));
      await ctx.session.pageState(tabId, (s) => s.hidden.length > 0);
      const off = await ctx.session.openExtensionPage(`/popup.html?tab=${tabId}`);
      await off.waitForSelector('#hidden-heading', { timeout: 10_000 });
      assert.match(await off.$eval('#hidden-heading', (h) => h.textContent), /would hide/i);
      await off.click('[data-category="comments"] .row');
      assert.equal(await off.$('.blocks button'), null, 'nothing to show while nothing is hidden');
      await off.close();

      await ctx.session.setClean(tabId, true);
      await ctx.session.pageState(tabId, (s) => s.clean);
      const popup = await ctx.session.openExtensionPage(`/popup.html?tab=${tabId}`);
      await popup.waitForSelector('[data-category="comments"] .row', { timeout: 10_000 });
      assert.match(await popup.$eval('#hidden-heading', (h) => h.textContent), /^Hidden/);
      await popup.click('[data-category="comments"] .row');
      await popup.click('[data-category="comments"] .blocks button');
      await waitFor(async () => /No comments yet/.test(await visibleText(page)), {
        message: 'the comments shown again',
      });
      // The comments row went with its one block: focus is on the list's heading.
      const focused = await waitFor(
        () =>
          popup.evaluate(() =>
            document.activeElement === document.body ? null : document.activeElement.id,
          ),
        { message: 'focus kept in the popup' },
      );
      assert.equal(focused, 'hidden-heading');
      await popup.close();
      await forgetCorrections(ctx.session, tabId);
      await page.close();
    });

    test('the picker says what to do, hides the block clicked, and the site remembers it', async () => {
      const url = ctx.server.url('/seed-article.html');
      const { page, tabId } = await ctx.session.openTab(url);
      await page.bringToFront();
      await ctx.session.setClean(tabId, true);
      await ctx.session.pageState(tabId, (s) => s.clean);
      const bio = /Daron Acemoglu is a 2024 Nobel laureate/;
      assert.match(await visibleText(page), bio);
      const banner = () =>
        page.evaluate(
          () =>
            document.querySelector('gloss-picker')?.shadowRoot.querySelector('.banner').textContent,
        );

      // Esc leaves the page as it was.
      await ctx.session.askTab(tabId, { type: 'start-picker', mode: 'hide' });
      assert.match(await waitFor(banner, { message: 'the hint' }), /arrow keys/);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Escape');
      await waitFor(async () => (await banner()) === undefined, { message: 'the hint gone' });
      assert.equal(await page.$('[data-gloss-picking]'), null, 'no outline left behind');

      // A click hides the block and says so.
      await ctx.session.askTab(tabId, { type: 'start-picker', mode: 'hide' });
      await waitFor(banner, { message: 'the hint' });
      await clickOn(page, '.author-bio');
      assert.match(await waitFor(banner, { message: 'the confirmation' }), /Hidden on this site/);
      await waitFor(async () => !bio.test(await visibleText(page)), { message: 'the bio hidden' });

      // Another tab of the site hides it too.
      const other = await ctx.session.openTab(url);
      await ctx.session.setClean(other.tabId, true);
      await ctx.session.pageState(other.tabId, (s) => s.clean);
      assert.doesNotMatch(await visibleText(other.page), bio);
      await other.page.close();

      // The keyboard picks too: an arrow key outlines a block, Enter hides it.
      await ctx.session.askTab(tabId, { type: 'start-picker', mode: 'hide' });
      await waitFor(banner, { message: 'the hint' });
      const outlined = () =>
        page.evaluate(() => document.querySelector('[data-gloss-picking]')?.outerHTML.slice(0, 60));
      await page.keyboard.press('ArrowDown');
      const first = await outlined();
      assert.ok(first, 'an arrow key outlines a block');
      await page.keyboard.press('ArrowUp');
      assert.notEqual(await outlined(), first, 'ArrowUp moves out to the block around it');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      assert.match(await waitFor(banner, { message: 'the confirmation' }), /Hidden on this site/);
      assert.equal(await page.$('[data-gloss-picking]'), null);

      // The options page lists what was picked; forgetting the site brings the bio back (and
      // leaves the page as it comes for the tests after this one).
      const options = await ctx.session.openExtensionPage('/options.html#sites');
      await options.waitForSelector('.site code', { timeout: 10_000 });
      const picked = await options.$$eval('.site code', (codes) => codes.map((c) => c.textContent));
      assert.ok(
        picked.some((selector) => /author-bio|p:nth-of-type/.test(selector)),
        picked.join(),
      );
      options.on('dialog', (dialog) => dialog.accept());
      await options.click('.site button.secondary');
      await waitFor(async () => bio.test(await visibleText(page)), { message: 'the bio back' });
      await options.close();
      await page.close();
    });

    test('the reader keeps their place when clean mode changes the page above them', async () => {
      const url = ctx.server.url('/seed-article.html');
      const { page, tabId } = await ctx.session.openTab(url);
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
        window.scrollTo(0, p.getBoundingClientRect().top + window.scrollY - 10);
      });
      const before = await probe();
      await ctx.session.setClean(tabId, true);
      assert.ok(Math.abs((await probe()) - before) < 4, 'same place with clean mode on');
      await ctx.session.setClean(tabId, false);
      assert.ok(Math.abs((await probe()) - before) < 4, 'same place with clean mode off');
      await page.close();
    });

    test('"always clean here" is remembered for the site', async () => {
      const url = ctx.server.url('/seed-article.html');
      const { page, tabId } = await ctx.session.openTab(url);
      const popup = await clickInPopup(ctx.session, tabId, '.check input');
      await ctx.session.pageState(tabId, (s) => s.alwaysClean && s.clean);
      await page.reload({ waitUntil: 'load' });
      await ctx.session.pageState(tabId, (s) => s.clean);
      assert.deepEqual(present(await visibleText(page), seed.mustHide), []);
      await popup.click('.check input');
      await ctx.session.pageState(tabId, (s) => !s.alwaysClean);
      await popup.close();
      await page.close();
    });

    test('the shortcut toggles clean mode, and hidden clutter that the page re-inserts stays hidden', async () => {
      const url = ctx.server.url('/seed-article.html');
      const { page, tabId } = await ctx.session.openTab(url);
      // The command handler sends exactly this message to the active tab.
      await ctx.session.askTab(tabId, { type: 'toggle-clean' });
      await ctx.session.pageState(tabId, (s) => s.clean);
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
      await ctx.session.askTab(tabId, { type: 'toggle-clean' });
      await ctx.session.pageState(tabId, (s) => !s.clean);
      assert.match(await visibleText(page), /No comments yet/);
      await page.close();
    });
  },
  { routes: { '/wide-picture.html': () => ({ body: WIDE_PICTURE }) } },
);
