/** The clean planner's contract: options, site rules, late content and hostile pages. */
import { describe, expect, it } from 'vitest';
import { parseHtml } from './support/parse-html';
import { planAdditions, planClean } from '../../lib/clutter';
import { measure } from '../../lib/clutter/measure';
import { findTitle } from '../../lib/clutter/root';
import { detectArticle } from '../../lib/detect';
import { visibleText } from '../../lib/text/visible-text';

const PROSE = Array.from(
  { length: 8 },
  (_, i) =>
    `<p>Paragraph ${i} of the report, in which the council weighed the budget, heard from residents and, after a long debate, voted to delay the decision until spring.</p>`,
).join('');

const PAGE = `<!doctype html><html><head><title>Council delays budget vote</title></head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article id="story"><h1>Council delays budget vote</h1>
<div class="byline">By Ana Reyes</div>
<div class="share-bar"><a href="#fb">Facebook</a> <a href="#x">X</a></div>
<div class="body">${PROSE}
<figure><img src="x.png" alt=""><figcaption>The council chamber on Monday.</figcaption></figure>
<pre><code>budget = 42</code></pre>
<div class="newsletter-box">Sign up for our newsletter <input type="email"></div>
</div></article>
<section class="comments"><h2>Comments</h2><p>First!</p></section>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Another council story</a></li></ul></aside>
</main>
<footer class="site-footer">© Example News. All rights reserved.</footer>
<div id="cookie-note" style="position:fixed;bottom:0">We use cookies to improve your experience.</div>
</body></html>`;

function shown(document: Document, hidden: readonly { element: Element }[]): string {
  return visibleText(document.body, new Set(hidden.map((b) => b.element)));
}

/** Fails on the first of `gone` that `text` still shows. */
function expectNone(text: string, gone: readonly string[]): void {
  for (const phrase of gone) expect(text).not.toContain(phrase);
}

