// Glossary marks and the definition card on the seed page, and the reader's own glossary.
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { inEachBrowser, waitFor } from './browsers.mjs';
import { paintsHighlight } from './page-helpers.mjs';

/** The texts of the ranges Gloss has marked in the page (the CSS highlight registry is the page's). */
const markedTexts = (page) =>
  page.evaluate(() =>
    [...(CSS.highlights.get('gloss-term') ?? [])].map((range) => range.toString()),
  );

/** Where a marked term sits on screen, scrolled into view first. */
const termPoint = (page, text) =>
  page.evaluate((t) => {
    const range = [...CSS.highlights.get('gloss-term')].find(
      (r) => r.toString().toLowerCase() === t,
    );
    range.startContainer.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
    const rect = range.getClientRects()[0];
    return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
  }, text);

const cardText = (page) =>
  page.evaluate(
    () =>
      document.querySelector('gloss-card')?.shadowRoot?.querySelector('.card')?.textContent ?? null,
  );

const readGlossary = (session) =>
  session.inExtension(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    return (await api.storage.local.get('glossary')).glossary ?? null;
  });

inEachBrowser('glossary', (ctx) => {
  const seedUrl = () => ctx.server.url('/seed-article.html');

  test('terms are marked in the article without changing its DOM', async () => {
    const page = await ctx.session.newPage(seedUrl());
    const before = await page.evaluate(() => document.body.outerHTML);
    await ctx.session.pageState(await ctx.session.tabIdOf(seedUrl()));
    const marked = await waitFor(
      async () => {
        const texts = (await markedTexts(page)).map((t) => t.toLowerCase());
        return texts.includes('mixture-of-experts') && texts.includes('distillation')
          ? texts
          : null;
      },
      { message: 'marks on mixture-of-experts and distillation' },
    );
    assert.ok(marked.includes('reinforcement learning'));
    assert.equal(await page.evaluate(() => document.body.outerHTML), before);
    await page.close();
  });

  test('hovering a term opens its definition card; leaving closes it', async () => {
    const { page } = await ctx.session.openTab(seedUrl());
    await waitFor(async () => (await markedTexts(page)).length > 0, { message: 'marks' });
    const point = await termPoint(page, 'distillation');
    await page.mouse.move(point.x, point.y);
    const text = await waitFor(() => cardText(page), { message: 'the card to open' });
    assert.match(text, /distillation/i);
    assert.match(text, /smaller|student|teacher/i, 'the definition is shown');
    const role = await page.evaluate(() =>
      document.querySelector('gloss-card').shadowRoot.querySelector('.card').getAttribute('role'),
    );
    assert.equal(role, 'dialog');
    await page.mouse.move(5, 5);
    await waitFor(async () => (await cardText(page)) === null, { message: 'the card to close' });
    await page.close();
  });

  test('the keyboard opens the card with focus in it, and Esc closes it', async () => {
    const { page, tabId } = await ctx.session.openTab(seedUrl());
    await page.bringToFront();
    // The reader is on a control of the story's when they ask for the next term.
    await page.focus('.share-bar button');
    const reply = await ctx.session.askTab(tabId, { type: 'next-term' });
    assert.equal(reply.found, true);
    await waitFor(() => cardText(page), { message: 'the card' });
    const focused = await page.evaluate(() => document.activeElement?.tagName === 'GLOSS-CARD');
    assert.ok(focused, 'focus moved into the card');
    assert.ok(await paintsHighlight(page, 'gloss-term-active'), 'the term is highlighted');
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(
      () => document.querySelector('gloss-card').shadowRoot.activeElement?.tagName,
    );
    assert.equal(inside, 'BUTTON');
    await page.keyboard.press('Escape');
    await waitFor(async () => (await cardText(page)) === null, {
      message: 'Esc to close the card',
    });
    const back = await page.evaluate(() => document.activeElement?.textContent);
    assert.equal(back, 'Facebook', 'focus goes back to where it was');
    await page.close();
  });

  test('a term added in the options page appears on the open page', async () => {
    const { page } = await ctx.session.openTab(seedUrl());
    const options = await ctx.session.openExtensionPage('/options.html#add?term=Sputnik%20moment');
    await options.waitForSelector('#entry-definition', { timeout: 10_000 });
    await options.type(
      '#entry-definition',
      'A shock that makes a rival realise it has fallen behind.',
    );
    await options.click('.entry-form button[type=submit]');
    await waitFor(
      async () => (await markedTexts(page)).some((t) => t.toLowerCase() === 'sputnik moment'),
      {
        message: 'the new term marked in the open tab',
      },
    );
    await options.close();
    await page.close();
  });

  test('a hostile import is refused and the glossary is unchanged', async () => {
    const before = await readGlossary(ctx.session);
    const dir = mkdtempSync(join(tmpdir(), 'gloss-import-'));
    const file = join(dir, 'hostile.json');
    writeFileSync(
      file,
      '{"format":"gloss-glossary","version":1,"entries":[{"term":"<img src=x onerror=alert(1)>",',
    );
    const options = await ctx.session.openExtensionPage('/options.html#import');
    const input = await options.waitForSelector('#import-file', { timeout: 10_000 });
    await input.uploadFile(file);
    const message = await waitFor(
      () => options.$eval('#import-message', (el) => el.textContent.trim()).catch(() => ''),
      { message: 'the import error' },
    );
    assert.match(message, /not|invalid|error|could/i);
    assert.equal(await options.$('#import-apply:not([disabled])'), null, 'nothing to apply');
    assert.deepEqual(await readGlossary(ctx.session), before);
    await options.close();
  });
});
