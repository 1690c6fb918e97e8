import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractClaims, findAnchor, textFragmentLink, type TextRange } from '../../lib/claims';

/** An article element built from markup, as the content script would find it. */
function article(markup: string): Element {
  const document = new DOMParser().parseFromString(
    `<!doctype html><html lang="en"><body><article>${markup}</article></body></html>`,
    'text/html',
  );
  return document.querySelector('article')!;
}

function claimOf(root: Element, fragment: string) {
  return extractClaims(root, { max: 50 }).find((claim) => claim.text.includes(fragment));
}

/** The text a range covers: its text nodes from the start to the end, cut at the offsets. */
function rangeText(range: TextRange): string {
  const root = range.startContainer.ownerDocument.body;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  let inside = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node === range.startContainer) inside = true;
    if (!inside) continue;
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.data.length;
    text += node.data.slice(from, to);
    if (node === range.endContainer) break;
  }
  return text;
}

const FILLER =
  '<p>The council met on Tuesday to discuss the budget for the coming year in detail.</p>' +
  '<p>Members debated the transport budget and the housing budget for several hours.</p>';

describe('extractClaims: what counts as a claim', () => {
  it('drops questions, indirect questions and fragments', () => {
    const root = article(
      `${FILLER}<p>Is the transport budget too small for the city? The question now is whether the budget can grow.
       Too small. The transport budget is clearly too small for a growing city.</p>`,
    );
    const texts = extractClaims(root).map((claim) => claim.text);
    expect(texts).toContain('The transport budget is clearly too small for a growing city.');
    expect(texts.some((text) => text.includes('?'))).toBe(false);
    expect(texts.some((text) => text.startsWith('The question now'))).toBe(false);
    expect(texts).not.toContain('Too small.');
  });

  it('ignores excluded subtrees, captions, headings, bylines, link lists, code, tables and the bio', () => {
    const root = article(`
      <h1>The budget is a disaster for the whole city and its people</h1>
      <p class="meta">By Jane Roe, city reporter for the paper</p>
      <figure><img alt=""><figcaption>The mayor is photographed at the budget meeting on Tuesday evening.</figcaption></figure>
      ${FILLER}
      <div class="promo"><p>Subscribe now to read every budget story without any limits at all.</p></div>
      <ul><li><a href="/a">Read more about the transport budget and the city council</a></li></ul>
      <pre>const budget = computeTheBudgetForTheCity(2025, transport);</pre>
      <table><tr><td>The transport budget rose by ten percent over the last year.</td></tr></table>
      <p>The housing budget will not cover the repairs the city needs this winter.</p>
      <p>Jane Roe is a reporter at the paper. The views expressed here are her own.</p>`);
    const promo = root.querySelector('.promo')!;
    const texts = extractClaims(root, { exclude: new Set([promo]) }).map((claim) => claim.text);
    expect(texts).toContain(
      'The housing budget will not cover the repairs the city needs this winter.',
    );
    for (const unwanted of [
      'disaster',
      'photographed',
      'Subscribe',
      'Read more',
      'computeTheBudget',
      'ten percent',
      'Jane Roe',
      'views expressed',
    ]) {
      expect(texts.join(' ')).not.toContain(unwanted);
    }
  });

  it('merges near-duplicate sentences, keeping one', () => {
    const root = article(
      `${FILLER}<p>The transport budget is far too small for the growing city.</p>
       <p>Clearly, the transport budget is far too small for the growing city.</p>`,
    );
    const texts = extractClaims(root).map((claim) => claim.text);
    expect(texts.filter((text) => text.includes('far too small'))).toHaveLength(1);
  });

  it('returns at most `max` claims, best first, with anchors', () => {
    const claims = extractClaims(article(FILLER + FILLER.replace(/budget/g, 'plan')), { max: 2 });
    expect(claims.length).toBeLessThanOrEqual(2);
    expect(claims[0]!.score).toBeGreaterThanOrEqual(claims[1]?.score ?? -Infinity);
    expect(claims[0]!.anchor.exact).toBe(claims[0]!.text);
  });
});

describe('extractClaims: kinds', () => {
  const root = article(`
    ${FILLER}
    <p>The transport budget is too small for a city that keeps growing every year.</p>
    <p>The housing budget might perhaps be a little too small, but it may be enough.</p>
    <p>The budget will rise by 4 percent next year, according to the Bank of Korea.</p>
    <p>"The budget is a disgrace to everyone in this city," said Jane Doe, a councillor.</p>
    <p>Councillor Tom Okafor said the city had not done enough to prepare the budget.</p>
    <p>Critics argued that the budget favours drivers over the people who take the bus.</p>
    <p>My view is that the budget is too small, as Robinson and I argued in our book.</p>
    <blockquote><p>Budgets are moral documents that show what a city values the most.</p></blockquote>`);

  it('tells asserted, hedged and attributed claims apart', () => {
    expect(claimOf(root, 'keeps growing')).toMatchObject({ kind: 'asserted' });
    expect(claimOf(root, 'might perhaps')).toMatchObject({ kind: 'hedged' });
    expect(claimOf(root, 'Robinson and I')).toMatchObject({ kind: 'asserted' });
    expect(claimOf(root, 'moral documents')).toMatchObject({ kind: 'attributed' });
  });

  it('names the source when the text does', () => {
    expect(claimOf(root, 'Bank of Korea')).toMatchObject({
      kind: 'attributed',
      source: 'Bank of Korea',
    });
    expect(claimOf(root, 'disgrace')).toBeUndefined(); // Mostly quotation: not a claim of the article.
    expect(claimOf(root, 'not done enough')).toMatchObject({
      kind: 'attributed',
      source: 'Councillor Tom Okafor',
    });
    const critics = claimOf(root, 'Critics argued');
    expect(critics).toMatchObject({ kind: 'attributed' });
    expect(critics!.source).toBeUndefined();
  });
});

