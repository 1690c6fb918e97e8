// Pages that fight, churn, nest or trick: each builder returns `{ type, body }` for a server
// route. The article text is original; every page carries a small script of its own (a ticking
// counter and a wired button) so the tests can tell that Gloss left the page working.

/** Errors a page logs on purpose carry this marker; the tests ignore those and only those. */
export const PAGE_MARKER = '[page-own]';

const html = (body) => ({ type: 'text/html; charset=utf-8', body });
const esc = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphs = (list) => list.map((text) => `<p>${esc(text)}</p>`).join('\n');

export const MICROFORESTS = {
  title: 'The tiny forests growing in car parks',
  paragraphs: [
    'On a former car park behind a supermarket in Utrecht, a patch of ground no bigger than a tennis court now holds more than six hundred young trees. Three years ago it was tarmac; today the canopy is already above head height, and the council counts it among the most species-rich plots in the city.',
    'The method behind it was developed by the Japanese botanist Akira Miyawaki in the 1970s. Instead of planting a few saplings far apart, volunteers dig the soil deeply, enrich it with compost and plant three native trees per square metre, mixing dozens of species from the canopy down to the shrub layer.',
    'According to a 2023 survey by the Dutch nature organisation IVN, the country now has more than 300 such tiny forests. Researchers from Wageningen University found that a typical plot attracts around 600 animal species within its first two years, most of them insects that had no habitat in the surrounding streets.',
    'Critics point out that the dense planting is expensive. A single tiny forest costs between 15,000 and 25,000 euros to establish, far more per tree than conventional planting, and the early survival rates reported by enthusiasts are rarely checked by independent ecologists.',
    'The cooling effect is the argument that has won over most city engineers. Measurements taken on hot afternoons show that the air inside a mature plot can be four degrees cooler than the pavement a few metres away, and the soil absorbs rain that would otherwise flood the drains.',
    'School children do much of the planting, and that is deliberate. Organisers say a forest that a neighbourhood planted with its own hands is far less likely to be vandalised, and that the plots double as outdoor classrooms where pupils log the insects they find each spring.',
    'Whether the forests will last is an open question. The oldest urban plots in Europe are barely a decade old, and nobody yet knows how they will cope with the droughts that Dutch summers increasingly bring, or with the competition between trees once the canopy closes.',
    'For now the volunteers in Utrecht are unbothered. They have already found a hedgehog living under the hazel, and the supermarket has asked whether the second half of its car park might be next.',
  ],
};

export const NIGHT_TRAINS = {
  title: 'Why the night train is back on European rails',
  paragraphs: [
    'Ten years ago the night train looked finished. Germany’s national operator sold its sleeper carriages in 2016, arguing that cheap flights and fast daytime trains had left overnight services with too few passengers to pay their way.',
    'The Austrian railway took the opposite bet. It bought many of the German carriages, relaunched them under its Nightjet brand and now runs more than twenty routes, from Vienna to Paris, Hamburg to Zurich and Munich to Rome.',
    'Demand has surprised even the operators. In 2023 the Nightjet network carried about 1.5 million passengers, and several routes sell out weeks ahead in summer, when a couchette costs less than a hotel room in the city of arrival.',
    'The economics remain difficult. A sleeper carriage carries a fraction of the passengers of a daytime coach, track access charges are billed per kilometre in every country a train crosses, and the new carriages ordered in 2018 arrived years late.',
    'Climate policy has been the main tailwind. The European Commission wants cross-border rail traffic to double by 2030, and a study for the Commission found that a night train emits roughly a tenth of the carbon of a flight on the same route.',
    'Passengers are less patient with the old rolling stock. Complaints about broken air conditioning and missing restaurant cars are common on review sites, and operators admit that reliability on long cross-border routes is worse than on domestic lines.',
  ],
};

