/**
 * Whether a glossary fits `storage.sync`, checked before writing so the reader gets a clear
 * message instead of a quota error half-way through. Quotas are the same in Chrome and Firefox;
 * an item's size is its key plus its JSON, counted here in UTF-8 bytes (an upper bound).
 */
import { utf8Length } from './bytes';
import type { GlossaryEntry } from './entry';

export const SYNC_QUOTA = { bytesPerItem: 8192, totalBytes: 102_400, maxItems: 512 } as const;

export interface SyncLayout {
  /** The key each entry is stored under; `g:<id>` by default, as the extension's sync does. */
  keyOf?: (id: string) => string;
  /** Other items stored next to the entries (e.g. an index of ids), counted in the totals. */
  alsoStored?: Readonly<Record<string, unknown>>;
}

export type SyncFit =
  | { fits: true; bytes: number; items: number }
  | { fits: false; bytes: number; items: number; message: string };

const defaultKeyOf = (id: string) => `g:${id}`;

/** Bytes one entry takes as a sync item, key included. */
export function entrySize(
  entry: GlossaryEntry,
  keyOf: (id: string) => string = defaultKeyOf,
): number {
  return itemSize(keyOf(entry.id), entry);
}

export function fitsSyncQuota(entries: readonly GlossaryEntry[], layout: SyncLayout = {}): SyncFit {
  const keyOf = layout.keyOf ?? defaultKeyOf;
  const others = Object.entries(layout.alsoStored ?? {});
  const items = entries.length + others.length;
  let bytes = others.reduce((sum, [key, value]) => sum + itemSize(key, value), 0);
  const tooBig: { term: string; size: number }[] = [];
  for (const entry of entries) {
    const size = entrySize(entry, keyOf);
    bytes += size;
    if (size > SYNC_QUOTA.bytesPerItem) tooBig.push({ term: entry.term, size });
  }
  const fit = { bytes, items };
  const first = tooBig[0];
  if (first) {
    const more = tooBig.length > 1 ? ` (and ${tooBig.length - 1} more)` : '';
    return {
      fits: false,
      ...fit,
      message: `"${first.term}"${more} is too long to sync: ${number(first.size)} bytes, over the ${number(SYNC_QUOTA.bytesPerItem)} a synced item can hold. Shorten its definition or aliases.`,
    };
  }
  if (items > SYNC_QUOTA.maxItems) {
    return {
      fits: false,
      ...fit,
      message: `Too many terms to sync: ${number(items)} items, over the ${number(SYNC_QUOTA.maxItems)} browser sync can hold.`,
    };
  }
  if (bytes > SYNC_QUOTA.totalBytes) {
    return {
      fits: false,
      ...fit,
      message: `The glossary is too large to sync: ${number(bytes)} bytes, over the ${number(SYNC_QUOTA.totalBytes)} browser sync can hold.`,
    };
  }
  return { fits: true, ...fit };
}

function itemSize(key: string, value: unknown): number {
  return utf8Length(key) + utf8Length(JSON.stringify(value) ?? '');
}

function number(value: number): string {
  return value.toLocaleString('en-US');
}
