// Clean at first paint on an always-clean site, measured with a paint observer: an inline script
// at the top of the page records, in every animation frame (each runs just before the browser
// draws), which blocks are on screen. Side by side in one run: the same page with the
// first-paint script registered, and without it (Gloss's plan only, applied after the analysis).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inEachBrowser, waitFor } from './browsers.mjs';
import { clickOn, reportParagraphs } from './page-helpers.mjs';

/** The registrations for sites without and with the reader's own rules (hold.css). */
const SCRIPT_IDS = ['gloss-first-paint', 'gloss-first-paint-held'];

/** The blocks the observer watches, by id. */
const LANDMARKS = ['masthead', 'menu', 'rail', 'footer'];
const OVERLAY = 'consent';
const PICKED = 'promo';
/** Clutter only the analysis finds (a class name, no landmark or role): the guess leaves it. */
const CLASS_ONLY = 'ad';

/** In each frame: whether the page is held undrawn (hold.css), and which blocks are drawn. */
const OBSERVER = `<script>
window.__frames = [];
const WATCH = ${JSON.stringify([...LANDMARKS, OVERLAY, PICKED, CLASS_ONLY, 'story'])};
const DRAWN = { opacityProperty: true, visibilityProperty: true };
function sample() {
  const row = { held: document.body ? getComputedStyle(document.body).opacity === '0' : null };
  for (const id of WATCH) {
    const element = document.getElementById(id);
    row[id] = element ? element.checkVisibility(DRAWN) : null;
  }
  window.__frames.push(row);
  if (!window.__stop) requestAnimationFrame(sample);
}
requestAnimationFrame(sample);
</script>`;

const PARAGRAPHS = reportParagraphs(10)
  .map((text) => `<p>${text}</p>`)
  .join('\n');

/** A news page whose clutter is landmarks, a cookie dialog, a box the reader picked, and an ad. */
const NEWS = `<!doctype html><html lang="en"><head><meta charset="utf-8">${OBSERVER}
<title>Council delays budget vote</title><meta property="og:type" content="article"></head>
<body>
<header id="masthead"><a href="/">The Courier</a> <a href="/news">News</a> <a href="/sport">Sport</a></header>
<nav id="menu"><a href="/a">Politics</a> <a href="/b">Business</a> <a href="/c">Culture</a></nav>
<div id="consent" role="dialog" aria-label="Cookies"><span>We use cookies to improve the site.</span> <button>Accept</button></div>
<main><article id="story"><h1>Council delays budget vote</h1>
${PARAGRAPHS}
</article></main>
<div id="promo" class="box"><strong>Become a member of The Courier</strong> and read without limits.</div>
<div id="ad" class="ad-slot">Advertisement · Buy the new phone today</div>
<aside id="rail"><h2>Most read</h2><ul><li><a href="/1">Storm closes bridge</a></li><li><a href="/2">Mayor resigns</a></li><li><a href="/3">Team wins cup</a></li></ul></aside>
<footer id="footer"><a href="/about">About</a> <a href="/privacy">Privacy</a></footer>
</body></html>`;

/**
 * A page where the guess would be wrong: the story is opened over the front page in a modal
 * dialog (an overlay by role), inside an <aside> of the layout. The guess must keep it.
 */
const STORY_IN_DIALOG = `<!doctype html><html lang="en"><head><meta charset="utf-8">${OBSERVER}
<title>Council delays budget vote</title><meta property="og:type" content="article"></head>
<body>
<header id="masthead"><a href="/">The Courier</a> <a href="/news">News</a></header>
<aside class="layer"><div role="dialog" aria-modal="true" aria-label="Story">
<article id="story"><h1>Council delays budget vote</h1>
${PARAGRAPHS}
</article></div></aside>
<footer id="footer"><a href="/about">About</a></footer>
</body></html>`;

/** Ticks or unticks "Always clean on this site" in the popup, as the reader does. */
async function setAlwaysClean(ctx, tabId, on) {
  const popup = await ctx.session.openExtensionPage(`/popup.html?tab=${tabId}`);
  await popup.waitForSelector('.check input', { timeout: 10_000 });
  if ((await popup.$eval('.check input', (input) => input.checked)) !== on) {
    await popup.click('.check input');
  }
  await ctx.session.pageState(tabId, (s) => s.alwaysClean === on);
  await popup.close();
}

/** The first-paint registration that covers this site, or null. */
const registered = (session) =>
  session.inExtension(async (ids) => {
    const api = globalThis.browser ?? globalThis.chrome;
    const scripts = await api.scripting.getRegisteredContentScripts({ ids });
    return scripts.find((script) => script.matches.includes('*://127.0.0.1/*')) ?? null;
  }, SCRIPT_IDS);

/**
 * Loads the page again and returns the frames sampled until Gloss had the page clean (and a few
 * after), how many of them were held undrawn, in how many each watched block was drawn, and
 * whether the story was drawn in every frame that drew the page once it existed.
 */
async function measure(ctx, page, tabId) {
  await page.bringToFront();
  await page.reload({ waitUntil: 'domcontentloaded' });
  await ctx.session.pageState(tabId, (s) => s.clean);
  // Gloss switches clean mode on and ends the guess in one task: a few frames more show both.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const frames = await page.evaluate(() => {
    window.__stop = true;
    return window.__frames;
  });
  const shown = (id) => frames.filter((row) => row[id] === true).length;
  const story = frames.filter((row) => row.story !== null && !row.held);
  return {
    frames: frames.length,
    held: frames.filter((row) => row.held).length,
    shown: Object.fromEntries(
      [...LANDMARKS, OVERLAY, PICKED, CLASS_ONLY].map((id) => [id, shown(id)]),
    ),
    storyAlwaysShown: story.length > 0 && story.every((row) => row.story === true),
  };
}