describe('planClean', () => {
  it('keeps the article and hides the clutter around and inside it', () => {
    const document = parseHtml(PAGE);
    const plan = planClean(document);
    const text = shown(document, plan.hidden);
    expect(plan.articleRoot?.id).toBe('story');
    for (const kept of [
      'Council delays budget vote',
      'By Ana Reyes',
      'Paragraph 7',
      'council chamber',
      'budget = 42',
    ]) {
      expect(text).toContain(kept);
    }
    expectNone(text, [
      'Facebook',
      'Sign up for our newsletter',
      'First!',
      'Another council story',
      'All rights reserved',
      'We use cookies',
    ]);
    const categories = new Map(
      plan.hidden.map((b) => [b.element.getAttribute('class') ?? b.element.id, b.category]),
    );
    expect(categories.get('share-bar')).toBe('social');
    expect(categories.get('newsletter-box')).toBe('newsletter');
    expect(categories.get('comments')).toBe('comments');
    expect(categories.get('related')).toBe('related');
    expect(categories.get('cookie-note')).toBe('overlay');
    for (const block of plan.hidden) expect(block.reason.length).toBeGreaterThan(0);
  });

  it('leaves a category visible when it is switched off', () => {
    const document = parseHtml(PAGE);
    const plan = planClean(document, { categories: { comments: false, social: false } });
    const text = shown(document, plan.hidden);
    expect(text).toContain('First!');
    expect(text).toContain('Facebook');
    expect(text).not.toContain('Another council story');
  });

  it('applies site rules: hide adds blocks, show wins over the planner', () => {
    const document = parseHtml(PAGE);
    const plan = planClean(document, {
      siteRules: { hide: ['figure'], show: ['.related a'] },
    });
    const text = shown(document, plan.hidden);
    expect(text).not.toContain('council chamber');
    expect(text).toContain('Another council story');
    expect(text).toContain('Paragraph 3');
  });

  it('never lets a site rule hide the article or its title', () => {
    const document = parseHtml(PAGE);
    const plan = planClean(document, { siteRules: { hide: ['main', 'article', 'h1'], show: [] } });
    expect(shown(document, plan.hidden)).toContain('Council delays budget vote');
    expect(shown(document, plan.hidden)).toContain('Paragraph 5');
  });

  it('ignores invalid selectors instead of throwing', () => {
    const document = parseHtml(PAGE);
    expect(() =>
      planClean(document, { siteRules: { hide: ['div[[', '', '>>>'], show: [':nope('] } }),
    ).not.toThrow();
  });

  it('hides the recirculation at the tail of the article body and teaser lines inside it', () => {
    const links = ['Who will make the list?', 'Ten more stories like this one', 'The worst of them']
      .map((t, i) => `<p><a href="/r/${i}">${t}</a></p>`)
      .join('');
    const document = parseHtml(`<html><head><title>Council delays budget vote</title></head><body>
<div class="main-wrapper main-wrapper--article"><main><article class="article">
<h1>Council delays budget vote</h1><div class="entry-content">${PROSE}
<p>Related: <a href="/x">Budget talks stall again in the spring</a></p>
<aside class="read-also"><strong>Read also:</strong> <a href="/y">Library plans shelved for a year</a></aside>
<p>The mayor said the delay, though unwelcome, would give residents time to respond in writing.</p>
<p>You may also like...</p>${links}</div></article></main>
<div class="footer"><p>Registration on or use of this site constitutes acceptance of our user agreement, privacy policy and cookie statement.</p></div>
</div></body></html>`);
    const text = shown(document, planClean(document).hidden);
    for (const kept of ['Paragraph 7', 'the delay, though unwelcome']) expect(text).toContain(kept);
    expectNone(text, [
      'Budget talks stall',
      'Library plans shelved',
      'You may also like',
      'Ten more stories',
      'Registration on or use',
    ]);
  });

  it('keeps a closing paragraph with a link and a link inside running prose', () => {
    const document = parseHtml(`<html><head><title>Council delays budget vote</title></head><body>
<article><h1>Council delays budget vote</h1><div class="body">${PROSE}
<div>Read the <a href="/report">full report</a> on the council's site, published on Monday, for the figures.</div>
<p><a href="/report">Council report, 2025</a> and the minutes are public.</p></div></article></body></html>`);
    const text = shown(document, planClean(document).hidden);
    expect(text).toContain('full report');
    expect(text).toContain('Council report, 2025');
  });

  it("hides the publication's sign-off after the story, not a closing paragraph that mentions it", () => {
    const document = parseHtml(`<html><head><title>Council delays budget vote</title></head><body>
<article><h1>Council delays budget vote</h1><div class="body">${PROSE}
<p>Residents who want to follow the budget can join the hearing on Thursday, the clerk said, and the mayor will answer questions there.</p>
<p>Email Ana Reyes at ana@example.com or follow her @anareyes.</p>
<p><em>Want more local news? Subscribe to our weekly edition for the latest from city hall.</em></p>
<figure><img src="cover.png" alt=""><figcaption>Need more news? Subscribe to our sister title "Example Weekly" for the latest from the county!</figcaption></figure></div>
<div class="trailer"><p>Follow Example News on Twitter and Facebook for the latest from the council, the schools and the courts, every day.</p></div>
</article></body></html>`);
    const plan = planClean(document);
    const text = shown(document, plan.hidden);
    expect(text).toContain('join the hearing on Thursday');
    expectNone(text, [
      'follow her @anareyes',
      'Subscribe to our weekly',
      'Subscribe to our sister title',
      'Follow Example News',
    ]);
    const closing = parseHtml(`<html><head><title>Council delays budget vote</title></head><body>
<article><h1>Council delays budget vote</h1><div class="body">${PROSE}
<p>The new plan costs residents $10 a month for a subscription to the collection service.</p>
<p>"We need the state to support our schools, and join us in asking for it," she said.</p>
<figure><img src="sheets.png" alt=""><figcaption>Sign-up sheets for the hearing at the community centre on Monday.</figcaption></figure></div></article></body></html>`);
    const closingText = shown(closing, planClean(closing).hidden);
    expect(closingText).toContain('$10 a month for a subscription');
    expect(closingText).toContain('support our schools');
    // A closing photo is a pitch only when it sells a subscription.
    expect(closingText).toContain('Sign-up sheets for the hearing');
    // Each is counted where a reader would look for it: follows as social, subscriptions as newsletter.
    expect(plan.hidden.filter((b) => b.reason === 'closing-pitch').map((b) => b.category)).toEqual([
      'social',
      'newsletter',
      'newsletter',
      'social',
    ]);
  });

  it('hides call-to-action boxes, next/previous links, slide counters, tag lists and like bars', () => {
    const document = parseHtml(`<html><head><title>Council delays budget vote</title></head><body>
<article><h1>Council delays budget vote</h1><div class="body">${PROSE.slice(0, PROSE.length / 2)}
<div class="inline-gallery"><div class="gallery-item"><img src="a.png" alt=""><span class="count">Image 1 of 5</span><p>The chamber before the vote.</p></div></div>
<div class="members-cta"><h4>Something to consider</h4><p>If you enjoyed this article, we have a proposition for you: join us as a member and read without limits.</p></div>
${PROSE.slice(PROSE.length / 2)}
<div class="next-prev"><a href="/a"><h5>Mayor opens new library</h5></a><p>The branch opens on Saturday.</p></div>
<p><strong>Tags: <a href="/tag/budget" rel="tag">budget</a>, <a href="/tag/council" rel="tag">council</a>, <a href="/tag/spring" rel="tag">spring</a></strong></p>
<div class="sharedaddy sd-like"><h3>Like this:</h3><span>Like Loading...</span></div>
</div></article></body></html>`);
    const plan = planClean(document);
    const text = shown(document, plan.hidden);
    expect(text).toContain('The chamber before the vote.');
    expect(text).toContain('Paragraph 7');
    expectNone(text, [
      'Image 1 of 5',
      'proposition for you',
      'Mayor opens new library',
      'Tags: budget',
      'Like Loading',
    ]);
    const reasons = plan.hidden.map((b) => `${b.category} ${b.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'navigation slide-counter',
        'upsell class:cta',
        'navigation class:nextprev',
        'navigation tag-links',
        'social class:sharedaddy',
      ]),
    );
  });

  it("hides a gallery's repeated captions but never the text's own repeated lines", () => {
    const caption = 'The council chamber on Monday, before the vote on the budget.';
    const figure = (n: number) =>
      `<div class="wp-caption"><img src="${n}.png" alt=""><p class="wp-caption-text">${caption}</p></div>`;
    const step = '<p>Drink a glass of water within thirty minutes after your workout.</p>';
    const document = parseHtml(`<html><head><title>Council delays budget vote</title></head><body>
<article><h1>Council delays budget vote</h1><div class="body">${PROSE}
${figure(1)}${step}${figure(2)}${step}${figure(3)}</div></article></body></html>`);
    const plan = planClean(document);
    const text = shown(document, plan.hidden);
    expect(text.split(caption).length - 1).toBe(1);
    expect(text.split('Drink a glass of water').length - 1).toBe(2);
    expect(plan.hidden.filter((b) => b.category === 'repeats')).toHaveLength(2);
    // Tables and code that blogs wrap in <figure> are content, however often a line repeats.
    const row =
      '<tr><td>Library opening hours, weekdays and Saturdays</td><td>9:00–18:00</td></tr>';
    const code =
      '<figure class="highlight"><pre><code>budget.delay(until: .spring, reason: "consultation")</code></pre></figure>';
    const tables = parseHtml(`<html><head><title>Council delays budget vote</title></head><body>
<article><h1>Council delays budget vote</h1><div class="body">${PROSE}
<figure class="wp-block-table"><table>${row}${row}</table></figure>${code}${code}</div></article></body></html>`);
    expect(planClean(tables).hidden.filter((b) => b.category === 'repeats')).toEqual([]);
    const off = planClean(document, { categories: { repeats: false } });
    expect(shown(document, off.hidden).split(caption).length - 1).toBe(3);
  });

  it("hides a slider's numbered and shortened copies of a caption, keeping the full one", () => {
    const caption =
      'A shopper looks at extension cords at the hardware store on Tuesday, before the shutdown.';
    const slide = (n: number, text: string) =>
      `<figure class="slide"><img src="${n}.png" alt=""><figcaption><span class="count">${n} of 3</span><span class="caption">${text}</span></figcaption></figure>`;
    const shortened = `<div class="caption-truncated">${caption.slice(0, 60)}…</div>`;
    const document = parseHtml(`<html><head><title>Council delays budget vote</title></head><body>
<article><h1>Council delays budget vote</h1><div class="body">
<div class="gallery">${shortened}${slide(1, caption)}${slide(2, caption)}${slide(3, 'The council chamber on Monday, before the vote on the budget.')}</div>
${PROSE}</div></article></body></html>`);
    const plan = planClean(document);
    const text = shown(document, plan.hidden);
    // The full caption once, under the first slide; the shortened copy before it goes too.
    expect(text.split(caption.slice(0, 60)).length - 1).toBe(1);
    expect(text).toContain('before the shutdown.');
    expect(text).toContain('The council chamber on Monday');
    expect(plan.hidden.filter((b) => b.category === 'repeats')).toHaveLength(2);
    // Two photos whose captions only start alike keep both; a "... more" copy is a short one.
    const alike = 'The council chamber on Monday, before the vote on the budget.';
    const twoPhotos = parseHtml(`<html><head><title>Council delays budget vote</title></head><body>
<article><h1>Council delays budget vote</h1><div class="body">
<div class="gallery">${slide(1, alike)}${slide(2, `${alike} Residents waited outside.`)}<div class="caption-truncated">${alike.slice(0, 50)} ... more</div></div>
${PROSE}</div></article></body></html>`);
    const kept = shown(twoPhotos, planClean(twoPhotos).hidden);
    expect(kept).toContain(`${alike}\n`);
    expect(kept).toContain('Residents waited outside.');
    expect(kept).not.toContain('... more');
  });

  it("hides a layout column whose one child is the sidebar, whatever prose the sidebar's boxes hold", () => {
    const bio =
      '<p>Ana Reyes has covered the council for twelve years, and before that wrote about schools, courts and the harbour for two regional papers in the north of the country.</p>';
    const document = parseHtml(`<html><head><title>Council delays budget vote</title></head><body>
<div class="row"><div class="column main-column"><article><h1>Council delays budget vote</h1>${PROSE}</article></div>
<div class="column large-auto"><div class="sidebar"><div class="box"><h3>About Ana Reyes</h3>${bio}</div></div></div></div>
</body></html>`);
    const plan = planClean(document);
    const text = shown(document, plan.hidden);
    expect(text).toContain('voted to delay the decision');
    expect(text).not.toContain('has covered the council for twelve years');
    expect(plan.hidden.map((b) => b.reason)).toContain('class:sidebar');
  });

  it('reads nothing into generated atomic class names ("nl", "ad" among "mu mv gu")', () => {
    const document = parseHtml(`<html><head><title>Council delays budget vote</title></head><body>
<article><h1>Council delays budget vote</h1><div class="body">${PROSE}
<ul class="mu mv gu nl ov bk"><li class="mu mv gu ad ox">A spreadsheet of every order, updated weekly</li><li class="mu mv ad gu ox">A separate bank account for tax</li></ul>
</div><div class="pw-newsletter ab cd">Get the weekly letter <input type="email"></div></article></body></html>`);
    const plan = planClean(document);
    const text = shown(document, plan.hidden);
    expect(text).toContain('A spreadsheet of every order');
    expect(text).toContain('A separate bank account for tax');
    expect(text).not.toContain('Get the weekly letter');
  });

  it('reads comment and related labels in other languages', () => {
    const document =
      parseHtml(`<html lang="de"><head><title>Stadtrat vertagt Abstimmung</title></head><body>
<main><article><h1>Stadtrat vertagt Abstimmung</h1>${PROSE}</article>
<section><h2>Weitere Beiträge zum Thema</h2><ul><li><a href="/a">Haushalt 2025</a></li><li><a href="/b">Neue Bibliothek</a></li></ul></section>
<section><h2>Kommentare</h2>${'<p>Endlich eine vernünftige Entscheidung, schreibt ein Leser aus der Altstadt, der seit Jahren auf die Bibliothek wartet.</p>'.repeat(4)}</section>
</main></body></html>`);
    const byCategory = new Map(planClean(document).hidden.map((b) => [b.reason, b.category]));
    expect(byCategory.get('text:weitere beiträge')).toBe('related');
    expect(byCategory.get('text:kommentare')).toBe('comments');
  });

  it('takes as the title an h1 that shares three of its five words with the declared title', () => {
    const document =
      parseHtml(`<html><head><title>Council delays budget vote again</title></head><body>
<aside><h1>Weather</h1></aside><main><h1>Council delays vote amid protests</h1>${PROSE}</main></body></html>`);
    const measurement = measure(document.body, 10_000)!;
    expect(findTitle(document, measurement, null)?.textContent).toBe(
      'Council delays vote amid protests',
    );
  });

  it("reads a block's heading past its scripts, and a Portuguese footer", () => {
    // The page's title names the reviews too: the headline is still the title, not "Reviews".
    const document =
      parseHtml(`<html lang="pt"><head><title>Conselho adia votação do orçamento. Comentários</title></head><body>
<div id="ct"><h1>Conselho adia votação do orçamento da cidade</h1>${PROSE}
<div id="otz"><h1>Comentários</h1><script>var form = '<form><p>Nome *</p><textarea></textarea></form>';</script><div class="upr">Adicionar comentário</div></div></div>
<div class="rodape"><div>Rua das Flores, 1111 - Centro - CEP 89259-565</div></div>
<div class="cabecera-movil"><a href="/">Portada</a> <a href="/local">Local</a></div></body></html>`);
    const plan = planClean(document);
    const text = shown(document, plan.hidden);
    expect(text).toContain('Conselho adia votação do orçamento da cidade');
    expect(text).toContain('voted to delay the decision');
    expectNone(text, ['Adicionar comentário', 'Rua das Flores', 'Portada']);
    const byReason = new Map(plan.hidden.map((b) => [b.reason, b.category]));
    expect(byReason.get('text:comentários')).toBe('comments');
    expect(byReason.get('class:rodape')).toBe('navigation');
  });

  it('plans conservatively above maxElements', () => {
    const document = parseHtml(PAGE);
    const plan = planClean(document, { maxElements: 10 });
    expect(plan.articleRoot?.id).toBe('story');
    const text = shown(document, plan.hidden);
    expect(text).toContain('Council delays budget vote');
    expect(text).toContain('Paragraph 2');
    expectNone(text, ['All rights reserved', 'First!', 'Another council story']);
  });

  it('above maxElements prefers the article with the most paragraphs and hides what is beside it', () => {
    const cards = Array.from(
      { length: 5 },
      (_, i) => `<article class="card"><a href="/r/${i}">Related story ${i}</a></article>`,
    ).join('');
    const document = parseHtml(`<html><head><title>Council delays budget vote</title></head><body>
<header class="site-header"><a href="/">Home</a></header>
<div class="layout"><main id="main"><article class="post" id="story"><h1>Council delays budget vote</h1>${PROSE}</article>
<section class="comments" id="comments"><h3>Comments</h3><div class="comment"><p>Good point about the soil.</p></div></section>
<section class="related-grid"><h3>More stories</h3>${cards}</section></main>
<aside class="sidebar"><div class="box newsletter"><p>Subscribe to our newsletter</p></div>
<div class="box"><nav class="mega-menu"><ul><li><a href="/s/1">Topic 1.2</a></li></ul></nav></div></aside>
<div class="rail"><div><div role="complementary">Weather today</div><p>Kept rail text</p></div></div></div>
<footer>© Example News. All rights reserved.</footer></body></html>`);
    const plan = planClean(document, { maxElements: 10 });
    expect(plan.articleRoot?.id).toBe('story');
    const text = shown(document, plan.hidden);
    expect(text).toContain('Council delays budget vote');
    expect(text).toContain('Paragraph 7');
    expectNone(text, [
      'Good point about the soil',
      'Related story 3',
      'Subscribe to our newsletter',
      'Topic 1.2',
      'Weather today',
      'All rights reserved',
    ]);
    const elements = plan.hidden.map((b) => b.element);
    for (const a of elements)
      for (const b of elements) if (a !== b) expect(a.contains(b)).toBe(false);
  });

  it('above maxElements falls back to <main> when there is no <article>', () => {
    const document = parseHtml(
      `<html><body><nav><a href="/">Home</a></nav><main id="m">${PROSE}</main><footer>Footer text</footer></body></html>`,
    );
    const plan = planClean(document, { maxElements: 5 });
    expect(plan.articleRoot?.id).toBe('m');
    expect(shown(document, plan.hidden)).not.toContain('Footer text');
  });

  it('handles a page nested 10,000 levels deep', () => {
    const document = parseHtml('<html><body></body></html>');
    let node: Element = document.body;
    for (let i = 0; i < 10_000; i++) node = node.appendChild(document.createElement('div'));
    const source = parseHtml(`<html><body>${PROSE}</body></html>`);
    for (const p of [...source.body.children]) node.appendChild(document.importNode(p, true));
    const start = performance.now();
    expect(() => detectArticle(document)).not.toThrow();
    const plan = planClean(document);
    expect(plan.articleRoot).not.toBeNull();
    expect(performance.now() - start).toBeLessThan(10_000);
  }, 60_000);

  it('handles a 50,000-element page', () => {
    const cells = '<div class="card"><span>cell</span> <a href="/x">link</a></div>'.repeat(17_000);
    const document = parseHtml(`<html><body><main>${PROSE}</main>${cells}</body></html>`);
    expect(document.getElementsByTagName('*').length).toBeGreaterThan(50_000);
    expect(() => detectArticle(document)).not.toThrow();
    expect(() => planClean(document)).not.toThrow();
    expect(() => planClean(document, { maxElements: 1_000_000 })).not.toThrow();
  }, 60_000);
});

describe('planAdditions', () => {
  it('hides clutter that arrives later, inside and outside the article', () => {
    const document = parseHtml(PAGE);
    const plan = planClean(document);
    const inline = document.createElement('div');
    inline.className = 'ad-slot';
    inline.textContent = 'Advertisement';
    document.querySelector('.body')!.appendChild(inline);
    const banner = document.createElement('div');
    banner.className = 'app-banner';
    banner.innerHTML =
      '<p>Download the app</p><a href="https://apps.apple.com/app/id1">App Store</a>';
    document.body.appendChild(banner);
    const paragraph = document.createElement('p');
    paragraph.textContent =
      'A late paragraph of the article, loaded after the first screen, with its own facts.';
    document.querySelector('.body')!.appendChild(paragraph);

    const blocks = planAdditions(document, plan, [inline, banner, paragraph]);
    const elements = blocks.map((b) => b.element);
    expect(elements).toContain(inline);
    expect(elements).toContain(banner);
    expect(elements).not.toContain(paragraph);
    expect(blocks.find((b) => b.element === banner)?.category).toBe('app-promo');
  });

  it('ignores additions inside blocks that are already hidden', () => {
    const document = parseHtml(PAGE);
    const plan = planClean(document);
    const extra = document.createElement('p');
    extra.textContent = 'Another comment';
    document.querySelector('.comments')!.appendChild(extra);
    expect(planAdditions(document, plan, [extra])).toEqual([]);
  });

  it('returns nothing for no additions, even with site rules', () => {
    const document = parseHtml(PAGE);
    const plan = planClean(document);
    expect(planAdditions(document, plan, [], { siteRules: { hide: ['p'], show: ['h1'] } })).toEqual(
      [],
    );
  });
});