const STYLE = `
body{margin:0;font:17px/1.6 Georgia,serif;color:#222;background:#fafafa}
.site-header{background:#123;color:#fff;padding:10px 24px;display:flex;gap:18px;align-items:center}
.site-header a{color:#cde;font:14px sans-serif}
.layout{max-width:1100px;margin:20px auto;display:grid;grid-template-columns:minmax(0,1fr) 280px;gap:32px;padding:0 16px}
.post{background:#fff;padding:24px 32px;border-radius:6px}
.post h1{font-size:32px;line-height:1.2;margin:0 0 8px}
.byline{color:#666;font:14px sans-serif}
.sidebar{font:14px sans-serif}
.box{background:#fff;border-radius:6px;padding:12px 16px;margin-bottom:16px}
.app-promo{background:#1b1f3b;color:#fff;border-radius:8px;padding:16px 20px;margin:18px 0;font:15px sans-serif}
.newsletter{background:#eef4ff}
.ad-slot{background:#eee;border:1px dashed #bbb;height:250px;display:flex;align-items:center;justify-content:center;color:#999;font:11px sans-serif;text-transform:uppercase;margin:16px 0}
.site-footer{background:#16181d;color:#aaa;padding:24px;font:13px sans-serif}
.site-footer a{color:#ddd;margin-right:12px}
`;

const HEADER = `<header class="site-header" id="masthead"><a href="/" class="brand">The Ledger</a>
<nav aria-label="Sections"><a href="/world">World</a> <a href="/science">Science</a> <a href="/cities">Cities</a> <a href="/travel">Travel</a> <a href="/opinion">Opinion</a></nav></header>`;

const FOOTER = `<footer class="site-footer"><p><a href="/about">About us</a><a href="/privacy">Privacy policy</a><a href="/terms">Terms of use</a><a href="/contact">Contact</a></p>
<p>© 2025 The Ledger Media. All rights reserved.</p></footer>`;

export const APP_PROMO = `<aside class="app-promo" data-module="app-download"><h3>Download our app</h3><p>Get the news on the go: download our app today from the App Store or Google Play and never miss a story.</p><a href="/go/app-store">App Store</a> <a href="/go/play">Google Play</a></aside>`;

export const NEWSLETTER = `<div class="box newsletter" data-module="newsletter"><h4>Morning briefing newsletter</h4><p>Subscribe to our newsletter: the five stories you need, every weekday at 7 a.m.</p><form action="/newsletter" method="post"><input type="email" name="email" placeholder="you@example.com" aria-label="Email address"><button type="submit">Subscribe</button></form></div>`;

const RELATED = `<div class="box related" data-module="related"><h4>Related stories</h4><ul>
<li><a href="/cities/rooftop-farms">Rooftop farms feed a neighbourhood in Rotterdam</a></li>
<li><a href="/science/hedgehog-census">The great hedgehog census of 2024</a></li>
<li><a href="/cities/heat-maps">Mapping the hottest streets in Europe</a></li></ul></div>`;

/**
 * The page's own life: a counter ticking every 100 ms (`window.__ticks`) and a button that
 * counts clicks. Tests read both to see that the page still works. A page can ask for
 * `hostile: true`, which captures what it needs before it breaks the built-ins.
 */
const OWN_SCRIPT = `
window.__ticks = 0;
const ticks = document.getElementById('ticks');
const likes = document.getElementById('likes');
setInterval(() => { window.__ticks += 1; ticks.textContent = String(window.__ticks); }, 100);
window.__own = { like: document.getElementById('like'), likes };
window.__own.like.addEventListener('click', () => {
  likes.textContent = String(Number(likes.textContent) + 1);
});`;

const LIVE_WIDGET = `<div class="box live"><p>Readers now: <output id="ticks">0</output></p><button type="button" id="like">Like</button> <span id="likes">0</span></div>`;

