/**
 * Every text rule of the claims runs in linear time, whatever the page writes. A paragraph of
 * 80,000 opening curly quotes once froze a tab for 18 s: quote patterns were retried from every
 * mark, `\b` let a comparison pattern start inside every word. Here long runs of every quote and
 * punctuation mark, alone and mixed with words, go through each rule directly (past the cap on
 * sentence length) and through `extractClaims`.
 *
 * The budget is not a timing test: the linear code reads 50,000 characters in a few
 * milliseconds, the quadratic patterns took seconds; a budget two orders of magnitude above
 * the first keeps a loaded machine from failing a sound build.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';
import { classify } from '../../lib/claims/kind';
import { lexiconFor } from '../../lib/claims/lexicons';
import { tokenize } from '../../lib/claims/phrases';
import { quotedSpans } from '../../lib/claims/quotes';
import { readCues } from '../../lib/claims/score';
import { sentenceSplitter } from '../../lib/claims/sentences';

const LENGTH = 50_000;
const BUDGET_MS = 1_500;

const QUOTES = [...'"\'“”‘’«»„‚‹›「」『』＂＇`´'];
const PUNCTUATION = [...'.!?…,;:()[]{}-–—^*/\\#@&%|~_¡¿。！？·•'];
/** Pieces that wake up the rules: words that patterns look for, names, abbreviations. */
const WORDS = [
  'a',
  'A',
  'é',
  'word',
  'Jane',
  'said',
  'than',
  'er',
  'more',
  'Dr',
  'z',
  'ist',
  'que',
  ' ',
];

/** A long text from one mark in one of the shapes that broke the old patterns. */
function shaped(mark: string, shape: number): string {
  const unit = [mark, `a${mark}`, `word ${mark}`, `${mark} `, `Aé${mark}`, `${mark}said `][shape]!;
  return unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
}

const marks = fc.constantFrom(...QUOTES, ...PUNCTUATION);
const shapedText = fc.tuple(marks, fc.integer({ min: 0, max: 5 })).map(([m, s]) => shaped(m, s));
/** Random mixes: runs of marks between words, the shape no one thought of. */
const mixedText = fc
  .array(
    fc.tuple(
      fc.constantFrom(...QUOTES, ...PUNCTUATION, ...WORDS),
      fc.integer({ min: 1, max: 400 }),
    ),
    {
      minLength: 20,
      maxLength: 200,
    },
  )
  .map((runs) => runs.map(([piece, times]) => piece.repeat(times)).join(''))
  .map((text) => text.repeat(Math.ceil(LENGTH / Math.max(text.length, 1))).slice(0, LENGTH));

function elapsed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const LANGUAGES = ['en', 'de', 'fr', 'es'];

/** Each rule the ranker applies to a sentence's text, on the whole text at once. */
function everyRule(text: string, lang: string): void {
  const lexicon = lexiconFor(lang);
  const tokens = tokenize(text);
  quotedSpans(text);
  readCues(text, tokens, lexicon);
  classify(text, { lexicon, tokens });
  classify(text, { lexicon });
  sentenceSplitter(lang)(text);
  sentenceSplitter(lang, false)(text);
}

function article(text: string, lang: string): Element {
  const document = new DOMParser().parseFromString(
    `<!doctype html><html lang="${lang}"><body><article><p>The council approved the budget on Tuesday after a long debate.</p><p></p></article></body></html>`,
    'text/html',
  );
  document.querySelectorAll('p')[1]!.textContent = text;
  return document.querySelector('article')!;
}

describe('claims on hostile text: linear time', () => {
  it.each(LANGUAGES)(
    'every rule reads long runs of each quote and punctuation mark (%s)',
    (lang) => {
      fc.assert(
        fc.property(shapedText, (text) => elapsed(() => everyRule(text, lang)) < BUDGET_MS),
        { numRuns: 25 },
      );
    },
    120_000,
  );

  it('every rule reads random mixes of marks and words', () => {
    fc.assert(
      fc.property(
        mixedText,
        fc.constantFrom(...LANGUAGES),
        (text, lang) => elapsed(() => everyRule(text, lang)) < BUDGET_MS,
      ),
      { numRuns: 25 },
    );
  }, 120_000);

  it('extractClaims reads a paragraph of 80,000 opening quotes, and of quotes between words', () => {
    for (const text of [
      '“'.repeat(80_000),
      'a“'.repeat(40_000),
      'a‘'.repeat(40_000),
      'a!'.repeat(40_000),
    ]) {
      const root = article(text, 'en');
      let claims: ReturnType<typeof extractClaims> = [];
      expect(elapsed(() => (claims = extractClaims(root)))).toBeLessThan(BUDGET_MS);
      // The page's real sentence is still found; the run is no claim.
      expect(claims.map((claim) => claim.text)).toEqual([
        'The council approved the budget on Tuesday after a long debate.',
      ]);
    }
  }, 60_000);

  it('extractClaims reads long runs of each mark', () => {
    fc.assert(
      fc.property(shapedText, fc.constantFrom(...LANGUAGES), (text, lang) => {
        const root = article(text, lang);
        return elapsed(() => extractClaims(root)) < BUDGET_MS;
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
