/**
 * Compiles a glossary into a trie over token keys, so one left-to-right scan finds every term
 * at once (one regex per term, or one giant alternation, degrades badly past a few hundred
 * terms). Each term and alias is inserted as written plus a few generated spellings. Each
 * language has its own trie, so text is scanned only for the terms of its language.
 */
import type { GlossaryEntry } from './entry';
import { DEFAULT_LANGUAGE, primaryLanguage } from './language';
import { PUNCT, WORD, tokenize } from './tokens';
import { isAcronym, pluralsOf, singularsOf } from './variants';

/** Prefix of a case-sensitive key; no token ever contains U+0000 (it is a separator). */
export const EXACT = '\u0000';

export interface TrieNode {
  /** Absent on leaves, which are most nodes: a Map each would dominate compile time. */
  children: Map<string, TrieNode> | undefined;
  /** Whether a child key is case-sensitive, so the scan builds the exact key only when needed. */
  hasExact: boolean;
  accept: Accept | undefined;
}

interface Accept {
  entryId: string;
  /** Lower wins when two entries claim the same spelling. */
  rank: number;
}

/** The terms of one language. */
export interface Trie {
  readonly root: TrieNode;
  /** Tokens in the longest spelling: the scan never looks further ahead than this. */
  readonly depth: number;
}

export interface GlossaryIndex {
  readonly entries: ReadonlyMap<string, GlossaryEntry>;
  /** By primary language subtag ("en", "fr"). */
  readonly languages: ReadonlyMap<string, Trie>;
}

/** The primary subtag an entry is matched in. */
export function entryLanguage(entry: GlossaryEntry): string {
  return primaryLanguage(entry.lang ?? '') || DEFAULT_LANGUAGE;
}

// How a spelling was derived. When two entries claim one spelling, the more literal one wins,
// then the reader's own entry over a built-in, then the earlier entry.
const AS_WRITTEN = 0;
const CLOSED_UP = 1;
const INFLECTED = 2;

/** Entries sharing an id: the last one wins, as in a Map. */
export function compileGlossary(entries: readonly GlossaryEntry[]): GlossaryIndex {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const languages = new Map<string, { root: TrieNode; depth: number }>();
  const insert = (keys: readonly string[], entry: GlossaryEntry, how: number) => {
    const language = entryLanguage(entry);
    let trie = languages.get(language);
    if (!trie) languages.set(language, (trie = { root: newNode(), depth: 0 }));
    let node = trie.root;
    for (const key of keys) {
      node.children ??= new Map();
      let child = node.children.get(key);
      if (!child) {
        child = newNode();
        node.children.set(key, child);
        if (key.startsWith(EXACT)) node.hasExact = true;
      }
      node = child;
    }
    const rank = how * 2 + (entry.origin === 'user' ? 0 : 1);
    if (!node.accept || rank < node.accept.rank) node.accept = { entryId: entry.id, rank };
    trie.depth = Math.max(trie.depth, keys.length);
  };
  for (const entry of byId.values()) {
    for (const spelling of [entry.term, ...entry.aliases]) {
      for (const [keys, how] of spellingsOf(spelling)) insert(keys, entry, how);
    }
  }
  return { entries: byId, languages };
}

/** The key sequences one term or alias is matched by, each with how it was derived. */
function spellingsOf(text: string): [string[], number][] {
  const tokens = tokenize(text);
  // Punctuation alone ("...", "&") would mark noise all over a page.
  if (!tokens.some((token) => token.kind !== PUNCT)) return [];
  const acronym = tokens.map((token) => token.kind === WORD && isAcronym(token.exact));
  const keys = tokens.map((token, i) => (acronym[i] ? EXACT + token.exact : token.lower));
  const spellings: [string[], number][] = [[keys, AS_WRITTEN]];

  const head = keys.slice(0, -1);
  const last = tokens.length - 1;
  const { kind, exact, lower } = tokens[last]!;
  if (kind === WORD) {
    const inflected = acronym[last]
      ? pluralsOf(exact, true).map((form) => EXACT + form)
      : [...pluralsOf(lower, false), ...(last > 0 ? singularsOf(lower) : [])];
    for (const form of inflected) spellings.push([[...head, form], INFLECTED]);
  }

  // "pre-training" also matches "pretraining", and a soft-hyphenated "mixture\u00ADof\u00ADexperts"
  // (read as one word) still matches "mixture of experts".
  if (last > 0 && tokens.every((token, i) => token.kind === WORD && !acronym[i])) {
    const closed = keys.join('');
    spellings.push([[closed], CLOSED_UP]);
    for (const form of pluralsOf(closed, false)) spellings.push([[form], INFLECTED]);
  }
  return spellings;
}

function newNode(): TrieNode {
  return { children: undefined, hasExact: false, accept: undefined };
}