describe('extractClaims on the seed op-ed', () => {
  const THESES = [
    'Without exception, US tech companies are obsessed with scale.',
    'What DeepSeek has done is demonstrate success in engineering:',
    "Nonetheless, it is clear that America's zero-sum approach was unworkable and ill-advised.",
    'But bringing down development costs with known methods will not miraculously get us to AGI',
  ];
  const pages = ['../fixtures/seed-article.html', '../../bench/claims-gold/tune/seed-acemoglu.html']
    .map((path) => new URL(path, import.meta.url))
    .filter((url) => existsSync(url));

  it.each(pages.map((url) => [url.pathname.split('/').slice(-2).join('/'), url] as const))(
    'ranks its main theses in the top 5 (%s)',
    (_name, url) => {
      const document = new DOMParser().parseFromString(readFileSync(url, 'utf8'), 'text/html');
      const top = extractClaims(document.querySelector('article')!, { max: 5 }).map(
        (claim) => claim.text,
      );
      for (const thesis of THESES) expect(top.some((text) => text.startsWith(thesis))).toBe(true);
      expect(top.join(' ')).not.toContain('The views expressed');
    },
  );
});

describe('findAnchor', () => {
  const SENTENCE = 'The transport budget is clearly too small for a growing city.';
  const anchorOf = (root: Element) => claimOf(root, 'clearly too small')!.anchor;
  const original = article(`${FILLER}<p>Then came the vote. ${SENTENCE} The mayor left early.</p>`);
  const anchor = anchorOf(original);

  it('stores the quote with ~32 characters of context on each side', () => {
    expect(anchor).toEqual({
      exact: SENTENCE,
      prefix: 'eral hours. Then came the vote. ',
      suffix: ' The mayor left early.',
    });
  });

  it('finds the quote in the same DOM', () => {
    expect(rangeText(findAnchor(original, anchor)!)).toBe(SENTENCE);
  });

  it('finds it after the paragraph is split into spans and re-flowed', () => {
    const rerendered = article(
      `${FILLER}<div><p>Then came the vote.</p><p><span>The transport</span>\n   <em>budget</em> is clearly too
       small for a <a href="/g">growing</a> city.</span> The mayor left early.</p></div>`,
    );
    const range = findAnchor(rerendered, anchor)!;
    expect(rangeText(range).replace(/\s+/g, ' ')).toBe(SENTENCE);
    expect(range.startContainer.data).toBe('The transport');
  });

  it('uses the context to pick the right copy when the text is inserted before', () => {
    const rerendered = article(
      `<p>A reader wrote in: ${SENTENCE}</p>${FILLER}<p>Then came the vote. ${SENTENCE} The mayor left early.</p>`,
    );
    const range = findAnchor(rerendered, anchor)!;
    expect(range.startContainer.parentElement).toBe(rerendered.lastElementChild);
  });

  it('falls back to case- and space-blind, then fuzzy, matching', () => {
    const recased = article(
      `<p>THE TRANSPORT BUDGET is clearly too small for a growing  city.</p>`,
    );
    expect(rangeText(findAnchor(recased, anchor)!)).toBe(
      'THE TRANSPORT BUDGET is clearly too small for a growing  city.',
    );
    const edited = article(
      `<p>Sadly, the transport budget is clearly far too small for our growing city.</p>`,
    );
    expect(rangeText(findAnchor(edited, anchor)!)).toContain(
      'transport budget is clearly far too small',
    );
  });

  it('returns null when the text is gone', () => {
    expect(findAnchor(article(FILLER), anchor)).toBeNull();
  });
});

describe('textFragmentLink', () => {
  it('quotes short sentences whole, percent-encoding the reserved characters', () => {
    expect(textFragmentLink('https://example.com/a', 'Cost-cutting, tax & spend: 50%.')).toBe(
      'https://example.com/a#:~:text=Cost%2Dcutting%2C%20tax%20%26%20spend%3A%2050%25.',
    );
  });

  it('shortens long sentences to their first and last words', () => {
    expect(
      textFragmentLink(
        'https://example.com/a#section',
        'Without exception, US tech companies are obsessed with scale and nothing else matters to them.',
      ),
    ).toBe(
      'https://example.com/a#section:~:text=Without%20exception%2C%20US%20tech,else%20matters%20to%20them.',
    );
  });

  it('replaces an existing text directive', () => {
    expect(textFragmentLink('https://example.com/a#:~:text=old', 'New text here.')).toBe(
      'https://example.com/a#:~:text=New%20text%20here.',
    );
  });
});

describe('claims on hostile text', () => {
  // An unclosed quotation once sent a quote pattern into exponential backtracking, freezing the
  // page; a linear pattern gets through this at once, a backtracking one never would.
  it('reads a sentence with a long unclosed quotation without freezing', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const root = article(`<p>The plan is clear and the outcome is "${words} and never closed.</p>`);
    expect(() => extractClaims(root)).not.toThrow();
  });
});
