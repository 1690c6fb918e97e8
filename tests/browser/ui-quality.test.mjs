// Accessibility of every surface Gloss draws (axe-core, in both browsers), and the screenshots
// the README shows. Screenshots go to tests/browser/artifacts/; `npm run screenshots` writes
// them to docs/screenshots/ instead.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { inEachBrowser, waitFor } from './browsers.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = fileURLToPath(
  new URL(
    process.env.GLOSS_SCREENSHOTS ? '../../docs/screenshots/' : './artifacts/',
    import.meta.url,
  ),
);
mkdirSync(SHOTS, { recursive: true });

/** Runs axe in a page (evaluated by the driver, so extension pages' CSP does not block it). */
async function axeViolations(page, context) {
  await page.evaluate(AXE);
  return page.evaluate(async (ctx) => {
    const result = await globalThis.axe.run(ctx ?? document, { resultTypes: ['violations'] });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  }, context);
}

inEachBrowser('accessibility and screenshots', (ctx) => {
  const seedUrl = () => ctx.server.url('/seed-article.html');

  test('the popup has no axe violations, and is drawn before the page answers', async (t) => {
    const page = await ctx.session.newPage(seedUrl());
    const tabId = await ctx.session.tabIdOf(seedUrl());
    await ctx.session.setClean(tabId, true);
    await ctx.session.pageState(tabId, (s) => s.clean);
    const popup = await ctx.session.openExtensionPage(`/popup.html?tab=${tabId}`);
    await popup.setViewport({ width: 400, height: 900 });
    await popup.waitForSelector('.claim', { timeout: 10_000 });
    assert.deepEqual(await axeViolations(popup), []);
    const [firstRender, ready] = await popup.evaluate(() =>
      ['gloss:popup-first-render', 'gloss:popup-ready'].map(
        (n) => performance.getEntriesByName(n)[0]?.startTime,
      ),
    );
    t.diagnostic(
      `${ctx.name} popup: first render ${firstRender?.toFixed(0)} ms, page state shown ${ready?.toFixed(0)} ms`,
    );
    // The popup draws at once and fills in when the page answers; it never waits on the page.
    assert.ok(firstRender <= ready, 'the popup is drawn before the page state arrives');
    await popup.screenshot({ path: `${SHOTS}/${ctx.name}-popup.png`, fullPage: true });
    await popup.close();
    await page.close();
  });

  test('the options page has no axe violations on any of its sections', async () => {
    const options = await ctx.session.openExtensionPage('/options.html');
    await options.setViewport({ width: 1100, height: 900 });
    const routes = await options.$$eval('nav a[href^="#"]', (links) =>
      links.map((a) => a.getAttribute('href')),
    );
    assert.ok(routes.length >= 6, `found sections: ${routes}`);
    for (const route of routes) {
      await options.evaluate((r) => (location.hash = r), route);
      await waitFor(() => options.evaluate((r) => location.hash === r, route), {
        message: route,
      });
      await new Promise((resolve) => setTimeout(resolve, 150));
      assert.deepEqual(await axeViolations(options), [], `violations on ${route}`);
    }
    await options.evaluate(() => (location.hash = '#glossary'));
    await new Promise((resolve) => setTimeout(resolve, 150));
    await options.screenshot({ path: `${SHOTS}/${ctx.name}-options.png` });
    await options.close();
  });

  test('the definition card has no axe violations, in light and dark', async () => {
    const { page, tabId } = await ctx.session.openTab(seedUrl());
    for (const scheme of ['light', 'dark']) {
      await page
        .emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }])
        .catch(() => {});
      await ctx.session.askTab(tabId, { type: 'next-term' });
      await page.waitForFunction(() =>
        document.querySelector('gloss-card')?.shadowRoot?.querySelector('.card'),
      );
      assert.deepEqual(
        await axeViolations(page, { include: [['gloss-card']] }),
        [],
        `violations in ${scheme}`,
      );
      if (ctx.name === 'chromium') await page.screenshot({ path: `${SHOTS}/card-${scheme}.png` });
      await page.keyboard.press('Escape');
    }
    await page.close();
  });

  test('screenshots of the seed page before and after clean mode', async () => {
    const { page, tabId } = await ctx.session.openTab(seedUrl());
    await page.screenshot({ path: `${SHOTS}/${ctx.name}-seed-before.png` });
    await ctx.session.setClean(tabId, true);
    await ctx.session.pageState(tabId, (s) => s.clean);
    await page.screenshot({ path: `${SHOTS}/${ctx.name}-seed-after.png` });
    await ctx.session.setClean(tabId, false);
    await page.close();
  });
});