/** A realistic article page: header, article, sidebar with clutter, footer, and the page's script. */
export function articlePage({
  article = MICROFORESTS,
  head = '',
  inArticle = '',
  sidebar = `${RELATED}${NEWSLETTER}`,
  script = '',
  title = article.title,
} = {}) {
  const [first, second, ...rest] = article.paragraphs;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(title)} | The Ledger</title>
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(title)}">
<meta property="og:site_name" content="The Ledger">
<style>${STYLE}</style>
${head}
</head>
<body>
${HEADER}
<div class="layout">
<main id="main">
<article class="post" id="story">
<h1>${esc(title)}</h1>
<p class="byline">By Maren Dekker · <time datetime="2025-04-02">2 April 2025</time></p>
<div class="post-body" id="body">
${paragraphs([first, second])}
${inArticle}
${paragraphs(rest)}
</div>
</article>
</main>
<aside class="sidebar" id="sidebar">${LIVE_WIDGET}${sidebar}</aside>
</div>
${FOOTER}
<script>${OWN_SCRIPT}
${script}</script>
</body>
</html>`;
}

/** Re-inserts its clutter every 50 ms: the app promo as a clone of itself (as carousels do),
 * the newsletter box rebuilt from markup (as template renderers do). */
export const reinsertingPage = () =>
  html(
    articlePage({
      inArticle: APP_PROMO,
      script: `
const template = document.createElement('template');
template.innerHTML = ${JSON.stringify(NEWSLETTER)};
setInterval(() => {
  const promo = document.querySelector('.app-promo');
  promo.replaceWith(promo.cloneNode(true));
  const box = document.querySelector('.newsletter');
  box.replaceWith(template.content.firstElementChild.cloneNode(true));
}, 50);`,
    }),
  );

/** Counts how often anyone sets `data-gloss-hide` (a Gloss that spins would set it endlessly). */
const COUNT_HIDE_SETS = `
window.__hideSets = 0;
new MutationObserver((records) => {
  for (const r of records) if (r.oldValue === null && r.target.hasAttribute('data-gloss-hide')) window.__hideSets += 1;
}).observe(document.documentElement, { subtree: true, attributes: true, attributeOldValue: true, attributeFilter: ['data-gloss-hide'] });`;

/** Strips Gloss's attribute from everything every 50 ms, the way a framework re-render might. */
export const strippingPage = () =>
  html(
    articlePage({
      inArticle: APP_PROMO,
      script: `${COUNT_HIDE_SETS}
window.__strips = 0;
setInterval(() => {
  for (const el of document.querySelectorAll('[data-gloss-hide]')) { el.removeAttribute('data-gloss-hide'); window.__strips += 1; }
}, 50);`,
    }),
  );

/** Strips the attribute the instant it appears, from a MutationObserver: a ping-pong trap. */
export const pingPongPage = () =>
  html(
    articlePage({
      inArticle: APP_PROMO,
      script: `${COUNT_HIDE_SETS}
new MutationObserver((records) => {
  for (const r of records) if (r.target.hasAttribute('data-gloss-hide')) r.target.removeAttribute('data-gloss-hide');
}).observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['data-gloss-hide'] });`,
    }),
  );

const MORE = [
  'Volunteers in Leiden tried a variation last autumn: they planted along a canal bank where the soil is waterlogged for half the year, choosing alder and willow over the oak and beech of the classic recipe.',
  'In Paris the city has adopted the idea for school playgrounds, replacing asphalt with beds of native shrubs that the children water in spring and the caretakers prune in winter.',
  'Ecologists at Utrecht University are now tagging individual trees to see which species win the race for light once the canopy closes, a question the original method never answered.',
];

/**
 * Infinite scroll: reaching the end of the article appends three more paragraphs, a related
 * box and an ad slot, as news sites do when they load the "next part" of a live story.
 */
export const infiniteScrollPage = () =>
  html(
    articlePage({
      script: `
