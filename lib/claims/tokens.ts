/**
 * Words for comparing sentences: lower-cased, stop words dropped, possessives and plurals
 * folded, so "companies'" and "company" count as the same term.
 */

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

// Function words only: content words, even common ones, carry the article's topic.
const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before ' +
    'being below between both but by can could did do does doing done down during each even ever ' +
    'few for from further had has have having he her here hers herself him himself his how i if ' +
    'in into is it its itself just let me more most my myself no nor not now of off on once only ' +
    'or other our ours ourselves out over own same she should so some such than that the their ' +
    'theirs them themselves then there these they this those through to too under until up upon ' +
    'us very was we were what when where which while who whom why will with would yet you your ' +
    'yours yourself yourselves may might must shall one ones much many every s t'
  ).split(' '),
);

/** Every word of `text`, lower-cased, in order (for counting words and for overlap). */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

function stem(word: string): string {
  const bare = word.replace(/['’]s$/, '');
  if (bare.length > 4 && bare.endsWith('ies')) return bare.slice(0, -3) + 'y';
  if (bare.length > 3 && bare.endsWith('s') && !/(ss|us|is)$/.test(bare)) return bare.slice(0, -1);
  return bare;
}

/** Content terms among `words` (from `words()`): stop words dropped, light stemming. */
export function contentTerms(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    if (STOP_WORDS.has(word)) continue;
    out.push(stem(word));
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
