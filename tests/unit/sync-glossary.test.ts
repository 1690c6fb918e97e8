import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { GlossaryEntry } from '../../lib/glossary/entry';
import { glossaryRecord } from '../../extension/storage/glossary';
import {
  mergeNewer,
  pullFromSync,
  pushToSync,
  readSyncedEntries,
  startGlossarySync,
  SYNC_INDEX_KEY,
  syncPreferenceRecord,
} from '../../extension/storage/glossary-sync';
import { readRecord, writeRecord } from '../../extension/storage/record';

const entry = (id: string, updatedAt = 1, over: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id,
  term: `term ${id}`,
  aliases: [],
  definition: `definition ${id}`,
  tags: [],
  origin: 'user',
  updatedAt,
  ...over,
});

const syncItems = () => fakeBrowser.storage.sync.get(null) as Promise<Record<string, unknown>>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('pushToSync', () => {
  it('writes one item per entry and an index', async () => {
    const result = await pushToSync([entry('a'), entry('b')]);
    expect(result).toEqual({ kind: 'synced', written: 3, removed: 0 });
    expect(await syncItems()).toEqual({
      'g:a': entry('a'),
      'g:b': entry('b'),
      [SYNC_INDEX_KEY]: { ids: ['a', 'b'] },
    });
  });

  it('writes only what changed and removes deleted entries', async () => {
    await pushToSync([entry('a'), entry('b')]);
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    expect(await pushToSync([entry('a'), entry('b')])).toEqual({
      kind: 'synced',
      written: 0,
      removed: 0,
    });
    expect(set).not.toHaveBeenCalled();

    expect(await pushToSync([entry('a', 2)])).toEqual({ kind: 'synced', written: 2, removed: 1 });
    expect(await syncItems()).toEqual({ 'g:a': entry('a', 2), [SYNC_INDEX_KEY]: { ids: ['a'] } });
  });

  it('treats key order as no change, since Chrome returns stored keys sorted', async () => {
    const sorted = (value: object) =>
      Object.fromEntries(Object.entries(value).sort(([x], [y]) => x.localeCompare(y)));
    await fakeBrowser.storage.sync.set({
      'g:a': sorted(entry('a')),
      [SYNC_INDEX_KEY]: { ids: ['a'] },
    });
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    expect(await pushToSync([entry('a')])).toEqual({ kind: 'synced', written: 0, removed: 0 });
    expect(set).not.toHaveBeenCalled();
  });

  it('refuses entries that do not fit, writing nothing', async () => {
    const many = Array.from({ length: 700 }, (_, i) =>
      entry(`e${i}`, 1, { definition: 'x'.repeat(150) }),
    );
    const result = await pushToSync(many);
    expect(result.kind).toBe('too-big');
    expect(result.kind === 'too-big' && result.message).toMatch(/\d/);
    expect(await syncItems()).toEqual({});
  });

  it('reports a quota error from the browser', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    expect(await pushToSync([entry('a')])).toMatchObject({ kind: 'failed', quota: true });
  });
});

describe('reading synced entries', () => {
  it('keeps only well-formed entries of the reader’s own under their own key', () => {
    const items = {
      'g:a': entry('a'),
      'g:b': entry('other'),
      'g:c': { id: 'c' },
      'g:d': entry('d', 1, { origin: 'builtin' }),
      'g:e': entry('e', 1, { source: 'javascript:alert(1)' }),
      'g:f': entry('f', 1, { source: 'https://example.com' }),
      [SYNC_INDEX_KEY]: { ids: ['a'] },
      unrelated: 1,
    };
    expect(readSyncedEntries(items).map((e) => e.id)).toEqual(['a', 'f']);
  });

  it('merges newer entries by updatedAt and never deletes', () => {
    const local = [entry('a', 5), entry('b', 5), entry('only-local', 1)];
    const synced = [entry('a', 9, { definition: 'newer' }), entry('b', 3), entry('c', 1)];
    const { entries, changed } = mergeNewer(local, synced);
    expect(changed).toBe(2);
    expect(entries).toEqual([
      entry('a', 9, { definition: 'newer' }),
      entry('b', 5),
      entry('only-local', 1),
      entry('c', 1),
    ]);
  });
});

describe('pullFromSync', () => {
  it('merges into the stored glossary in one write, keeping muted terms', async () => {
    await writeRecord(glossaryRecord, { entries: [entry('a', 1)], muted: ['x'] });
    await fakeBrowser.storage.sync.set({ 'g:a': entry('a', 2), 'g:b': entry('b', 1) });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await pullFromSync()).toBe(2);
    expect(set).toHaveBeenCalledTimes(1);
    expect((await readRecord(glossaryRecord)).value).toEqual({
      entries: [entry('a', 2), entry('b', 1)],
      muted: ['x'],
    });
  });

  it('does not write when nothing is newer', async () => {
    await writeRecord(glossaryRecord, { entries: [entry('a', 5)], muted: [] });
    await fakeBrowser.storage.sync.set({ 'g:a': entry('a', 2) });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await pullFromSync()).toBe(0);
    expect(set).not.toHaveBeenCalled();
  });
});

describe('startGlossarySync', () => {
  it('does nothing while sync is off', async () => {
    await writeRecord(glossaryRecord, { entries: [entry('a')], muted: [] });
    const stop = startGlossarySync(() => {});
    await fakeBrowser.storage.sync.set({ 'g:b': entry('b') });
    await new Promise((resolve) => setTimeout(resolve, 20));
    stop();
    expect((await readRecord(glossaryRecord)).value.entries).toEqual([entry('a')]);
    expect(Object.keys(await syncItems())).toEqual(['g:b']);
  });

  it('when on, combines both sides, then follows changes either way', async () => {
    await writeRecord(glossaryRecord, { entries: [entry('local')], muted: [] });
    await fakeBrowser.storage.sync.set({ 'g:remote': entry('remote') });
    const results: unknown[] = [];
    const stop = startGlossarySync((result) => results.push(result));

    await writeRecord(syncPreferenceRecord, { enabled: true });
    await vi.waitFor(async () => {
      expect(Object.keys(await syncItems()).sort()).toEqual(
        ['g:local', 'g:remote', SYNC_INDEX_KEY].sort(),
      );
    });
    expect((await readRecord(glossaryRecord)).value.entries.map((e) => e.id)).toEqual([
      'local',
      'remote',
    ]);

    // Another device edits a term: it arrives here.
    await fakeBrowser.storage.sync.set({ 'g:remote': entry('remote', 7) });
    await vi.waitFor(async () => {
      const stored = (await readRecord(glossaryRecord)).value.entries;
      expect(stored.find((e) => e.id === 'remote')?.updatedAt).toBe(7);
    });

    // The reader edits here: it goes out.
    await writeRecord(glossaryRecord, { entries: [entry('local', 9)], muted: [] });
    await vi.waitFor(async () => {
      expect((await syncItems())['g:local']).toEqual(entry('local', 9));
      expect((await syncItems())['g:remote']).toBeUndefined();
    });
    stop();
    expect(results.every((r) => (r as { kind: string }).kind === 'synced')).toBe(true);
  });
});
