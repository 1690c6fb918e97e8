/**
 * The reader's glossary in `storage.local`: their own entries (including edited copies of
 * built-in ones, which keep the built-in id) and the terms they asked not to mark.
 */
import { builtinGlossary } from '../../lib/glossary/builtin';
import { type GlossaryEntry, isHttpUrl } from '../../lib/glossary/entry';
import { isLanguageTag } from '../../lib/glossary/language';
import type { RecordSpec } from './envelope';

export interface StoredGlossary {
  entries: GlossaryEntry[];
  /** Ids of terms the reader chose "don't mark this term" for. */
  muted: string[];
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

export function isGlossaryEntry(value: unknown): value is GlossaryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Partial<GlossaryEntry>;
  return (
    typeof e.id === 'string' &&
    e.id.length > 0 &&
    typeof e.term === 'string' &&
    e.term.trim().length > 0 &&
    typeof e.definition === 'string' &&
    isStringList(e.aliases) &&
    isStringList(e.tags) &&
    // The card turns `source` into a link: never a javascript: or data: URL.
    (e.source === undefined || (typeof e.source === 'string' && isHttpUrl(e.source))) &&
    (e.lang === undefined || (typeof e.lang === 'string' && isLanguageTag(e.lang))) &&
    (e.origin === 'builtin' || e.origin === 'user') &&
    typeof e.updatedAt === 'number'
  );
}

export function validateStoredGlossary(data: unknown): StoredGlossary | null {
  if (typeof data !== 'object' || data === null) return null;
  const { entries, muted } = data as Partial<StoredGlossary>;
  if (!Array.isArray(entries) || !entries.every(isGlossaryEntry) || !isStringList(muted))
    return null;
  return { entries, muted };
}

export const glossaryRecord: RecordSpec<StoredGlossary> = {
  key: 'glossary',
  version: 1,
  migrations: {},
  validate: validateStoredGlossary,
  fallback: () => ({ entries: [], muted: [] }),
};

/** Built-ins, with the reader's edits in their place, then the reader's own terms. */
export function effectiveEntries(stored: StoredGlossary): GlossaryEntry[] {
  const own = new Map(stored.entries.map((entry) => [entry.id, entry]));
  const merged = builtinGlossary.map((entry) => own.get(entry.id) ?? entry);
  const builtinIds = new Set(builtinGlossary.map((entry) => entry.id));
  return [...merged, ...stored.entries.filter((entry) => !builtinIds.has(entry.id))];
}

/** The entries the page should mark: everything not muted. */
export function markableEntries(stored: StoredGlossary): GlossaryEntry[] {
  const muted = new Set(stored.muted);
  return effectiveEntries(stored).filter((entry) => !muted.has(entry.id));
}
