/**
 * Turns one imported row (from JSON or CSV, so any shape at all) into a valid entry, or into
 * the reason it cannot be one. Every imported entry is the reader's own (origin 'user'); its
 * text is plain, trimmed and within `LIMITS`. A row over a limit is refused rather than cut,
 * so nothing is silently lost: the preview says which row and why.
 */
import { type GlossaryEntry, isHttpUrl } from './entry';
import { LIMITS } from './format';
import { isLanguageTag } from './language';
import { toPlainLine, toPlainText } from './plain-text';
import { termKey } from './tokens';

/** The fields an import reads, untyped until checked. */
export interface RawEntry {
  id?: unknown;
  term?: unknown;
  aliases?: unknown;
  definition?: unknown;
  tags?: unknown;
  source?: unknown;
  lang?: unknown;
  updatedAt?: unknown;
}

export type CleanResult = { entry: GlossaryEntry } | { reason: string };

/** Ids kept from a file: Gloss's own (slugs, `user-<uuid>`), not arbitrary text. */
const ID = /^[\w:.-]{1,100}$/;

export function cleanEntry(raw: RawEntry): CleanResult {
  if (typeof raw.term !== 'string') return { reason: 'the term is missing or not text' };
  const term = toPlainLine(raw.term);
  const termProblem = checkTerm(term, 'term');
  if (termProblem) return { reason: termProblem };

  if (
    raw.definition !== undefined &&
    raw.definition !== null &&
    typeof raw.definition !== 'string'
  ) {
    return { reason: 'the definition is not text' };
  }
  const definition = toPlainText(raw.definition ?? '');
  if (definition.length > LIMITS.definitionChars) {
    return { reason: `the definition is longer than ${LIMITS.definitionChars} characters` };
  }

  const aliases = cleanList(raw.aliases, 'aliases');
  if ('reason' in aliases) return aliases;
  const ownKey = termKey(term);
  const aliasList = aliases.items.filter((alias) => termKey(alias) !== ownKey);
  if (aliasList.length > LIMITS.aliases) return { reason: `more than ${LIMITS.aliases} aliases` };
  for (const alias of aliasList) {
    const problem = checkTerm(alias, `alias "${alias.slice(0, 20)}"`);
    if (problem) return { reason: problem };
  }

  const tags = cleanList(raw.tags, 'tags');
  if ('reason' in tags) return tags;
  if (tags.items.length > LIMITS.tags) return { reason: `more than ${LIMITS.tags} tags` };
  if (tags.items.some((tag) => tag.length > LIMITS.tagChars)) {
    return { reason: `a tag is longer than ${LIMITS.tagChars} characters` };
  }

  const source = cleanSource(raw.source);
  if (typeof source === 'object') return source;

  const lang = cleanLang(raw.lang);
  if (typeof lang === 'object') return lang;

  return {
    entry: {
      id: typeof raw.id === 'string' && ID.test(raw.id) ? raw.id : '',
      term,
      aliases: aliasList,
      definition,
      ...(source === undefined ? {} : { source }),
      tags: tags.items,
      ...(lang === undefined ? {} : { lang }),
      origin: 'user',
      updatedAt:
        typeof raw.updatedAt === 'number' && Number.isFinite(raw.updatedAt) && raw.updatedAt > 0
          ? Math.floor(raw.updatedAt)
          : 0,
    },
  };
}

function checkTerm(text: string, what: string): string | undefined {
  if (text === '') return `the ${what} is empty`;
  if (text.length > LIMITS.termChars)
    return `the ${what} is longer than ${LIMITS.termChars} characters`;
  // Nothing to match: a term of only dashes or punctuation would never mark anything useful.
  if (!/[\p{L}\p{N}]/u.test(text)) return `the ${what} has no letters or digits`;
  return undefined;
}

/** A list given as an array of text or as one "a; b" cell; blanks and repeats dropped. */
function cleanList(value: unknown, what: string): { items: string[] } | { reason: string } {
  if (value === undefined || value === null) return { items: [] };
  const parts = typeof value === 'string' ? value.split(';') : value;
  if (!Array.isArray(parts) || !parts.every((part) => typeof part === 'string')) {
    return { reason: `${what} must be a list of text` };
  }
  const seen = new Set<string>();
  const items: string[] = [];
  for (const part of parts as string[]) {
    const item = toPlainLine(part);
    const key = termKey(item) || item.toLowerCase();
    if (item && !seen.has(key)) {
      seen.add(key);
      items.push(item);
    }
  }
  return { items };
}

/** An http(s) link, normalized; anything else (javascript:, data:, file:) is refused. */
function cleanSource(value: unknown): string | undefined | { reason: string } {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return { reason: 'the source is not text' };
  const text = value.trim();
  if (text === '') return undefined;
  const refused = { reason: 'the source must be an http(s) link' };
  if (text.length > LIMITS.sourceChars) return refused;
  return isHttpUrl(text) ? new URL(text).href : refused;
}

/** A language tag such as "fr" or "pt-BR"; blank means the default, English. */
function cleanLang(value: unknown): string | undefined | { reason: string } {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return { reason: 'the language is not text' };
  const text = value.trim();
  if (text === '') return undefined;
  return isLanguageTag(text) && text.length <= 35
    ? text.replace('_', '-')
    : { reason: 'the language must be a tag such as "en" or "fr"' };
}