window.__chunks = 0;
const more = ${JSON.stringify(MORE)};
function loadMore() {
  const n = (window.__chunks += 1);
  const body = document.getElementById('body');
  for (const text of more) {
    const p = document.createElement('p');
    p.textContent = 'Update ' + n + ': ' + text;
    body.append(p);
  }
  const related = document.createElement('div');
  related.className = 'box related';
  related.innerHTML = '<h4>Related stories</h4><ul><li><a href="/cities/more-' + n + '">More from Cities: green roofs, part ' + n + '</a></li><li><a href="/travel/more-' + n + '">Weekend trips by train, part ' + n + '</a></li></ul>';
  body.append(related);
  const ad = document.createElement('div');
  ad.className = 'ad-slot';
  ad.id = 'div-gpt-ad-scroll-' + n;
  ad.setAttribute('data-ad-unit', '/ledger/article/scroll' + n);
  ad.textContent = 'Advertisement';
  body.append(ad);
}
window.addEventListener('scroll', () => {
  if (window.__chunks < 3 && innerHeight + scrollY >= document.documentElement.scrollHeight - 300) loadMore();
});`,
    }),
  );

const articleMarkup = (article) =>
  `<h1>${esc(article.title)}</h1><p class="byline">By Maren Dekker · <time datetime="2025-04-02">2 April 2025</time></p><div class="post-body">${paragraphs(article.paragraphs)}</div>`;

/**
 * A single-page app: "next story" pushes a URL and swaps the whole <article> element (as keyed
 * routers do); back pops the state and renders the first story again.
 */
export const spaPage = () =>
  html(
    articlePage({
      sidebar: `<div class="box"><a href="/spa/night-trains" id="next">Next story: night trains</a></div>${RELATED}`,
      script: `
const stories = ${JSON.stringify({
        '/spa': { title: MICROFORESTS.title, html: articleMarkup(MICROFORESTS) },
        '/spa/night-trains': { title: NIGHT_TRAINS.title, html: articleMarkup(NIGHT_TRAINS) },
      })};
function render(path) {
  const story = stories[path];
  const article = document.createElement('article');
  article.className = 'post';
  article.id = 'story';
  article.innerHTML = story.html;
  document.getElementById('story').replaceWith(article);
  document.title = story.title + ' | The Ledger';
}
document.getElementById('next').addEventListener('click', (event) => {
  event.preventDefault();
  history.pushState({}, '', '/spa/night-trains');
  render('/spa/night-trains');
});
window.addEventListener('popstate', () => render(location.pathname));`,
    }),
  );

/** A page whose article sits in a same-origin iframe, with a little chrome around it. */
export const iframeHostPage = () =>
  html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reader view | The Ledger</title></head>
<body>${HEADER}
<iframe id="frame" src="/frames/article" title="Story" style="width:100%;height:700px;border:0"></iframe>
${FOOTER}</body></html>`);

export const framedArticle = () => html(articlePage());

