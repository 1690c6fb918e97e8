/**
 * Optional sync of the reader's own glossary entries through `storage.sync`.
 *
 * Local storage is always the source of truth: a push only mirrors it (one item per entry,
 * `g:<id>`, plus an index), and a pull only adds or updates entries that are newer by
 * `updatedAt`; it never deletes. So a full quota, a failed write or a damaged synced item can
 * cost the sync, never the reader's local glossary.
 */
import { browser } from 'wxt/browser';
import type { GlossaryEntry } from '../../lib/glossary/entry';
import { fitsSyncQuota } from '../../lib/glossary/sync-quota';
import type { RecordSpec } from './envelope';
import { glossaryRecord, isGlossaryEntry } from './glossary';
import { readRecord, writeRecord } from './record';
import { sameStoredValue } from './stable-json';

const ENTRY_PREFIX = 'g:';
/** Not of the form `g:<id>`, so no entry id can collide with it. */
export const SYNC_INDEX_KEY = 'glossary-index';

export const syncKeyOf = (id: string) => `${ENTRY_PREFIX}${id}`;

/** Whether the reader turned sync on, kept per device in `storage.local`. */
export interface SyncPreference {
  enabled: boolean;
}

export const syncPreferenceRecord: RecordSpec<SyncPreference> = {
  key: 'glossarySync',
  version: 1,
  migrations: {},
  validate: (data) =>
    typeof data === 'object' &&
    data !== null &&
    typeof (data as SyncPreference).enabled === 'boolean'
      ? { enabled: (data as SyncPreference).enabled }
      : null,
  fallback: () => ({ enabled: false }),
};

export type PushResult =
  | { kind: 'synced'; written: number; removed: number }
  /** The entries do not fit the browser's sync quotas; `message` says by how much. */
  | { kind: 'too-big'; message: string }
  /** The browser refused the write (quota, rate limit, sync off); `quota` tells which. */
  | { kind: 'failed'; quota: boolean; message: string };

/** Mirrors the reader's own entries into `storage.sync`, writing only what differs. */
export async function pushToSync(entries: readonly GlossaryEntry[]): Promise<PushResult> {
  const index = { [SYNC_INDEX_KEY]: { ids: entries.map((e) => e.id) } };
  const fit = fitsSyncQuota(entries, { keyOf: syncKeyOf, alsoStored: index });
  if (!fit.fits) return { kind: 'too-big', message: fit.message };
  const wanted: Record<string, unknown> = { ...index };
  for (const entry of entries) wanted[syncKeyOf(entry.id)] = entry;
  try {
    const current = await browser.storage.sync.get(null);
    const stale = Object.keys(current).filter(
      (key) => key.startsWith(ENTRY_PREFIX) && !Object.hasOwn(wanted, key),
    );
    const changed = Object.fromEntries(
      Object.entries(wanted).filter(([key, value]) => !sameStoredValue(current[key], value)),
    );
    // Remove before writing: it frees room under the item quota, and a pull never deletes,
    // so a half-finished push leaves other devices short of an entry, never a device's data.
    if (stale.length > 0) await browser.storage.sync.remove(stale);
    if (Object.keys(changed).length > 0) await browser.storage.sync.set(changed);
    return { kind: 'synced', written: Object.keys(changed).length, removed: stale.length };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', quota: /quota/i.test(message), message };
  }
}

/** The synced entries that are usable: well formed, the reader's own, with a safe link. */
export function readSyncedEntries(items: Record<string, unknown>): GlossaryEntry[] {
  return Object.entries(items)
    .filter(([key]) => key.startsWith(ENTRY_PREFIX))
    .map(([key, value]) => ({ key, value }))
    .filter(
      (item): item is { key: string; value: GlossaryEntry } =>
        isGlossaryEntry(item.value) &&
        syncKeyOf(item.value.id) === item.key &&
        item.value.origin === 'user',
    )
    .map((item) => item.value);
}

/** Local entries with newer synced copies in their place and unseen synced entries added. */
export function mergeNewer(
  local: readonly GlossaryEntry[],
  synced: readonly GlossaryEntry[],
): { entries: GlossaryEntry[]; changed: number } {
  const byId = new Map(local.map((entry) => [entry.id, entry]));
  let changed = 0;
  for (const remote of synced) {
    const mine = byId.get(remote.id);
    if (mine && mine.updatedAt >= remote.updatedAt) continue;
    byId.set(remote.id, remote);
    changed++;
  }
  return { entries: [...byId.values()], changed };
}

/** Merges newer synced entries into the local glossary, in one write, and says how many. */
export async function pullFromSync(): Promise<number> {
  const synced = readSyncedEntries(await browser.storage.sync.get(null));
  const { value: stored } = await readRecord(glossaryRecord);
  const { entries, changed } = mergeNewer(stored.entries, synced);
  if (changed > 0) await writeRecord(glossaryRecord, { ...stored, entries });
  return changed;
}

/** Pulls then pushes, so turning sync on combines this device's terms with the others'. */
export async function syncNow(): Promise<PushResult> {
  await pullFromSync();
  const { value } = await readRecord(glossaryRecord);
  return pushToSync(value.entries);
}

/**
 * Keeps the two areas in step while a page is open: a synced change is pulled, a local glossary
 * change is pushed, and turning the preference on runs a full sync. Steps run one at a time so
 * a pull and a push never interleave. Reports each push result; returns a stop function.
 */
export function startGlossarySync(onPush: (result: PushResult) => void): () => void {
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (step: () => Promise<void>) => {
    queue = queue.then(step).catch((error: unknown) => {
      onPush({ kind: 'failed', quota: false, message: String(error) });
    });
  };
  const ifEnabled = (step: () => Promise<void>) =>
    enqueue(async () => {
      if ((await readRecord(syncPreferenceRecord)).value.enabled) await step();
    });

  const listener = (changes: Record<string, unknown>, area: string) => {
    const keys = Object.keys(changes);
    if (area === 'sync' && keys.some((k) => k.startsWith(ENTRY_PREFIX) || k === SYNC_INDEX_KEY)) {
      ifEnabled(async () => void (await pullFromSync()));
    } else if (area === 'local' && keys.includes(glossaryRecord.key)) {
      ifEnabled(async () =>
        onPush(await pushToSync((await readRecord(glossaryRecord)).value.entries)),
      );
    } else if (area === 'local' && keys.includes(syncPreferenceRecord.key)) {
      ifEnabled(async () => onPush(await syncNow()));
    }
  };
  browser.storage.onChanged.addListener(listener);
  ifEnabled(async () => onPush(await syncNow()));
  return () => browser.storage.onChanged.removeListener(listener);
}
