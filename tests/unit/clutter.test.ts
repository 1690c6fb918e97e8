/** The clean planner's contract: options, site rules, late content and hostile pages. */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/load-page';
import { planAdditions, planClean } from '../../lib/clutter';
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
    for (const gone of [
      'Facebook',
      'Sign up for our newsletter',
      'First!',
      'Another council story',
      'All rights reserved',
      'We use cookies',
    ]) {
      expect(text).not.toContain(gone);
    }
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

  it('plans conservatively above maxElements', () => {
    const document = parseHtml(PAGE);
    const plan = planClean(document, { maxElements: 10 });
    expect(plan.articleRoot?.tagName).toBe('MAIN');
    expect(shown(document, plan.hidden)).toContain('Paragraph 2');
    expect(shown(document, plan.hidden)).not.toContain('All rights reserved');
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
