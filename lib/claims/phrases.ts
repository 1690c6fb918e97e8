/**
 * Cue phrases matched over a sentence's words rather than its characters. A lexicon entry is a
 * phrase of word patterns, so the lexicons read as word lists in any language (a `\b` regex
 * knows only ASCII letters and would split "dürfte"), and matching is linear: every pattern is a
 * short, bounded sequence tried once at each word.
 *
 * Phrase syntax, one pattern per word, separated by spaces:
 * - `may|might` alternatives; `suggest*` a prefix, `*er` a suffix;
 * - `=may` the word in exactly that case (lower-case "may", not the month "May");
 * - `+` any one word; `…` up to three words; a trailing `?` makes a pattern optional.
 */

/**
 * A sentence's words as two parallel arrays rather than an object a word: a long article has
 * tens of thousands of words, and the objects' garbage once cost more than the matching.
 */
export interface Words {
  /** Lower case, with typographic apostrophes made plain. */
  word: string[];
  /** As written. */
  readonly raw: string[];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function tokenize(text: string): Words {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    // A few letters change length when lower-cased (İ): then word by word, to stay aligned.
    const raw: string[] = text.match(WORD) ?? [];
    return { word: raw.map((w) => w.toLowerCase().replace(/’/g, "'")), raw };
  }
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  const word: string[] = lower.match(WORD) ?? [];
  // Most sentences never need the words as written (names, "May"): read them on demand.
  let raw: string[] | null = null;
  return {
    word,
    get raw() {
      return (raw ??= text.match(WORD) ?? []);
    },
  };
}

/** Where each word starts in `text`: found again on demand, as few sentences need it. */
export function wordStarts(text: string, words: Words): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const raw of words.raw) {
    at = text.indexOf(raw, at);
    starts.push(at);
    at += raw.length;
  }
  return starts;
}

interface WordPattern {
  any: boolean;
  gap: boolean;
  optional: boolean;
  exactCase: boolean;
  words: Set<string>;
  prefixes: string[];
  suffixes: string[];
}

const MAX_GAP = 3;

function compileWord(source: string): WordPattern {
  let text = source;
  const optional = text.length > 1 && text.endsWith('?');
  if (optional) text = text.slice(0, -1);
  const exactCase = text.startsWith('=');
  if (exactCase) text = text.slice(1);
  const pattern: WordPattern = {
    any: text === '+',
    gap: text === '…',
    optional,
    exactCase,
    words: new Set(),
    prefixes: [],
    suffixes: [],
  };
  for (const alternative of text.split('|')) {
    if (alternative.length > 1 && alternative.endsWith('*'))
      pattern.prefixes.push(alternative.slice(0, -1));
    else if (alternative.length > 1 && alternative.startsWith('*'))
      pattern.suffixes.push(alternative.slice(1));
    else pattern.words.add(exactCase ? alternative : alternative.toLowerCase());
  }
  return pattern;
}

function wordMatches(pattern: WordPattern, words: Words, t: number): boolean {
  if (pattern.any) return true;
  const word = pattern.exactCase ? words.raw[t]! : words.word[t]!;
  if (pattern.words.has(word)) return true;
  // Affixes need a stem of their own: "*er" is not the word "er".
  for (const prefix of pattern.prefixes)
    if (word.length > prefix.length && word.startsWith(prefix)) return true;
  for (const suffix of pattern.suffixes)
    if (word.length > suffix.length && word.endsWith(suffix)) return true;
  return false;
}

/** The index after a match of `pattern[p..]` at `tokens[t..]`, or -1. Bounded by the phrase. */
function matchFrom(pattern: readonly WordPattern[], p: number, tokens: Words, t: number): number {
  if (p === pattern.length) return t;
  const word = pattern[p]!;
  if (word.gap) {
    for (let skip = 0; skip <= MAX_GAP && t + skip <= tokens.word.length; skip++) {
      const end = matchFrom(pattern, p + 1, tokens, t + skip);
      if (end !== -1) return end;
    }
    return -1;
  }
  if (t < tokens.word.length && wordMatches(word, tokens, t)) {
    const end = matchFrom(pattern, p + 1, tokens, t + 1);
    if (end !== -1) return end;
  }
  return word.optional ? matchFrom(pattern, p + 1, tokens, t) : -1;
}

interface Phrase {
  words: WordPattern[];
  /** Which of the set's lists it came from. */
  group: number;
}