inEachBrowser(
  'first paint',
  (ctx) => {
    test("on an always-clean site, landmarks, overlays and the reader's picks are never drawn; the article always is", async (t) => {
      const url = ctx.server.url('/news.html');
      const { page, tabId } = await ctx.session.openTab(url);
      await page.bringToFront();
      // The reader hides the membership box with the picker and keeps the site clean.
      await ctx.session.askTab(tabId, { type: 'start-picker', mode: 'hide' });
      // Its right end, past its words: the box itself, not the <strong> in it.
      await clickOn(page, '#promo', -4);
      await setAlwaysClean(ctx, tabId, true);
      const script = await waitFor(
        async () => {
          const found = await registered(ctx.session);
          return found?.id === 'gloss-first-paint-held' ? found : null;
        },
        { message: 'the first-paint script registered for the site, with its picks' },
      );
      assert.equal(script.runAt, 'document_start');
      assert.deepEqual([...script.css].sort(), [
        'first-paint/hold.css',
        'first-paint/landmarks.css',
        'first-paint/overlays.css',
        'first-paint/picks.css',
      ]);
      await waitFor(
        async () => {
          const sites = await ctx.session.inExtension(async () => {
            const api = globalThis.browser ?? globalThis.chrome;
            return (await api.storage.local.get('sites')).sites;
          });
          return sites?.data?.['127.0.0.1']?.hide.length > 0;
        },
        { message: 'the pick saved' },
      );

      const withGuess = await measure(ctx, page, tabId);
      await ctx.session.inExtension(async (id) => {
        const api = globalThis.browser ?? globalThis.chrome;
        await api.scripting.unregisterContentScripts({ ids: [id] });
      }, script.id);
      const planOnly = await measure(ctx, page, tabId);
      // Off and on again: the background registers the script anew.
      await setAlwaysClean(ctx, tabId, false);
      await setAlwaysClean(ctx, tabId, true);
      await waitFor(() => registered(ctx.session), { message: 'the script registered again' });
      t.diagnostic(
        `${ctx.name}, frames with each block on screen, first-paint script: ${JSON.stringify(withGuess)}`,
      );
      t.diagnostic(
        `${ctx.name}, frames with each block on screen, plan only: ${JSON.stringify(planOnly)}`,
      );

      for (const id of [...LANDMARKS, OVERLAY, PICKED]) {
        assert.equal(withGuess.shown[id], 0, `${id} is never drawn`);
      }
      assert.ok(withGuess.storyAlwaysShown, 'the article is drawn in every frame');
      assert.ok(
        withGuess.held <= withGuess.frames / 2,
        'the page is held back a few frames at most',
      );
      // The observer sees what is drawn: without the guess the landmarks show until the plan.
      assert.ok(planOnly.shown.masthead > 0, 'without the guess the masthead is drawn');
      assert.ok(planOnly.storyAlwaysShown);
      // The guess is gone once the plan is in force; the plan hides what the guess did not.
      const after = await page.evaluate(() => ({
        guess: document.documentElement.hasAttribute('data-gloss-first-paint'),
        marks: document.querySelectorAll('[data-gloss-early-hide], [data-gloss-early-show]').length,
        ad: document.getElementById('ad').checkVisibility(),
      }));
      assert.deepEqual(after, { guess: false, marks: 0, ad: false });
      await page.close();
    });

    test('where the guess would be wrong (the story in a modal dialog in an aside), the article is drawn in every frame', async () => {
      const url = ctx.server.url('/story-in-dialog.html');
      const { page, tabId } = await ctx.session.openTab(url);
      await setAlwaysClean(ctx, tabId, true);
      await waitFor(() => registered(ctx.session), {
        message: 'the first-paint script registered',
      });
      const frames = await measure(ctx, page, tabId);
      assert.ok(frames.storyAlwaysShown, 'the article is drawn in every frame');
      assert.equal(frames.shown.masthead, 0, 'the masthead is never drawn');
      const visible = await page.evaluate(() => document.body.innerText);
      assert.match(visible, /Council delays budget vote/);
      assert.match(visible, /Paragraph 10 of the report/);
      assert.doesNotMatch(visible, /The Courier/);
      await page.close();
    });

    test('the registration follows the reader: categories pick the stylesheets, forgetting the site removes it', async () => {
      const { page, tabId } = await ctx.session.openTab(ctx.server.url('/news.html'));
      await setAlwaysClean(ctx, tabId, true);
      await waitFor(() => registered(ctx.session), {
        message: 'the first-paint script registered',
      });
      const options = await ctx.session.openExtensionPage('/options.html#clean');
      await options.waitForSelector('#category-navigation', { timeout: 10_000 });
      await options.click('#category-navigation');
      await waitFor(
        async () => {
          const script = await registered(ctx.session);
          return script && !script.css.includes('first-paint/landmarks.css');
        },
        { message: 'the landmarks guess dropped with the navigation category' },
      );
      await options.click('#category-navigation');
      await waitFor(
        async () => (await registered(ctx.session))?.css.includes('first-paint/landmarks.css'),
        { message: 'the landmarks guess back' },
      );
      await options.close();

      const sites = await ctx.session.openExtensionPage('/options.html#sites');
      await sites.waitForSelector('.site button.secondary', { timeout: 10_000 });
      sites.on('dialog', (dialog) => dialog.accept());
      await sites.click('.site button.secondary');
      await waitFor(async () => (await registered(ctx.session)) === null, {
        message: 'the script unregistered',
      });
      await sites.close();
      await page.close();
    });
  },
  {
    routes: {
      '/news.html': () => ({ body: NEWS }),
      '/story-in-dialog.html': () => ({ body: STORY_IN_DIALOG }),
    },
  },
);
