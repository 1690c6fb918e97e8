/**
 * Disclosures are part of the article (issue 15 row 14): a sponsorship note, a correction or an
 * editor's note tells the reader something about the story, however its markup is labelled.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from './support/parse-html';
import { planClean } from '../../lib/clutter';
import { visibleText } from '../../lib/text/visible-text';

const PROSE = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Paragraph ${i} of the story, in which the growers described the season, the prices at market and, after a long dry summer, the harvest they expect.</p>`,
).join('');

function shownWith(insert: string): string {
  const document = parseHtml(`<!doctype html><html><head><title>A dry summer</title></head><body>
<article><h1>A dry summer</h1><div class="body">${insert}${PROSE}
<div class="ad-slot"><span>Advertisement</span></div></div></article></body></html>`);
  const plan = planClean(document);
  return visibleText(document.body, new Set(plan.hidden.map((b) => b.element)));
}

describe('disclosures inside the article', () => {
  it.each([
    [
      '<div class="ad-disclosure"><p>Paid post: this article was sponsored by Acme Farms.</p></div>',
      'Paid post',
    ],
    [
      '<p class="sponsored-note">This article was sponsored by the Growers Association.</p>',
      'sponsored by the Growers',
    ],
    [
      '<div class="promo-disclaimer">Disclosure: the author owns shares in Acme Farms.</div>',
      'Disclosure: the author',
    ],
    [
      '<aside class="widget correction">Correction: an earlier version misstated the price.</aside>',
      'Correction: an earlier',
    ],
    [
      '<div class="ad editors-note">Editor\'s note: this story has been updated.</div>',
      "Editor's note",
    ],
  ])('keeps %s', (insert, phrase) => {
    const text = shownWith(insert);
    expect(text).toContain(phrase);
    expect(text).toContain('Paragraph 5');
    // The page's real ad beside it still goes.
    expect(text).not.toContain('Advertisement');
  });
});
