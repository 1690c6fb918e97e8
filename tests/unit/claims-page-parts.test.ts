/**
 * Page parts that are not the author's prose never yield claims, and the benchmark's audit
 * (`claimSourcePart`) names the part a sentence comes from. Fixtures: an encyclopedia entry
 * (hatnote, infobox, maintenance box, table of contents, edit links, footnote markers,
 * "[citation needed]", caption, references with citation-template errors, further reading,
 * external links, navbox) and a news story (byline, caption and credit, related box, "Read more"
 * list, photo credit line, author bio).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';
import { makeAnchor } from '../../lib/claims/anchor';
import { claimSourcePart } from '../../lib/claims/claim-source';
import { partOfElement } from '../../lib/claims/page-parts';
import { buildTextIndex } from '../../lib/claims/text-index';

function page(name: string): Document {
  const html = readFileSync(join(import.meta.dirname, '../fixtures/claims', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

const claimTexts = (root: Element): string[] =>
  extractClaims(root, { max: 50 }).map((claim) => claim.text);

/** A claim-like anchor on the text of `element`, as if a claim had been drawn from it. */
function anchorOn(root: Element, element: Element): { anchor: ReturnType<typeof makeAnchor> } {
  const index = buildTextIndex(root);
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const start = index.text.indexOf(text.slice(0, 40));
  expect(start).toBeGreaterThanOrEqual(0);
  return { anchor: makeAnchor(index, start, start + Math.min(text.length, 60)) };
}

describe('an encyclopedia entry', () => {
  const document = page('encyclopedia.html');
  const root = document.querySelector('main')!;
  const texts = claimTexts(root);

  it('yields claims only from its prose, every sentence whole and without markers', () => {
    expect(texts).toEqual(
      expect.arrayContaining([
        'Lake Varnum is a glacial lake in the Northern Uplands, fed by three rivers and drained by the Osk.',
        'It is the largest body of fresh water in the region and supplies drinking water to about 200,000 people.',
        'The lake formed about 12,000 years ago, when the retreating ice sheet left a moraine across the valley.',
        'Fishing villages grew along its eastern shore in the Middle Ages, and a canal to the Osk was dug in 1811.',
      ]),
    );
    expect(texts).toHaveLength(8);
    for (const text of texts) {
      expect(text).not.toMatch(/\[|\]|\^|citation needed/);
      expect(text).toMatch(/[.!?]$/);
    }
  });

  it.each([
    ['the hatnote', 'For the village'],
    ['the infobox', 'Northern Uplands</td>'],
    ['the maintenance box', 'needs additional citations'],
    ['the table of contents', 'History of the lake'],
    ['the caption', 'seen from the ridge'],
    ['a reference', 'New Zealand'],
    ['a reference', 'Hollis, Mara'],
    ['a citation-template error', 'CS1 maint'],
    ['a citation-template error', 'requires |journal='],
    ['the reference list', 'Te Ara'],
    ['further reading', 'Glacial Lakes and Their Shores'],
    ['external links', 'official site of the board'],
    ['the navbox', 'Lakes of the Northern Uplands'],
    ['the tagline', 'From the Open Encyclopedia'],
  ])('draws no claim from %s ("%s")', (_part, text) => {
    expect(texts.join('\n')).not.toContain(text);
  });

  it('the audit names the part each block is', () => {
    const part = (selector: string) =>
      claimSourcePart(root, anchorOn(root, document.querySelector(selector)!));
    expect(part('figcaption')).toBe('caption');
    expect(part('#cite_note-1 cite')).toBe('citation');
    expect(part('#cite_note-3 .reference-text')).toBe('reference');
    expect(part('#toc li')).toBe('toc');
    expect(part('.navbox td')).toBe('template');
    expect(part('.hatnote')).toBe('template');
    expect(part('.ambox')).toBe('template');
    // By the section it stands in: the list under "Further reading" is back matter.
    expect(part('#Further_reading ~ ul li, .mw-heading:has(#Further_reading) + ul li')).toBe(
      'reference',
    );
    // Prose is no page part.
    expect(part('#History ~ p, .mw-heading:has(#History) + p')).toBeNull();
  });
});

describe('a news story', () => {
  const document = page('news-parts.html');
  const root = document.querySelector('article')!;
  const texts = claimTexts(root);

  it('yields the story, not its byline, captions, credits, related links or bio', () => {
    expect(texts).toContain(
      'Workers at the plant will be offered jobs at the new offshore wind farm, which is due to start producing power in 2026.',
    );
    for (const unwanted of [
      'Jane Roe',
      'Photo:',
      'Photograph:',
      'Coal towns',
      'state grid',
      'burned coal on the waterfront',
    ]) {
      expect(texts.join('\n')).not.toContain(unwanted);
    }
  });

  it('the audit names the byline and the caption', () => {
    expect(claimSourcePart(root, anchorOn(root, document.querySelector('.byline')!))).toBe(
      'byline',
    );
    expect(claimSourcePart(root, anchorOn(root, document.querySelector('.credit')!))).toBe(
      'caption',
    );
    expect(claimSourcePart(root, anchorOn(root, document.querySelectorAll('p')[1]!))).toBeNull();
  });
});

describe('partOfElement', () => {
  const element = (html: string): Element => {
    const document = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    return document.body.firstElementChild!;
  };

  it('reads names before roles and tags, whole hyphenated names and class words alike', () => {
    expect(partOfElement(element('<table class="navbox"></table>'))).toBe('template');
    expect(partOfElement(element('<div class="toc" role="navigation"></div>'))).toBe('toc');
    expect(partOfElement(element('<div class="mw-references-wrap"></div>'))).toBe('reference');
    expect(partOfElement(element('<div class="story-read-more-box"></div>'))).toBe('promotion');
    expect(partOfElement(element('<span rel="author"></span>'))).toBe('byline');
    expect(partOfElement(element('<figcaption></figcaption>'))).toBe('caption');
    expect(partOfElement(element('<div class="article-body"></div>'))).toBeNull();
    // "reading" is not "ad", "thread" is not "read".
    expect(partOfElement(element('<div class="reading-thread"></div>'))).toBeNull();
  });
});

describe('page parts inside a paragraph', () => {
  const root = (markup: string): Element =>
    new DOMParser()
      .parseFromString(
        `<!doctype html><html lang="en"><body><article>${markup}</article></body></html>`,
        'text/html',
      )
      .querySelector('article')!;

  it('drops a caption set as a span in a paragraph, and a figcaption in a block-free div', () => {
    const texts = claimTexts(
      root(`<p>The probe mapped the whole surface of the moon over twelve years of flybys.</p>
        <p><span class="wf_caption">The first global geologic map of the moon, made from the probe's radar.</span></p>
        <figure><div class="inner"><img alt=""><figcaption>States where the drug has been legalised for medical use.</figcaption></div></figure>`),
    );
    expect(texts).toEqual([
      'The probe mapped the whole surface of the moon over twelve years of flybys.',
    ]);
  });

  it('leaves a dateline out of the first sentence', () => {
    const texts = claimTexts(
      root(
        `<p><cite class="el-editorial-source">Hong Kong (CNN Business)</cite>A muddled view of the trade talks once again weighed on markets in Asia on Monday.</p>`,
      ),
    );
    expect(texts).toEqual([
      'A muddled view of the trade talks once again weighed on markets in Asia on Monday.',
    ]);
  });
});
