/**
 * One left-to-right pass over text that finds every glossary term at once: at each token, walk
 * the trie as far as the following tokens allow and keep the longest match (leftmost-longest),
 * then resume after it, so matches never overlap. Work per token is bounded by the longest
 * term, so time is linear in the text; memory is a ring of that many tokens.
 */
import { EXACT, type GlossaryIndex, type Trie, type TrieNode } from './compile';
import { DEFAULT_LANGUAGE, primaryLanguage } from './language';
import { Tokenizer } from './tokens';

export interface TextMatch {
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
  entryId: string;
}

export interface MatchLimits {
  /** Only the first occurrence of each entry. */
  firstOnly?: boolean;
  /** Stop after this many matches. */
  maxMatches?: number;
}

/** The terms to look for in text of language `lang` (a BCP 47 tag), if the glossary has any. */
export function trieFor(index: GlossaryIndex, lang: string): Trie | undefined {
  return index.languages.get(primaryLanguage(lang) || DEFAULT_LANGUAGE);
}

/** Applies `MatchLimits` to a stream of matches, across as many scans as the caller runs. */
export class MatchBudget {
  private readonly seen = new Set<string>();
  private count = 0;

  constructor(private readonly limits: MatchLimits = {}) {}

  /** Whether to keep a match of `entryId`; call once per match, in text order. */
  admit(entryId: string): boolean {
    if (this.full) return false;
    if (this.limits.firstOnly) {
      if (this.seen.has(entryId)) return false;
      this.seen.add(entryId);
    }
    this.count++;
    return true;
  }

  get full(): boolean {
    return this.count >= (this.limits.maxMatches ?? Infinity);
  }
}

/**
 * Calls `visit` for each match in `text[from, to)`, in order; `visit` returns false to stop.
 * Every match is reported, limits or not: a skipped repeat still hides shorter overlapping ones.
 */
export function scanText(
  trie: Trie,
  text: string,
  from: number,
  to: number,
  visit: (start: number, end: number, entryId: string) => boolean,
): void {
  if (trie.depth === 0) return;
  const tokens = new TokenRing(text, from, to, trie.depth);
  let i = 0;
  while (tokens.has(i)) {
    let bestId: string | undefined;
    let bestRank = Infinity;
    let bestLast = -1;
    let node: TrieNode = trie.root;
    let k = i;
    // Both a case-insensitive and a case-sensitive child can match one token (a "MoE" entry and
    // a "moe" entry); the second path waits here. Rare, so usually never allocated.
    let pending: [TrieNode, number][] | undefined;
    for (;;) {
      const accept = node.accept;
      if (accept && (k - 1 > bestLast || (k - 1 === bestLast && accept.rank < bestRank))) {
        bestId = accept.entryId;
        bestRank = accept.rank;
        bestLast = k - 1;
      }
      let next: TrieNode | undefined;
      const children = node.children;
      if (children && tokens.has(k)) {
        const slot = k & tokens.mask;
        next = children.get(tokens.lower[slot]!);
        const exact = node.hasExact ? children.get(EXACT + tokens.exact[slot]!) : undefined;
        if (exact && next) (pending ??= []).push([exact, k + 1]);
        else next ??= exact;
      }
      if (next) {
        node = next;
        k++;
        continue;
      }
      const branch = pending?.pop();
      if (!branch) break;
      [node, k] = branch;
    }
    if (bestId === undefined) {
      i++;
      continue;
    }
    const mask = tokens.mask;
    if (!visit(tokens.start[i & mask]!, tokens.end[bestLast & mask]!, bestId)) return;
    i = bestLast + 1;
  }
}

/** Matches in `text`, written in `lang` (English by default), in order, without overlaps. */
export function matchText(
  index: GlossaryIndex,
  text: string,
  limits?: MatchLimits,
  lang = DEFAULT_LANGUAGE,
): TextMatch[] {
  const budget = new MatchBudget(limits);
  const matches: TextMatch[] = [];
  const trie = trieFor(index, lang);
  if (budget.full || !trie) return matches;
  scanText(trie, text, 0, text.length, (start, end, entryId) => {
    if (budget.admit(entryId)) matches.push({ start, end, entryId });
    return !budget.full;
  });
  return matches;
}

/** The last few tokens read, addressed by their absolute index (`k & mask`). */
class TokenRing {
  readonly mask: number;
  readonly start: number[];
  readonly end: number[];
  readonly exact: string[];
  readonly lower: string[];
  private readonly tokenizer: Tokenizer;
  private read = 0;
  private done = false;

  constructor(text: string, from: number, to: number, depth: number) {
    // The scan looks at most `depth` tokens past its position.
    let size = 1;
    while (size < depth + 1) size *= 2;
    this.mask = size - 1;
    this.start = new Array<number>(size);
    this.end = new Array<number>(size);
    this.exact = new Array<string>(size);
    this.lower = new Array<string>(size);
    this.tokenizer = new Tokenizer(text, from, to);
  }

  /** Whether token `k` exists, reading up to it if needed. */
  has(k: number): boolean {
    while (k >= this.read) {
      if (this.done || !this.tokenizer.next()) {
        this.done = true;
        return false;
      }
      const slot = this.read++ & this.mask;
      this.start[slot] = this.tokenizer.start;
      this.end[slot] = this.tokenizer.end;
      this.exact[slot] = this.tokenizer.exact;
      this.lower[slot] = this.tokenizer.lower;
    }
    return true;
  }
}
