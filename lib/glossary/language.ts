/**
 * Which language a glossary entry is in, and which language a stretch of page text is in, so a
 * term matches only text in its own language: the French verb "transformer" never opens the
 * card of the English neural-network term. Languages are compared by their primary subtag
 * ("en-GB" and "en" are one language).
 */
import { lexiconFor } from '../claims/lexicons';

/** The language of an entry that names none: the built-in glossary and most readers' are English. */
export const DEFAULT_LANGUAGE = 'en';

/** A BCP 47 tag as pages and files write it: "en", "pt-BR", "zh-Hant-TW". */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/i;

export function isLanguageTag(tag: string): boolean {
  return LANGUAGE_TAG.test(tag);
}

/** "en-GB" → "en", "ZH_hant" → "zh"; '' for anything that is not a language tag. */
export function primaryLanguage(tag: string): string {
  const trimmed = tag.trim();
  return isLanguageTag(trimmed) ? trimmed.split(/[-_]/)[0]!.toLowerCase() : '';
}

/** Scripts that name their language well enough for a guess; Latin text needs its words read. */
const SCRIPTS: readonly [RegExp, string][] = [
  [/\p{sc=Hiragana}|\p{sc=Katakana}/u, 'ja'],
  [/\p{sc=Hangul}/u, 'ko'],
  [/\p{sc=Han}/u, 'zh'],
  [/\p{sc=Cyrillic}/u, 'ru'],
  [/\p{sc=Arabic}/u, 'ar'],
  [/\p{sc=Hebrew}/u, 'he'],
  [/\p{sc=Greek}/u, 'el'],
  [/\p{sc=Devanagari}/u, 'hi'],
  [/\p{sc=Thai}/u, 'th'],
];
const LETTER = /\p{L}/gu;
const LATIN = /\p{scx=Latin}/gu;

/**
 * A cheap guess at the language of `sample` (a page's opening): a script other than Latin
 * names it outright, most of the time; Latin text goes to the language whose function words
 * are most frequent in it (English, German, French or Spanish; English when none stands out).
 */
export function guessLanguage(sample: string): string {
  const letters = sample.match(LETTER)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  if (letters > 0 && latin * 2 < letters) {
    // Japanese mixes kana into Han text, so kana is tested before Han.
    for (const [script, language] of SCRIPTS) if (script.test(sample)) return language;
  }
  return lexiconFor('', sample).language || DEFAULT_LANGUAGE;
}
