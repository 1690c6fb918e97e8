/** What counts as shown: block breaks, and what the page itself never renders. */
import { describe, expect, it } from 'vitest';
import { parseHtml } from './support/parse-html';
import { isNeverRendered } from '../../lib/dom/rendering';
import { visibleText } from '../../lib/text/visible-text';

function first(html: string): Element {
  return parseHtml(`<html><body>${html}</body></html>`).body.firstElementChild!;
}

describe('isNeverRendered', () => {
  it.each([
    '<script>x()</script>',
    '<div hidden>x</div>',
    '<div style="display: none">x</div>',
    '<div class="d-none d-print-block">citation</div>',
    '<div class="hidden">x</div>',
    '<span class="av-data is-hidden">x</span>',
    '<div class="collapse" id="letter">x</div>',
    '<div class="hidden hover:underline">x</div>',
  ])('is true for %s', (html) => {
    expect(isNeverRendered(first(html))).toBe(true);
  });

  it.each([
    '<p>x</p>',
    '<div class="d-none d-md-block">shown on wider screens</div>',
    '<div class="hidden md:block">shown on wider screens</div>',
    '<div class="collapse show">open panel</div>',
    '<div class="navbar-collapse collapse">the menu, open on wide screens</div>',
    '<div class="hidden-xs">hidden only on phones</div>',
    '<div class="visually-hidden">for screen readers</div>',
    '<div class="not-hidden">x</div>',
  ])('is false for %s', (html) => {
    expect(isNeverRendered(first(html))).toBe(false);
  });
});

describe('visibleText', () => {
  it('leaves out what a framework class hides and breaks lines at blocks', () => {
    const document = parseHtml(
      '<html><body><p>One <b>bold</b> line.</p><div class="d-none">Cite this</div><p>Two.</p></body></html>',
    );
    expect(visibleText(document.body)).toBe('One bold line.\nTwo.');
  });
});
