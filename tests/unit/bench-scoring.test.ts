/** The benchmark's snippet metric and its tune/test split, pinned to hand-computed values. */
import { describe, expect, it } from 'vitest';
import { scoreSnippetCorpus, scoreSnippets, snippetRecall } from '../../bench/snippet-metric';
import { halfOf, siteOf } from '../../bench/split';

describe('snippet metric', () => {
  const snippets = {
    with: ['the main  text', 'second\npassage'],
    without: ['Share this', 'Footer'],
  };

  it('matches snippets as substrings with whitespace normalised', () => {
    const score = scoreSnippets(
      snippets,
      'Intro. The main text and the second passage.\nShare  this',
    );
    expect(score).toEqual({ tp: 1, fn: 1, fp: 1, tn: 1 });
    expect(snippetRecall(score)).toBe(0.5);
    expect(scoreSnippets(snippets, 'the main text, second passage')).toEqual({
      tp: 2,
      fn: 0,
      fp: 0,
      tn: 2,
    });
  });

  it('sums the counts over all pages before taking the ratios', () => {
    const pages = [
      { tp: 3, fn: 1, fp: 1, tn: 3 },
      { tp: 0, fn: 2, fp: 0, tn: 2 },
    ];
    const score = scoreSnippetCorpus(pages);
    expect(score.precision).toBeCloseTo(3 / 4);
    expect(score.recall).toBeCloseTo(3 / 6);
    expect(score.f1).toBeCloseTo((2 * 0.75 * 0.5) / 1.25);
    expect(score.accuracy).toBeCloseTo(8 / 12);
  });

  it('leaves a page with no main-text snippet out of the per-page recall', () => {
    expect(snippetRecall({ tp: 0, fn: 0, fp: 1, tn: 0 })).toBeNull();
  });
});

describe('tune/test split by site', () => {
  it('reads the site from the host without www., under a country code with its second level', () => {
    expect(siteOf('https://www.example.com/a/b')).toBe('example.com');
    expect(siteOf('https://news.example.com/a')).toBe('example.com');
    expect(siteOf('https://www.bbc.co.uk/news/1')).toBe('bbc.co.uk');
    expect(siteOf('https://diario.com.pa/x')).toBe('diario.com.pa');
  });

  it("reads an archived page as its own site, and trafilatura's named test files", () => {
    expect(siteOf('https://web.archive.org/web/20130307194448/the-pain.net/2008/05/x.html')).toBe(
      'the-pain.net',
    );
    expect(siteOf('https://web.archive.org/web/2014/http://www.time4talks.com/2013/x/')).toBe(
      'time4talks.com',
    );
    expect(siteOf('hard::nationnews.com-schools.html')).toBe('nationnews.com');
    expect(siteOf('hard::zeit.de.zugverkehr.html')).toBe('zeit.de');
  });

  it('puts every page of a site in the same half, the same on every run', () => {
    const urls = [
      'https://www.example.org/1',
      'https://example.org/2',
      'http://blog.example.org/3',
    ];
    expect(new Set(urls.map(halfOf)).size).toBe(1);
    expect(halfOf('https://www.example.org/1')).toBe(halfOf('https://www.example.org/1'));
  });

  it('splits many sites about evenly', () => {
    const halves = Array.from({ length: 400 }, (_, i) => halfOf(`https://www.site${i}.com/`));
    const tune = halves.filter((half) => half === 'tune').length;
    expect(tune).toBeGreaterThan(160);
    expect(tune).toBeLessThan(240);
  });
});
