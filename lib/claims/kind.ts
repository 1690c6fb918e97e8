/**
 * Whose claim a sentence is: the writer's own ('asserted', or 'hedged' when hedges outweigh
 * boosters) or someone else's reported view ('attributed', with the source when it is named).
 * Read from the sentence's words with the article language's lexicon, in one pass each: a
 * reporting verb ("said", "sagte", "a déclaré", "dijo") counts when it reports (it is followed
 * by "that", a quotation or the end of the clause) and its subject is not the writer.
 */
import type { ClaimKind } from '../types';
import { lexiconFor, type CompiledLexicon } from './lexicons';
import { tokenize, wordStarts, type Words } from './phrases';
import { quotedSpans } from './quotes';

export interface KindResult {
  kind: ClaimKind;
  source?: string;
}

/** A quotation of this many words or more makes a sentence someone else's. */
const QUOTED_WORDS = 4;
/** How far back a subject may stand from its verb ("Jane Doe, the mayor, said"). */
const PARENTHESIS_CHARACTERS = 120;
/** The group of `lexicon.reporting` whose phrases name the source after them. */
const ACCORDING_TO = 0;
/** A name has at most this many words. */
const NAME_WORDS = 6;

function hasQuotation(text: string): boolean {
  return quotedSpans(text).some(
    ({ start, end }) => text.slice(start, end).trim().split(/\s+/).length >= QUOTED_WORDS,
  );
}

/** A sentence's words with their places, for reading what stands between them. */
interface Placed extends Words {
  text: string;
  starts: number[];
}

const isCapitalised = (words: Words, i: number): boolean => /^\p{Lu}/u.test(words.raw[i] ?? '');
const endOf = (words: Placed, i: number): number => words.starts[i]! + words.raw[i]!.length;

/** The characters after word `before` up to the next word (or the end); from the start for -1. */
function gapAfter(words: Placed, before: number): string {
  const from = before < 0 ? 0 : endOf(words, before);
  return words.text.slice(from, words.starts[before + 1] ?? words.text.length);
}

/** A name read forwards from `at` ("the Bank of Korea", "Jane Doe"), skipping an article. */
function nameAfter(words: Words, at: number, lexicon: CompiledLexicon): string | undefined {
  let i = at;
  if (i < words.word.length && lexicon.articles.has(words.word[i]!)) i++;
  const parts: string[] = [];
  while (i < words.word.length && parts.length < NAME_WORDS) {
    if (isCapitalised(words, i)) parts.push(words.raw[i]!);
    else if (
      parts.length > 0 &&
      lexicon.nameJoiners.has(words.word[i]!) &&
      isCapitalised(words, i + 1)
    )
      parts.push(words.raw[i]!);
    else break;
    i++;
  }
  return cleanName(parts, lexicon);
}

/** A name read backwards from `at`, inclusive ("… Councillor Tom Okafor said"). */
function nameBefore(words: Words, at: number, lexicon: CompiledLexicon): string | undefined {
  const parts: string[] = [];
  for (let i = at; i >= 0 && parts.length < NAME_WORDS; i--) {
    if (isCapitalised(words, i)) parts.unshift(words.raw[i]!);
    else if (lexicon.nameJoiners.has(words.word[i]!) && isCapitalised(words, i - 1))
      parts.unshift(words.raw[i]!);
    else break;
  }
  return cleanName(parts, lexicon);
}

