// Single-page apps: the next article rendered into the same page, before or after the app
// changes the address with pushState, and an app that starts on a page that is not an article.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inEachBrowser } from './browsers.mjs';

/** One sentence per paragraph, each with its story's marker word, so claims can be told apart. */
const STORIES = {
  a: {
    title: 'Laboratory bets on distillation to shrink its models',
    paragraphs: Array.from(
      { length: 9 },
      (_, i) =>
        `The laboratory said in its report number ${i + 1} that distillation from a larger teacher model had cut the cost of running its assistant by more than half without any loss in accuracy.`,
    ),
  },
  b: {
    title: 'Economists warn that new tariffs will feed inflation',
    paragraphs: Array.from(
      { length: 9 },
      (_, i) =>
        `Economists at the central bank argued in their note number ${i + 1} that the new tariff on imported steel will push inflation above three percent by the end of next year.`,
    ),
  },
};

/**
 * The app: renders the story named by the address; `go(id, order)` moves to another one, either
 * rendering it and calling pushState in a later task, or calling pushState, showing a
 * placeholder, and rendering the story a moment later (as an app that fetches it does).
 */
const APP = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title></head>
<body><header><nav><a href="/spa/a">A</a> <a href="/spa/b">B</a></nav></header>
<main><article id="story"></article></main><footer><p>© The News</p></footer>
<script>
const STORIES = ${JSON.stringify(STORIES)};
const story = document.getElementById('story');
function render(id) {
  const s = STORIES[id];
  if (!s) {
    story.replaceChildren(...Object.keys(STORIES).map((key) => {
      const link = document.createElement('a');
      link.href = '/spa/' + key;
      link.textContent = STORIES[key].title;
      return link;
    }));
    return;
  }
  document.title = s.title;
  const h1 = document.createElement('h1');
  h1.textContent = s.title;
  story.replaceChildren(h1, ...s.paragraphs.map((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    return p;
  }));
}
window.go = (id, order) => {
  if (order === 'render, then pushState') {
    // As a framework that commits the view, then updates the address in an effect.
    render(id);
    setTimeout(() => history.pushState({}, '', '/spa/' + id), 50);
  } else {
    history.pushState({}, '', '/spa/' + id);
    const loading = document.createElement('p');
    loading.textContent = 'Loading…';
    story.replaceChildren(loading);
    setTimeout(() => render(id), 400);
  }
};
const here = () => location.pathname.split('/').pop();
addEventListener('popstate', () => render(here()));
render(here());
</script></body></html>`;

/** Waits until Gloss describes story `id`: its title, its claims only, its terms. */
async function describesStory(ctx, tabId, id) {
  const other = id === 'a' ? 'Economists' : 'laboratory';
  const marker = id === 'a' ? 'laboratory' : 'Economists';
  return ctx.session.pageState(
    tabId,
    (s) =>
      s.title === STORIES[id].title &&
      s.claims.length > 0 &&
      s.claims.every((claim) => claim.text.includes(marker) && !claim.text.includes(other)),
  );
}

const termIds = (state) => state.terms.map((term) => term.id).sort();

inEachBrowser(
  'single-page apps',
  (ctx) => {
    for (const order of ['render, then pushState', 'pushState, then render']) {
      test(`the next article, ${order}: title, claims, terms and claim jumps follow`, async () => {
        const { page, tabId } = await ctx.session.openTab(ctx.server.url('/spa/a'));
        const first = await describesStory(ctx, tabId, 'a');
        assert.ok(termIds(first).includes('distillation'), termIds(first).join());

        await page.evaluate((o) => window.go('b', o), order);
        const next = await describesStory(ctx, tabId, 'b');
        assert.ok(termIds(next).includes('inflation'), termIds(next).join());
        assert.ok(!termIds(next).includes('distillation'), 'no term of the old story');
        const jump = await ctx.session.askTab(tabId, { type: 'go-to-claim', index: 0 });
        assert.equal(jump.found, true, 'a claim jump finds its sentence');

        // Back: the app renders the first story again on popstate.
        await page.evaluate(() => history.back());
        await describesStory(ctx, tabId, 'a');
        assert.deepEqual(page.pageErrors, []);
        await page.close();
      });
    }

    test('an app that starts on a list gets Gloss on the article it moves to', async () => {
      const { page, tabId, state } = await ctx.session.openTab(ctx.server.url('/spa/home'));
      assert.equal(state.isArticle, false);
      await page.evaluate(() => window.go('b', 'render, then pushState'));
      const next = await ctx.session.pageState(
        tabId,
        (s) => s.isArticle && s.title === STORIES.b.title && s.claims.length > 0,
      );
      assert.ok(termIds(next).includes('inflation'), termIds(next).join());
      await page.close();
    });
  },
  {
    routes: Object.fromEntries(
      ['/spa/a', '/spa/b', '/spa/home'].map((p) => [p, () => ({ body: APP })]),
    ),
  },
);