export const framesetPage = () =>
  html(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>The Ledger archive (frames)</title></head>
<frameset cols="200,*">
<frame name="toc" src="/frames/toc">
<frame name="story" src="/frames/article">
<noframes><p>Your browser does not support frames.</p></noframes>
</frameset>
</html>`);

export const framesToc = () =>
  html(`<!doctype html><html><head><meta charset="utf-8"><title>Contents</title></head><body><ul>
<li><a href="/frames/article" target="story">${esc(MICROFORESTS.title)}</a></li></ul></body></html>`);

export const xmlDocument = () => ({
  type: 'application/xml',
  body: `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>The Ledger</title><link>https://ledger.example/</link>
<item><title>${esc(MICROFORESTS.title)}</title><description>${esc(MICROFORESTS.paragraphs.join(' '))}</description></item>
<item><title>${esc(NIGHT_TRAINS.title)}</title><description>${esc(NIGHT_TRAINS.paragraphs.join(' '))}</description></item>
</channel></rss>`,
});

export const svgDocument = () => ({
  type: 'image/svg+xml',
  body: `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400" viewBox="0 0 640 400">
<title>${esc(MICROFORESTS.title)}</title>
<rect width="640" height="400" fill="#f4f1e8"/>
${MICROFORESTS.paragraphs
  .slice(0, 4)
  .map(
    (text, i) => `<text x="20" y="${40 + i * 40}" font-size="14">${esc(text.slice(0, 80))}</text>`,
  )
  .join('\n')}
<circle cx="560" cy="320" r="40" fill="#2a7"/>
</svg>`,
});

/**
 * A very large page: the article, then a mega menu, `threads` comment threads nested twelve deep
 * and a grid of 2,000 related cards (60 elements a thread, about 16,000 besides). Before anything
 * else runs, a page timer starts logging when it fires, and a long-task observer where the
 * browser has one.
 */
export function hugePage({ threads }) {
  const menu = Array.from(
    { length: 60 },
    (_, i) =>
      `<li><a href="/s/${i}">Section ${i}</a><ul>${Array.from(
        { length: 40 },
        (_, j) => `<li><a href="/s/${i}/${j}">Topic ${i}.${j}</a></li>`,
      ).join('')}</ul></li>`,
  ).join('');
  const thread = (depth, id) =>
    depth === 0
      ? ''
      : `<div class="comment"><span class="user">reader${id}</span> <span class="when">${depth} hours ago</span><p>Good point about the soil, reader ${id}.</p><button type="button">Reply</button>${thread(depth - 1, id)}</div>`;
  const comments = Array.from({ length: threads }, (_, i) => thread(12, i)).join('');
  const cards = Array.from(
    { length: 2000 },
    (_, i) =>
      `<div class="card"><a href="/r/${i}"><img alt="" width="80" height="60"><span>Related story ${i}</span></a><small>Sponsored</small></div>`,
  ).join('');
  const longArticle = {
    ...MICROFORESTS,
    paragraphs: Array.from({ length: 5 }, () => [
      ...MICROFORESTS.paragraphs,
      ...NIGHT_TRAINS.paragraphs,
    ]).flat(),
  };
  return html(
    articlePage({
      article: longArticle,
      head: `<script>
// The page's own timer, due every 10 ms: when it fires shows whether the page kept the thread.
window.__timerRuns = [];
setInterval(() => window.__timerRuns.push(performance.now()), 10);
// Long tasks, where the browser reports them (Chromium), for the log only.
window.__longTasks = [];
if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}
</script>`,
      sidebar: `${RELATED}${NEWSLETTER}<nav class="mega-menu" aria-label="All sections"><ul>${menu}</ul></nav>`,
    }).replace(
      '</main>',
      `<section class="comments" id="comments"><h3>Comments (${threads * 12})</h3>${comments}</section><section class="related-grid"><h3>More stories</h3>${cards}</section></main>`,
    ),
  );
}

/**
 * Shadow DOM of the page's own: a <pull-quote> renders one paragraph of the article from an open
 * shadow root, a declarative shadow root holds another, and the sidebar's promo is a custom
 * element with its text in its shadow root.
 */
export const shadowPage = () =>
  html(
    articlePage({
      inArticle: `<pull-quote data-text="${esc(MICROFORESTS.paragraphs[2])}"></pull-quote>
<div class="dsd-host"><template shadowrootmode="open"><p part="text"><slot></slot></p></template>${esc(MICROFORESTS.paragraphs[3])}</div>`,
      sidebar: `${RELATED}<app-banner></app-banner>${NEWSLETTER}`,
      script: `
customElements.define('pull-quote', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = this.dataset.text;
    root.append(p);
  }
});
customElements.define('app-banner', class extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>div{background:#1b1f3b;color:#fff;padding:12px}</style><div><h4>Download our app</h4><p>Read The Ledger offline: download our app for iPhone and Android.</p><a href="/go/app">Get the app</a></div>';
  }
});`,
    }),
  );

/**
 * A page that breaks the built-ins its own world shares with nothing: DOM methods and array
 * helpers throw, and it defines its own `browser` and `chrome` globals. It captures what its own
 * script needs first.
 */
export const hostilePage = () =>
  html(
    articlePage({
      inArticle: APP_PROMO,
      head: `<script>