function cleanName(parts: string[], lexicon: CompiledLexicon): string | undefined {
  while (parts.length > 0 && lexicon.notNames.has(parts[0]!.toLowerCase())) parts.shift();
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** Whether the verb ending before `end` reports: "said that", "said:", "said it would", end. */
function reports(words: Placed, end: number, lexicon: CompiledLexicon): boolean {
  if (end === words.word.length) return true;
  // Only the first characters matter; the gap after a word can be any length on a hostile page.
  if (/^\s*[:,"“'‘«»„]/.test(gapAfter(words, end - 1).slice(0, 8))) return true;
  return lexicon.reportedSpeech.matchAt(words, end) !== -1;
}

/** Words back from a subject to the conjunction that would open its clause. */
const CLAUSE_OPENING = 3;

function inSubordinateClause(words: Words, subject: number, lexicon: CompiledLexicon): boolean {
  for (let i = subject; i >= Math.max(0, subject - CLAUSE_OPENING); i--)
    if (lexicon.subordinators.has(words.word[i]!)) return true;
  return false;
}

/** The subject of the verb at `verb`: back over auxiliaries and adverbs ("has also said"). */
function subjectOf(words: Placed, verb: number, lexicon: CompiledLexicon): number {
  let subject = verb - 1;
  while (subject >= 0 && lexicon.between.matchAt(words, subject) === subject + 1) subject--;
  return subject;
}

/** "Jane Doe, the mayor, said": the word before the parenthesis that ends at `subject`. */
function beforeParenthesis(words: Placed, subject: number): number {
  const end = endOf(words, subject);
  const before = words.text.slice(Math.max(0, end - PARENTHESIS_CHARACTERS), end);
  const comma = before.lastIndexOf(',');
  if (comma === -1) return subject;
  const at = end - before.length + comma;
  let i = subject;
  while (i >= 0 && endOf(words, i) > at) i--;
  return i;
}

function attribution(
  text: string,
  words: Words,
  lexicon: CompiledLexicon,
  quoted: boolean,
): KindResult | null {
  const count = words.word.length;
  let placed: Placed | null = null;
  for (let at = 0; at < count; at++) {
    const found = lexicon.reporting.find(words, at);
    if (!found) continue;
    const { end } = found;
    if (found.group === ACCORDING_TO)
      return { kind: 'attributed', source: nameAfter(words, end, lexicon) };
    placed ??= { ...words, text, starts: wordStarts(text, words) };
    let subject = subjectOf(placed, at, lexicon);
    const gap = gapAfter(placed, subject);
    // `"…," said Jane Doe.` / `…, sagte der Minister.`: the source comes after the verb.
    if (/[,"”’»]\s*$/.test(gap.slice(-8))) {
      const next = end < count ? end : -1;
      if (next !== -1 && (isCapitalised(words, next) || lexicon.articles.has(words.word[next]!)))
        return { kind: 'attributed', source: nameAfter(words, end, lexicon) };
    }
    if (subject < 0 || inSubordinateClause(words, subject, lexicon)) continue;
    const parenthesis = /,\s*$/.test(gap.slice(-8));
    // "Some declared this a 'Sputnik moment'": a group's view, whatever follows (a pronoun
    // needs the verb to report: "they have conceded 24 goals" reports nothing).
    if (
      !parenthesis &&
      lexicon.unnamed.matchAt(words, subject) === subject + 1 &&
      !lexicon.pronouns.has(words.word[subject]!)
    )
      return { kind: 'attributed' };
    if (!reports(placed, end, lexicon)) continue;
    if (parenthesis) subject = beforeParenthesis(placed, subject);
    if (subject < 0) continue;
    if (lexicon.self.matchAt(words, subject) === subject + 1) return null;
    if (lexicon.unnamed.matchAt(words, subject) === subject + 1) return { kind: 'attributed' };
    const name = isCapitalised(words, subject) ? nameBefore(words, subject, lexicon) : undefined;
    // "That" is the writer pointing back ("That said, …"): not a source.
    if (name === undefined && isCapitalised(words, subject)) continue;
    return { kind: 'attributed', ...(name ? { source: name } : {}) };
  }
  return quoted || hasQuotation(text) ? { kind: 'attributed' } : null;
}

export interface ClassifyOptions {
  /** From a blockquote: quoted by definition. */
  quoted?: boolean;
  lexicon?: CompiledLexicon;
  tokens?: Words;
  /** Hedges and boosters already counted. */
  hedges?: number;
  boosters?: number;
}

export function classify(text: string, options: ClassifyOptions = {}): KindResult {
  const lexicon = options.lexicon ?? lexiconFor('en');
  const tokens = options.tokens ?? tokenize(text);
  const reported = attribution(text, tokens, lexicon, options.quoted ?? false);
  if (reported) return reported;
  let { hedges, boosters } = options;
  if (hedges === undefined || boosters === undefined) {
    const masked = lexicon.notCues.covered(tokens);
    hedges = lexicon.hedges.count(tokens, masked);
    boosters = lexicon.boosters.count(tokens, masked);
  }
  return { kind: hedges > 0 && hedges > boosters ? 'hedged' : 'asserted' };
}