interface Found {
  end: number;
  group: number;
}

function firstMatch(
  phrases: readonly Phrase[],
  tokens: Words,
  at: number,
  end: number | undefined,
): Found | null {
  for (const phrase of phrases) {
    const found = matchFrom(phrase.words, 0, tokens, at);
    if (found > at && (end === undefined || found === end))
      return { end: found, group: phrase.group };
  }
  return null;
}

/**
 * Compiled phrase lists: which phrases can start at a word, looked up by that word. Several
 * lists (groups) can share one set, so that one pass over a sentence counts them all.
 */
export class PhraseSet {
  private readonly byWord = new Map<string, Phrase[]>();
  /** Phrases whose first word is not a plain word (affixes, wildcards): tried everywhere. */
  private readonly elsewhere: Phrase[] = [];
  private readonly groups: number;

  constructor(...groups: (readonly string[])[]) {
    this.groups = groups.length;
    groups.forEach((phrases, group) => {
      for (const source of phrases) {
        const words = source.split(' ').filter(Boolean).map(compileWord);
        const first = words[0];
        if (!first) continue;
        const phrase = { words, group };
        const plain = !first.any && !first.gap && !first.optional;
        if (!plain || first.prefixes.length > 0 || first.suffixes.length > 0) {
          this.elsewhere.push(phrase);
          continue;
        }
        // Indexed in lower case; an exact-case word is checked again when matched.
        for (const word of new Set([...first.words].map((w) => w.toLowerCase()))) {
          const list = this.byWord.get(word) ?? [];
          list.push(phrase);
          this.byWord.set(word, list);
        }
      }
    });
  }

  /** The first phrase matching at `tokens[at]` (with `end`, only one that ends there), or null. */
  find(tokens: Words, at: number, end?: number): Found | null {
    const word = tokens.word[at];
    if (word === undefined) return null;
    const candidates = this.byWord.get(word);
    const found = candidates ? firstMatch(candidates, tokens, at, end) : null;
    if (found || this.elsewhere.length === 0) return found;
    return firstMatch(this.elsewhere, tokens, at, end);
  }

  /** The end (token index) of the first phrase matching at `tokens[at]`, or -1. */
  matchAt(tokens: Words, at: number, end?: number): number {
    return this.find(tokens, at, end)?.end ?? -1;
  }

  /**
   * Non-overlapping matches of each group, left to right, in one pass; words in `masked` start
   * no match of the groups in `maskedGroups`.
   */
  countGroups(
    tokens: Words,
    masked: ReadonlySet<number> | null = null,
    maskedGroups: readonly number[] = [],
  ): number[] {
    const counts = new Array<number>(this.groups).fill(0);
    const free = new Array<number>(this.groups).fill(0);
    const tryAll = (phrases: readonly Phrase[], at: number): void => {
      for (const { words, group } of phrases) {
        if (at < free[group]! || (masked?.has(at) && maskedGroups.includes(group))) continue;
        const found = matchFrom(words, 0, tokens, at);
        if (found <= at) continue;
        counts[group]!++;
        free[group] = found;
      }
    };
    for (let at = 0; at < tokens.word.length; at++) {
      const candidates = this.byWord.get(tokens.word[at]!);
      if (candidates) tryAll(candidates, at);
      if (this.elsewhere.length > 0) tryAll(this.elsewhere, at);
    }
    return counts;
  }

  /** Non-overlapping matches, left to right, skipping words in `masked`. */
  count(tokens: Words, masked: ReadonlySet<number> | null = null): number {
    return this.countGroups(tokens, masked, [0]).reduce((a, b) => a + b, 0);
  }

  /** The words covered by any match, or null for none: phrases that cancel a cue ("more likely"). */
  covered(tokens: Words): Set<number> | null {
    let words: Set<number> | null = null;
    for (let at = 0; at < tokens.word.length; at++) {
      const end = this.matchAt(tokens, at);
      for (let i = at; i < end; i++) (words ??= new Set()).add(i);
    }
    return words;
  }

  startsWith(tokens: Words): boolean {
    return this.matchAt(tokens, 0) !== -1;
  }

  /** A phrase that takes up the last words. */
  endsWith(tokens: Words): boolean {
    const length = tokens.word.length;
    for (let at = Math.max(0, length - 6); at < length; at++) {
      if (this.matchAt(tokens, at, length) !== -1) return true;
    }
    return false;
  }
}