window.__restore = [];
window.__hostile = () => {
  const boom = (name) => function () { throw new Error(${JSON.stringify(PAGE_MARKER)} + ' hostile ' + name); };
  const poison = (target, names) => { for (const name of names) { try { Object.defineProperty(target, name, { value: boom(name), configurable: true, writable: true }); } catch {} } };
  poison(Element.prototype, ['querySelectorAll', 'querySelector', 'closest', 'matches', 'getAttribute', 'setAttribute', 'removeAttribute', 'hasAttribute', 'getBoundingClientRect', 'getClientRects', 'attachShadow']);
  poison(Document.prototype, ['querySelectorAll', 'querySelector', 'getElementById', 'createElement', 'createTreeWalker', 'createRange', 'getElementsByTagName']);
  poison(Node.prototype, ['appendChild', 'insertBefore', 'removeChild', 'replaceChild', 'contains', 'cloneNode']);
  poison(Array.prototype, ['map', 'filter', 'forEach', 'some', 'every', 'includes', 'indexOf', 'find', 'reduce', 'flatMap', 'push', 'slice', 'splice', 'join', 'sort']);
  poison(Array, ['from', 'isArray']);
  poison(Object, ['keys', 'entries', 'assign', 'fromEntries']);
  poison(JSON, ['parse', 'stringify']);
  poison(window, ['getComputedStyle', 'MutationObserver', 'IntersectionObserver', 'ResizeObserver', 'requestAnimationFrame', 'fetch']);
  poison(Map.prototype, ['get', 'set', 'has']);
  poison(Set.prototype, ['add', 'has']);
  poison(String.prototype, ['split', 'trim', 'toLowerCase', 'normalize']);
  poison(RegExp.prototype, ['test', 'exec']);
  const fake = { runtime: { id: 'not-gloss', sendMessage: boom('runtime.sendMessage'), onMessage: { addListener: boom('onMessage.addListener') } }, storage: { local: { get: boom('storage.get') } } };
  Object.defineProperty(window, 'browser', { value: fake, configurable: true, writable: true });
  Object.defineProperty(window, 'chrome', { value: fake, configurable: true, writable: true });
};
</script>`,
      // The page's own script runs first (it wires its counter and button), then it breaks things.
      script: `window.__hostile();`,
    }),
  );

/**
 * A single-page app that starts on its home page (a list of headlines, not an article) and
 * opens a story without loading a page: pushState, a new <main>, a new title.
 */
export const spaHomePage = () =>
  html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Ledger — front page</title>
<style>${STYLE}</style></head>
<body>${HEADER}
<main id="main" class="layout"><section class="post"><h1>Today on The Ledger</h1><ul>
${[MICROFORESTS, NIGHT_TRAINS]
  .map(
    (a, i) =>
      `<li><a href="/app/story-${i}" class="open-story">${esc(a.title)}</a> <small>4 min read</small></li>`,
  )
  .join('\n')}
<li><a href="/cities/rooftop-farms">Rooftop farms feed a neighbourhood in Rotterdam</a> <small>3 min read</small></li>
<li><a href="/science/hedgehog-census">The great hedgehog census of 2024</a> <small>6 min read</small></li>
</ul></section></main>
${FOOTER}
<script>
const story = ${JSON.stringify({ title: MICROFORESTS.title, html: articleMarkup(MICROFORESTS) })};
document.querySelector('.open-story').addEventListener('click', (event) => {
  event.preventDefault();
  history.pushState({}, '', '/app/story-0');
  const main = document.createElement('main');
  main.id = 'main';
  main.className = 'layout';
  main.innerHTML = '<article class="post" id="story">' + story.html + '</article>';
  document.getElementById('main').replaceWith(main);
  document.title = story.title + ' | The Ledger';
});
</script></body></html>`);
