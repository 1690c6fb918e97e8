/** The extraction benchmark's shingle metric, pinned to hand-computed values. */
import { describe, expect, it } from 'vitest';
import { pagePrecision, pageRecall, scoreCorpus, scorePage } from '../../bench/shingle-metric';

describe('shingle metric', () => {
  it('scores identical texts as perfect', () => {
    const page = scorePage('one two three four five', 'one two three four five');
    expect(page).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts 4-word shingles with multiplicity, normalised by their sum', () => {
    // truth: a b c d e → [abcd, bcde]; prediction: a b c d x → [abcd, bcdx]
    const page = scorePage('a b c d e', 'a b c d x');
    expect(page.tp).toBeCloseTo(1 / 3);
    expect(page.fp).toBeCloseTo(1 / 3);
    expect(page.fn).toBeCloseTo(1 / 3);
    expect(pagePrecision(page)).toBeCloseTo(0.5);
    expect(pageRecall(page)).toBeCloseTo(0.5);
  });

  it('tokenises Unicode words and ignores punctuation', () => {
    expect(scorePage('Größe, café — naïve señor!', 'Größe café naïve señor').tp).toBe(1);
    expect(scorePage('东京 大阪 京都 奈良', '东京 大阪 京都 奈良').tp).toBe(1);
  });

  it('makes one short shingle of a text under four words', () => {
    expect(scorePage('just two', 'just two')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('leaves empty predictions out of precision and counts both-empty pages as 1', () => {
    const missing = scorePage('a b c d', '');
    expect(pagePrecision(missing)).toBeNull();
    expect(pageRecall(missing)).toBe(0);
    const score = scoreCorpus([missing, scorePage('', ''), scorePage('a b c d', 'a b c d')]);
    expect(score.precision).toBeCloseTo(1);
    expect(score.recall).toBeCloseTo(2 / 3);
    expect(score.f1).toBeCloseTo((2 * 1 * (2 / 3)) / (1 + 2 / 3));
  });
});
