/**
 * Words for comparing sentences: lower-cased, the language's function words dropped, elisions
 * ("l'économie") and possessives and plurals folded, so "companies'" and "company" count as the
 * same term.
 */
import { en } from './lexicons/en';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

// Function words only: content words, even common ones, carry the article's topic.
const ENGLISH_STOP_WORDS = new Set(en.stopWords.split(' '));

/** French and Italian elided articles and pronouns, written onto the next word. */
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|dell|all|dall|nell|sull)['’](?=\p{L})/u;

/** Every word of `text`, lower-cased, in order (for counting words and for overlap). */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

function stem(word: string): string {
  const bare = word.replace(ELISION, '').replace(/['’]s$/, '');
  if (bare.length > 4 && bare.endsWith('ies')) return bare.slice(0, -3) + 'y';
  if (bare.length > 3 && bare.endsWith('s') && !/(ss|us|is)$/.test(bare)) return bare.slice(0, -1);
  return bare;
}

/** Content terms among `words` (from `words()`): function words dropped, light stemming. */
export function contentTerms(
  words: readonly string[],
  stopWords: ReadonlySet<string> = ENGLISH_STOP_WORDS,
): string[] {
  const out: string[] = [];
  for (const word of words) {
    if (stopWords.has(word)) continue;
    const term = stem(word);
    if (!stopWords.has(term)) out.push(term);
  }
  return out;
}

/** Token Jaccard similarity of two term lists, as sets. */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const term of left) if (right.has(term)) shared++;
  return shared / (left.size + right.size - shared);
}
