// Corrections that last: "Show" on a hidden block and "Hide something else…" are kept for the
// site (again after a reload, and in the options page), and the popup can undo each.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inEachBrowser, waitFor } from './browsers.mjs';
import { clickOn, visibleText } from './page-helpers.mjs';

const COMMENTS = /No comments yet/;
const BIO = /Daron Acemoglu is a 2024 Nobel laureate/;

/** Opens the popup for a tab once Gloss answers there. */
async function openPopup(ctx, tabId) {
  const popup = await ctx.session.openExtensionPage(`/popup.html?tab=${tabId}`);
  await popup.waitForSelector('#hidden-heading', { timeout: 10_000 });
  return popup;
}

/** The corrections the popup lists: `[mode, what]` for each row. */
const listed = (popup) =>
  popup.$$eval('.corrections li', (rows) =>
    rows.map((row) => [row.dataset.mode, row.querySelector('.preview').textContent]),
  );

/** Reloads the page and switches clean mode on, as a reader back on the site would. */
async function reloadClean(ctx, page, tabId) {
  await page.reload({ waitUntil: 'load' });
  await ctx.session.setClean(tabId, true);
}

inEachBrowser('corrections that last', (ctx) => {
  test('"Show" is kept for the site, listed in the options page, and undone from the popup', async () => {
    const url = ctx.server.url('/seed-article.html');
    const { page, tabId } = await ctx.session.openTab(url);
    await ctx.session.setClean(tabId, true);
    assert.doesNotMatch(await visibleText(page), COMMENTS);

    const popup = await openPopup(ctx, tabId);
    await popup.click('[data-category="comments"] .row');
    await popup.click('[data-category="comments"] .blocks button');
    await waitFor(async () => COMMENTS.test(await visibleText(page)), {
      message: 'the comments shown',
    });
    const rows = await waitFor(async () => ((await listed(popup)).length ? listed(popup) : null), {
      message: 'the correction listed in the popup',
    });
    assert.equal(rows.length, 1);
    assert.equal(rows[0][0], 'show');
    assert.match(rows[0][1], /Shown:.*comment/i);
    await popup.close();

    // Back on the page later: the comments stay.
    await reloadClean(ctx, page, tabId);
    assert.match(await visibleText(page), COMMENTS, 'shown again after a reload');
    const other = await ctx.session.openTab(url);
    await ctx.session.setClean(other.tabId, true);
    assert.match(await visibleText(other.page), COMMENTS, 'and in another tab of the site');
    await other.page.close();

    // The options page lists it with what else was set for the site.
    const options = await ctx.session.openExtensionPage('/options.html#sites');
    await options.waitForSelector('.site code', { timeout: 10_000 });
    const kept = await options.$$eval('.selectors', (lists) =>
      lists.map((list) => [list.querySelector('h3').textContent, list.textContent]),
    );
    assert.ok(
      kept.some(([heading, text]) => /brought back/i.test(heading) && /comments/.test(text)),
      JSON.stringify(kept),
    );
    await options.close();

    // Undo in the popup: Gloss hides the comments again, here and after a reload.
    const again = await openPopup(ctx, tabId);
    await again.waitForSelector('.corrections button', { timeout: 10_000 });
    await again.click('.corrections button');
    await waitFor(async () => !COMMENTS.test(await visibleText(page)), {
      message: 'the comments hidden again',
    });
    await waitFor(async () => (await again.$('.corrections')) === null, {
      message: 'the correction gone from the popup',
    });
    assert.equal(
      await again.evaluate(() => document.activeElement?.id),
      'hidden-heading',
      'the keyboard stays in the list',
    );
    await again.close();
    await reloadClean(ctx, page, tabId);
    assert.doesNotMatch(await visibleText(page), COMMENTS, 'hidden after a reload');
    await page.close();
  });

  test('"Hide something else…" is listed in the popup and undone there', async () => {
    const { page, tabId } = await ctx.session.openTab(ctx.server.url('/seed-article.html'));
    await page.bringToFront();
    await ctx.session.setClean(tabId, true);
    await ctx.session.askTab(tabId, { type: 'start-picker', mode: 'hide' });
    await clickOn(page, '.author-bio');
    await waitFor(async () => !BIO.test(await visibleText(page)), { message: 'the bio hidden' });

    const popup = await openPopup(ctx, tabId);
    const rows = await waitFor(async () => ((await listed(popup)).length ? listed(popup) : null), {
      message: 'the correction listed in the popup',
    });
    assert.equal(rows[0][0], 'hide');
    assert.match(rows[0][1], /Hidden:.*Daron Acemoglu is a 2024 Nobel laureate/);
    await popup.click('.corrections button');
    await waitFor(async () => BIO.test(await visibleText(page)), { message: 'the bio back' });
    await popup.close();
    await reloadClean(ctx, page, tabId);
    assert.match(await visibleText(page), BIO, 'back after a reload');
    assert.deepEqual(page.pageErrors, []);
    await page.close();
  });
});
