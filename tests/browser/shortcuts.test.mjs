// The keyboard shortcuts as a reader meets them: in a headed browser, the keys the browser
// assigned on install, pressed for real (xdotool on a virtual display), with the page or the
// address bar holding the keyboard.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { BROWSERS, inEachBrowser, waitFor } from './browsers.mjs';
import { expectations, present, serialize, visibleText } from './page-helpers.mjs';

const seed = expectations('seed-article');
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The suggested keys in the built manifest of a browser, by command name. */
function suggestedKeys(name) {
  const manifest = JSON.parse(
    readFileSync(new URL(`../../${BROWSERS[name].build}/manifest.json`, import.meta.url), 'utf8'),
  );
  return Object.fromEntries(
    Object.entries(manifest.commands).map(([command, spec]) => [
      command,
      spec.suggested_key.default,
    ]),
  );
}

/** 'Alt+Shift+U' as xdotool writes it: 'alt+shift+u'. */
const xdotoolKeys = (shortcut) => shortcut.toLowerCase();

const assignedShortcuts = (session) =>
  session.inExtension(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    return Object.fromEntries((await api.commands.getAll()).map((c) => [c.name, c.shortcut]));
  });

/**
 * Firefox's own test for "this is a Firefox shortcut", the one its shortcut editor uses: a <key>
 * of the browser window's own keysets. It runs in about:addons, which may reach Firefox's modules.
 */
async function firefoxOwnShortcuts(session, shortcuts) {
  const page = await session.browser.newPage();
  page.goto('about:addons').catch(() => {});
  const owned = await waitFor(
    () =>
      page.evaluate((keys) => {
        /* global ChromeUtils, Services -- Firefox's privileged globals in about:addons */
        const { ShortcutUtils } = ChromeUtils.importESModule(
          'resource://gre/modules/ShortcutUtils.sys.mjs',
        );
        const window = Services.wm.getMostRecentWindow('navigator:browser');
        // Two of Firefox's own, so the check is seen to answer yes as well as no.
        return Object.fromEntries(
          [...keys, 'Ctrl+Shift+B', 'Ctrl+Shift+R'].map((k) => [
            k,
            Boolean(ShortcutUtils.isSystem(window, k)),
          ]),
        );
      }, shortcuts),
    { message: 'about:addons to answer' },
  );
  await page.close();
  return owned;
}

/** The text of the open definition card, or null. */
const cardText = (page) =>
  page.evaluate(
    () =>
      document.querySelector('gloss-card')?.shadowRoot?.querySelector('.card')?.textContent ?? null,
  );

/** Which mark (its index in page order) the active-term highlight is on, or -1. */
const activeMark = (page) =>
  page.evaluate(() => {
    const active = [...(CSS.highlights.get('gloss-term-active') ?? [])][0];
    if (!active) return -1;
    return [...CSS.highlights.get('gloss-term')].findIndex(
      (range) =>
        range.startContainer === active.startContainer && range.startOffset === active.startOffset,
    );
  });

const pageHasKeyboard = (page) => page.evaluate(() => document.hasFocus());

const cardHasFocus = (page) =>
  page.evaluate(() => document.activeElement?.tagName === 'GLOSS-CARD');

/** The seed page in front, once its terms are marked, and the next-term key to press. */
async function openMarkedSeed(ctx) {
  const { page } = await ctx.session.openTab(ctx.server.url('/seed-article.html'));
  await page.bringToFront();
  const marks = await waitFor(
    () => page.evaluate(() => CSS.highlights.get('gloss-term')?.size ?? 0),
    { message: 'terms marked' },
  );
  return { page, marks, key: xdotoolKeys(suggestedKeys(ctx.name)['next-term']) };
}

