/**
 * The tokenizer both sides of the matcher share: glossary terms are compiled with it and page
 * text is scanned with it, so any spelling difference it erases (hyphen vs space, soft hyphens,
 * curly apostrophes, Unicode normalization) is erased on both sides alike.
 *
 * Text splits into three kinds of token:
 * - word: a run of letters, marks and digits (any script that separates words with spaces);
 * - char: one letter of a script written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar),
 *   so a CJK term matches character by character inside running text;
 * - punct: one other visible character ("&", ".", "'"), so "R&D" still matches as written
 *   while "transformer. Models" never matches "transformer models".
 * White space, dashes and format characters separate tokens and are otherwise ignored, which
 * is what makes "mixture-of-experts", "mixture of experts" and "mixture‑of‑experts" one term.
 */
import { DEFAULT_LANGUAGE, primaryLanguage } from './language';

export const WORD = 0;
export const CHAR = 1;
export const PUNCT = 2;
export type TokenKind = typeof WORD | typeof CHAR | typeof PUNCT;

// Character classes; 0 in the cache means "not classified yet".
const C_WORD = 1;
const C_CHAR = 2;
const C_MARK = 3;
/** Invisible inside a word (soft hyphen, joiners, bidi marks): "distil\u00ADla\u00ADtion" is one word. */
const C_IGNORABLE = 4;
const C_GAP = 5;
const C_PUNCT = 6;

// Default-ignorable characters (soft hyphen, joiners, bidi marks, variation selectors) are
// invisible; the zero-width space is the exception, as it marks a break between words.
const IGNORABLE = /^(?!\u200b)\p{Default_Ignorable_Code_Point}$/u;
const IGNORABLES = /\p{Default_Ignorable_Code_Point}/gu;
const UNSPACED_SCRIPT =
  /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Thai}\p{scx=Lao}\p{scx=Khmer}\p{scx=Myanmar}]/u;
const MARK = /\p{M}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const GAP = /[\s\p{Pd}\p{Z}\p{Cc}\p{Cf}]/u;
/** Apostrophe look-alikes, so "Moore’s law" and "Moore's law" are the same tokens. */
const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '\u2032', '\uff07']);

function computeClass(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint);
  if (IGNORABLE.test(ch)) return C_IGNORABLE;
  if (MARK.test(ch)) return C_MARK;
  if (LETTER_OR_DIGIT.test(ch)) return UNSPACED_SCRIPT.test(ch) ? C_CHAR : C_WORD;
  return GAP.test(ch) ? C_GAP : C_PUNCT;
}

// Classified lazily: a page only ever meets a few hundred distinct characters, so the regexes
// run once per character seen rather than once per character of text.
const bmpClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

function classOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    let cls = bmpClasses[codePoint]!;
    if (cls === 0) bmpClasses[codePoint] = cls = computeClass(codePoint);
    return cls;
  }
  let cls = astralClasses.get(codePoint);
  if (cls === undefined) astralClasses.set(codePoint, (cls = computeClass(codePoint)));
  return cls;
}

/**
 * Reads tokens one at a time from `text[from, to)`. After `next()` returns true, the fields
 * describe the token: its offsets in `text`, its kind, and its keys.
 */
export class Tokenizer {
  start = 0;
  end = 0;
  kind: TokenKind = WORD;
  /** The token as written, minus ignorable characters, NFC-normalized. */
  exact = '';
  /** `exact` lower-cased: the key for case-insensitive lookups. */
  lower = '';
  private pos: number;
  /** UTF-16 length of the character `classAt` last read. */
  private width = 1;

  constructor(
    private readonly text: string,
    from = 0,
    private readonly to = text.length,
  ) {
    this.pos = from;
  }

  next(): boolean {
    const to = this.to;
    let first = C_GAP;
    while (this.pos < to) {
      first = this.classAt(this.pos);
      if (first !== C_GAP && first !== C_IGNORABLE) break;
      this.pos += this.width;
    }
    if (this.pos >= to) return false;
    const start = this.pos;
    const inWord = first === C_WORD || first === C_MARK;
    // Only marks and ignorables make a token need normalizing; most tokens are used as sliced.
    let clean = true;
    let pos = start + this.width;
    while (pos < to) {
      let cls = this.classAt(pos);
      if (cls === C_MARK) {
        // Combining marks belong to whatever precedes them (Thai vowels, decomposed accents).
        clean = false;
      } else if (cls === C_IGNORABLE && inWord) {
        // Inside a word only when a letter follows; trailing ones separate like spaces.
        let after = pos + this.width;
        while (after < to) {
          cls = this.classAt(after);
          if (cls !== C_IGNORABLE) break;
          after += this.width;
        }
        if (after >= to || (cls !== C_WORD && cls !== C_MARK)) break;
        clean = false;
        pos = after;
      } else if (cls !== C_WORD || !inWord) {
        break;
      }
      pos += this.width;
    }
    this.start = start;
    this.end = this.pos = pos;
    const raw = this.text.slice(start, pos);
    if (first === C_PUNCT) {
      this.kind = PUNCT;
      this.exact = this.lower = APOSTROPHES.has(raw) ? "'" : raw;
    } else {
      this.kind = first === C_CHAR ? CHAR : WORD;
      this.exact = clean ? raw : raw.replace(IGNORABLES, '').normalize('NFC');
      this.lower = this.kind === WORD ? this.exact.toLowerCase() : this.exact;
    }
    return true;
  }

  /** The class of the character at `pos`; sets `width`. */
  private classAt(pos: number): number {
    let code = this.text.charCodeAt(pos);
    this.width = 1;
    if (code >= 0xd800 && code <= 0xdbff && pos + 1 < this.to) {
      const low = this.text.charCodeAt(pos + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        this.width = 2;
      }
    }
    return classOf(code);
  }
}

export interface Token {
  kind: TokenKind;
  exact: string;
  lower: string;
}

/** All tokens of a short string, e.g. a glossary term. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const tokenizer = new Tokenizer(text);
  while (tokenizer.next()) {
    tokens.push({ kind: tokenizer.kind, exact: tokenizer.exact, lower: tokenizer.lower });
  }
  return tokens;
}

/**
 * The key two terms share when a reader would call them the same term: case, hyphens, spacing
 * and soft hyphens ignored ("Mixture-of-Experts" = "mixture of experts"). Used to dedupe.
 */
export function termKey(term: string): string {
  return tokenize(term)
    .map((token) => token.lower)
    .join(' ');
}

/** Two entries are the same term when their terms share a key and they are in one language. */
export function sameTermKey(entry: { term: string; lang?: string }): string {
  return `${primaryLanguage(entry.lang ?? '') || DEFAULT_LANGUAGE}:${termKey(entry.term)}`;
}
