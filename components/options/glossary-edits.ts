/**
 * The glossary changes the options page makes, as pure functions over the stored record, so
 * each save is one computed value written once (never a sequence of partial writes).
 */
import { builtinGlossary } from '../../lib/glossary/builtin';
import type { GlossaryEntry } from '../../lib/glossary/entry';
import { LIMITS } from '../../lib/glossary/format';
import type { StoredGlossary } from '../../extension/storage/glossary';
import { isHttpUrl } from '../../lib/glossary/entry';

// The same limits an import enforces, so a term typed here can always be exported and re-imported.
export const MAX_TERM_LENGTH = LIMITS.termChars;
export const MAX_DEFINITION_LENGTH = LIMITS.definitionChars;

/** What the add / edit form holds: plain strings, as typed. */
export interface EntryDraft {
  term: string;
  aliases: string;
  definition: string;
  source: string;
  tags: string;
}

/** A field's problem as a message-key suffix (worded by the form through `t()`) and its limit. */
export interface DraftError {
  code: 'required' | 'too_long' | 'too_many' | 'item_too_long' | 'bad_url';
  limit?: number;
}

export type DraftErrors = Partial<Record<keyof EntryDraft, DraftError>>;

export const emptyDraft = (term = ''): EntryDraft => ({
  term,
  aliases: '',
  definition: '',
  source: '',
  tags: '',
});

export function draftOf(entry: GlossaryEntry): EntryDraft {
  return {
    term: entry.term,
    aliases: entry.aliases.join(', '),
    definition: entry.definition,
    source: entry.source ?? '',
    tags: entry.tags.join(', '),
  };
}

/** Splits "MoE; mixture of experts, moe" into distinct, trimmed items (first spelling wins). */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  const items: string[] = [];
  for (const raw of text.split(/[,;]/)) {
    const item = raw.trim();
    const key = item.toLowerCase();
    if (item && !seen.has(key)) {
      seen.add(key);
      items.push(item);
    }
  }
  return items;
}

export function checkDraft(draft: EntryDraft): DraftErrors {
  const errors: DraftErrors = {};
  const term = draft.term.trim();
  if (!term) errors.term = { code: 'required' };
  else if (term.length > MAX_TERM_LENGTH)
    errors.term = { code: 'too_long', limit: MAX_TERM_LENGTH };
  const aliases = checkList(draft.aliases, LIMITS.aliases, LIMITS.termChars);
  if (aliases) errors.aliases = aliases;
  if (draft.definition.trim().length > MAX_DEFINITION_LENGTH) {
    errors.definition = { code: 'too_long', limit: MAX_DEFINITION_LENGTH };
  }
  const source = draft.source.trim();
  if (source.length > LIMITS.sourceChars) {
    errors.source = { code: 'too_long', limit: LIMITS.sourceChars };
  } else if (source && !isHttpUrl(source)) errors.source = { code: 'bad_url' };
  const tags = checkList(draft.tags, LIMITS.tags, LIMITS.tagChars);
  if (tags) errors.tags = tags;
  return errors;
}

function checkList(text: string, maxItems: number, maxChars: number): DraftError | undefined {
  const items = splitList(text);
  if (items.length > maxItems) return { code: 'too_many', limit: maxItems };
  if (items.some((item) => item.length > maxChars))
    return { code: 'item_too_long', limit: maxChars };
  return undefined;
}

/**
 * The entry a valid draft saves as. Everything saved from the form is the reader's own
 * (origin 'user'); editing a built-in keeps its id, so the edit takes the built-in's place.
 */
export function entryFromDraft(draft: EntryDraft, id: string, now: number): GlossaryEntry {
  const source = draft.source.trim();
  return {
    id,
    term: draft.term.trim(),
    aliases: splitList(draft.aliases),
    definition: draft.definition.trim(),
    ...(source ? { source } : {}),
    tags: splitList(draft.tags),
    origin: 'user',
    updatedAt: now,
  };
}

export const newEntryId = () => `user-${crypto.randomUUID()}`;

export const isBuiltinId = (id: string) => builtinGlossary.some((entry) => entry.id === id);

export function putEntry(stored: StoredGlossary, entry: GlossaryEntry): StoredGlossary {
  const exists = stored.entries.some((e) => e.id === entry.id);
  return {
    ...stored,
    entries: exists
      ? stored.entries.map((e) => (e.id === entry.id ? entry : e))
      : [...stored.entries, entry],
  };
}

/**
 * Deleting a built-in mutes it (it ships with Gloss and would come back); deleting the reader's
 * own term removes it and any mute that pointed at it.
 */
export function deleteEntry(stored: StoredGlossary, id: string): StoredGlossary {
  if (isBuiltinId(id)) return setMuted(stored, id, true);
  return {
    entries: stored.entries.filter((e) => e.id !== id),
    muted: stored.muted.filter((m) => m !== id),
  };
}

export function setMuted(stored: StoredGlossary, id: string, muted: boolean): StoredGlossary {
  const others = stored.muted.filter((m) => m !== id);
  return { ...stored, muted: muted ? [...others, id] : others };
}

/** Case-insensitive match on term, aliases, definition and tags. */
export function matchesSearch(entry: GlossaryEntry, query: string): boolean {
  const needle = query.trim().toLowerCase();
  if (!needle) return true;
  return [entry.term, entry.definition, ...entry.aliases, ...entry.tags].some((text) =>
    text.toLowerCase().includes(needle),
  );
}
