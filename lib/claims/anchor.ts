/**
 * TextQuote anchors (W3C Web Annotation): a claim is stored as its exact text plus ~32
 * characters on each side, and re-found in a page that may have been re-rendered since —
 * split into spans, re-flowed, or with text inserted before it. Search order follows
 * Hypothesis: exact matches ranked by context, then a whitespace- and case-blind match, then
 * the window of words that best overlaps the quote.
 */
import type { TextQuoteAnchor } from '../types';
import { buildTextIndex, rangeOf, type TextIndex, type TextRange } from './text-index';
import { words } from './tokens';

const CONTEXT = 32;

export function makeAnchor(index: TextIndex, start: number, end: number): TextQuoteAnchor {
  return {
    exact: index.text.slice(start, end),
    prefix: index.text.slice(Math.max(0, start - CONTEXT), start),
    suffix: index.text.slice(end, end + CONTEXT),
  };
}

/** Characters shared by the context around `[start, end)` and the anchor's prefix and suffix. */
function contextScore(text: string, start: number, end: number, anchor: TextQuoteAnchor): number {
  let score = 0;
  const { prefix, suffix } = anchor;
  while (score < prefix.length && text[start - 1 - score] === prefix[prefix.length - 1 - score])
    score++;
  let after = 0;
  while (after < suffix.length && text[end + after] === suffix[after]) after++;
  return score + after;
}

function best(candidates: Iterable<[number, number]>, text: string, anchor: TextQuoteAnchor) {
  let chosen: [number, number] | null = null;
  let chosenScore = -1;
  for (const candidate of candidates) {
    const score = contextScore(text, candidate[0], candidate[1], anchor);
    if (score > chosenScore) [chosen, chosenScore] = [candidate, score];
  }
  return chosen;
}

function* occurrences(haystack: string, needle: string): Generator<number> {
  if (needle.length === 0) return;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1))
    yield at;
}

const PLAIN: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
};

/** Lower case and plain quotes and dashes, one character for one so offsets still line up. */
function fold(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower.replace(/[‘’“”–—]/g, (c) => PLAIN[c]!);
  // Rare letters (İ) grow when lower-cased: fold those one by one and keep them as they are.
  return Array.from(text, (c) => (c.toLowerCase().length === c.length ? fold(c) : c)).join('');
}

function exactMatch(index: TextIndex, anchor: TextQuoteAnchor): [number, number] | null {
  const exact = anchor.exact.replace(/\s+/g, ' ').trim();
  const spans = Array.from(occurrences(index.text, exact), (at): [number, number] => [
    at,
    at + exact.length,
  ]);
  return best(spans, index.text, anchor);
}

/** Ignores white space entirely ("Deep Seek" vs "DeepSeek", spans glued together) and case. */
function looseMatch(index: TextIndex, anchor: TextQuoteAnchor): [number, number] | null {
  const positions: number[] = [];
  let compact = '';
  const folded = fold(index.text);
  for (let i = 0; i < folded.length; i++) {
    if (folded[i] === ' ') continue;
    compact += folded[i];
    positions.push(i);
  }
  const needle = fold(anchor.exact).replace(/\s+/g, '');
  const spans = Array.from(occurrences(compact, needle), (at): [number, number] => [
    positions[at]!,
    positions[at + needle.length - 1]! + 1,
  ]);
  return best(spans, index.text, anchor);
}

/** The window of as many words as the quote that shares the most of them; null below 60 %. */
function fuzzyMatch(index: TextIndex, anchor: TextQuoteAnchor): [number, number] | null {
  const wanted = words(fold(anchor.exact));
  if (wanted.length === 0) return null;
  const need = new Map<string, number>();
  for (const word of wanted) need.set(word, (need.get(word) ?? 0) + 1);
  const tokens = Array.from(fold(index.text).matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu), (m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const size = wanted.length;
  const have = new Map<string, number>();
  let shared = 0;
  const add = (word: string, delta: number): void => {
    const before = have.get(word) ?? 0;
    const limit = need.get(word) ?? 0;
    have.set(word, before + delta);
    shared += Math.min(before + delta, limit) - Math.min(before, limit);
  };
  let bestShared = 0;
  let bestAt = -1;
  for (let i = 0; i < tokens.length; i++) {
    add(tokens[i]!.word, 1);
    if (i >= size) add(tokens[i - size]!.word, -1);
    if (shared > bestShared) [bestShared, bestAt] = [shared, Math.max(0, i - size + 1)];
  }
  if (bestAt < 0 || bestShared / size < 0.6) return null;
  const last = tokens[Math.min(tokens.length, bestAt + size) - 1]!;
  return [tokens[bestAt]!.start, last.end];
}

/** Where `anchor` is in `root` now, or null when the quoted text is gone. */
export function findAnchor(root: Element, anchor: TextQuoteAnchor): TextRange | null {
  const index = buildTextIndex(root);
  const found = exactMatch(index, anchor) ?? looseMatch(index, anchor) ?? fuzzyMatch(index, anchor);
  return found ? rangeOf(index, found[0], found[1]) : null;
}
