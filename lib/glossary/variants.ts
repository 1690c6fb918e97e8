/**
 * Spelling variants a glossary term also matches, generated once at compile time so the scan
 * itself does a single lookup per token. English rules only: the glossary is English-first,
 * and a wrong inflection in another language would only add keys that never match.
 */

/**
 * Short acronyms are matched case-sensitively as written: "MoE", "AGI", "RL" and "CoT" are
 * terms, while "moe", "agi" or "rl" in running text are usually something else (or a typo).
 * An acronym here is at most 5 letters with at least 2 capitals.
 */
export function isAcronym(word: string): boolean {
  // Most words have no capital at all: settle those without a regex.
  if (word === word.toLowerCase()) return false;
  const letters = word.match(/\p{L}/gu)?.length ?? 0;
  const capitals = word.match(/\p{Lu}/gu)?.length ?? 0;
  return letters <= 5 && capitals >= 2;
}

/** English inflection applies to plain English letters only. */
const LATIN_WORD = /^[a-z]+$/i;
const CONSONANT_Y = /[^aeiou]y$/;
const SIBILANT = /(?:s|x|z|ch|sh)$/;

/** "model" → ["models"], "policy" → ["policies"], "tax" → ["taxes"]; acronyms add "s" only. */
export function pluralsOf(word: string, acronym: boolean): string[] {
  if (!LATIN_WORD.test(word)) return [];
  if (acronym) return [`${word}s`];
  if (CONSONANT_Y.test(word)) return [`${word.slice(0, -1)}ies`];
  if (SIBILANT.test(word)) return [`${word}es`];
  return [`${word}s`];
}

/**
 * "laws" → ["law"], "policies" → ["policy"], "taxes" → ["taxe", "tax"]. Only for the last word
 * of a multi-word term ("scaling laws" → "scaling law"): a single plural word is often an
 * everyday word once singular ("embeddings" vs "embedding"), so it is left as written.
 */
export function singularsOf(word: string): string[] {
  if (!LATIN_WORD.test(word) || word.length < 4 || !word.endsWith('s')) return [];
  // "process", "consensus", "analysis", "economics": not plurals.
  if (/(?:ss|us|is|ics)$/.test(word)) return [];
  if (word.endsWith('ies')) return [`${word.slice(0, -3)}y`];
  const singulars = [word.slice(0, -1)];
  if (/(?:s|x|z|ch|sh)es$/.test(word)) singulars.push(word.slice(0, -2));
  return singulars;
}