inEachBrowser(
  'keyboard shortcuts',
  (ctx) => {
    test('the browser assigns the suggested keys on install, and none of them is its own', async () => {
      const suggested = suggestedKeys(ctx.name);
      const assigned = await assignedShortcuts(ctx.session);
      for (const command of ['toggle-clean-mode', 'next-term']) {
        assert.equal(assigned[command], suggested[command], `${command} got its suggested key`);
        assert.ok(README.includes(suggested[command]), `the README names ${suggested[command]}`);
      }
      // Chromium assigns a suggested key only if it is none of its own accelerators, so the
      // assignment above is Chromium's own check; Firefox assigns any, so ask it.
      if (ctx.name === 'firefox') {
        const owned = await firefoxOwnShortcuts(ctx.session, Object.values(suggested));
        assert.deepEqual(owned, {
          ...Object.fromEntries(Object.values(suggested).map((k) => [k, false])),
          'Ctrl+Shift+B': true,
          'Ctrl+Shift+R': true,
        });
      }
      // The options page shows the keys the browser assigned.
      const options = await ctx.session.openExtensionPage('/options.html#shortcuts');
      const shown = await waitFor(
        () =>
          options.evaluate(() => {
            const cell = document.querySelector('[data-command="toggle-clean-mode"] kbd');
            return cell?.textContent;
          }),
        { message: 'the shortcuts table' },
      );
      assert.equal(shown, assigned['toggle-clean-mode']);
      // …and opens the browser's own shortcut settings.
      const settings = ctx.name === 'firefox' ? 'about:addons' : 'chrome://extensions/shortcuts';
      await options.click('#shortcuts-heading ~ p button');
      await waitFor(
        async () => (await ctx.session.browser.pages()).some((p) => p.url().startsWith(settings)),
        { message: `${settings} to open` },
      );
      for (const tab of await ctx.session.browser.pages()) {
        if (tab.url().startsWith(settings)) await tab.close();
      }
      await options.close();
    });

    test('the clean-mode key, pressed for real, switches clean mode on, and off restores the page exactly', async () => {
      const key = xdotoolKeys(suggestedKeys(ctx.name)['toggle-clean-mode']);
      const { page, tabId } = await ctx.session.openTab(ctx.server.url('/seed-article.html'));
      await page.bringToFront();
      const original = await serialize(page);
      ctx.keyboard.press(key);
      await ctx.session.pageState(tabId, (s) => s.clean);
      assert.deepEqual(
        present(await visibleText(page), seed.mustHide),
        [],
        'the clutter is hidden',
      );
      ctx.keyboard.press(key);
      await ctx.session.pageState(tabId, (s) => !s.clean);
      assert.equal(await serialize(page), original, 'the page is as it was');
      assert.deepEqual(page.pageErrors, []);
      await page.close();
    });

    test('the next-term key goes on from the reading position: the card last opened, else the top of the window', async () => {
      const { page, key, marks } = await openMarkedSeed(ctx);
      assert.ok(marks >= 4, `enough terms to step through (${marks})`);

      ctx.keyboard.press(key);
      await waitFor(() => cardText(page), { message: 'the card' });
      assert.equal(await activeMark(page), 0, 'from the top of the page, the first term');
      assert.ok(await cardHasFocus(page), 'focus is in the card');
      ctx.keyboard.press('Escape');
      await waitFor(async () => (await cardText(page)) === null, { message: 'Esc to close it' });

      // After Esc, the key goes on from the card last opened (still in view), not from the top.
      ctx.keyboard.press(key);
      await waitFor(async () => (await activeMark(page)) === 1, { message: 'the second term' });
      ctx.keyboard.press('Escape');
      await waitFor(async () => (await cardText(page)) === null, { message: 'Esc to close it' });

      // After a scroll, from the top of the window: the first term below it.
      const { expected, lastOpenedBottom } = await page.evaluate(() => {
        const ranges = [...CSS.highlights.get('gloss-term')];
        const target = ranges.at(-2);
        window.scrollTo(0, target.getBoundingClientRect().top + window.scrollY - 5);
        return {
          expected: ranges.findIndex((range) => range.getBoundingClientRect().top >= 0),
          lastOpenedBottom: ranges[1].getBoundingClientRect().bottom,
        };
      });
      assert.ok(lastOpenedBottom < 0, 'the card last opened is out of view');
      assert.ok(expected >= 2, `the scroll passed the terms already read (${expected})`);
      ctx.keyboard.press(key);
      await waitFor(async () => (await activeMark(page)) === expected, {
        message: `term ${expected}, the first below the window's top`,
      });
      assert.deepEqual(page.pageErrors, []);
      await page.close();
    });

    test('from the address bar, the next-term key opens the card, which has the keyboard as soon as the browser gives it back', async () => {
      const { page, key } = await openMarkedSeed(ctx);
      ctx.keyboard.press('ctrl+l');
      await waitFor(async () => !(await pageHasKeyboard(page)), { message: 'the address bar' });
      ctx.keyboard.press(key);
      await waitFor(() => cardText(page), { message: 'the card' });
      assert.equal(await activeMark(page), 0);
      assert.ok(await cardHasFocus(page), "the card has the page's focus");
      // No browser lets an extension take the keyboard from its address bar: Esc there is the
      // browser's (Chromium hands the keyboard back at the first, Firefox at the third).
      let escapes = 0;
      while (!(await pageHasKeyboard(page)) && escapes < 3) {
        ctx.keyboard.press('Escape');
        escapes += 1;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      assert.ok(await pageHasKeyboard(page), `the browser gave the keyboard back (${escapes} Esc)`);
      assert.ok(await cardText(page), 'the card is still open');
      assert.ok(await cardHasFocus(page), 'and has the focus');
      ctx.keyboard.press('Escape');
      await waitFor(async () => (await cardText(page)) === null, {
        message: 'the first Esc the page gets to close the card',
      });
      await page.close();
    });
  },
  { headed: true },
);
