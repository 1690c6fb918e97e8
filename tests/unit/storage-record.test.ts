import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type RecordSpec, seal, unseal } from '../../extension/storage/envelope';
import { readRecord, watchRecord, writeRecord } from '../../extension/storage/record';
import { settingsRecord, defaultSettings } from '../../extension/storage/settings';
import { glossaryRecord } from '../../extension/storage/glossary';

interface Notes {
  items: { text: string; done: boolean }[];
}

/** A record with two past versions, to exercise the migration chain. */
const notesRecord: RecordSpec<Notes> = {
  key: 'notes',
  version: 3,
  migrations: {
    1: (data) => ({ items: (data as string[]).map((text) => ({ text })) }),
    2: (data) => ({
      items: (data as { items: { text: string }[] }).items.map((i) => ({ ...i, done: false })),
    }),
  },
  validate: (data) => {
    const items = (data as Notes | null)?.items;
    return Array.isArray(items) &&
      items.every((i) => typeof i.text === 'string' && typeof i.done === 'boolean')
      ? (data as Notes)
      : null;
  },
  fallback: () => ({ items: [] }),
};

const sealedAt = (v: number, data: unknown) => ({
  ...seal({ ...notesRecord, version: v }, data as Notes),
  v,
});

describe('envelope', () => {
  it('migrates every step from an old version', () => {
    const opened = unseal(notesRecord, sealedAt(1, ['a', 'b']));
    expect(opened).toEqual({
      value: {
        items: [
          { text: 'a', done: false },
          { text: 'b', done: false },
        ],
      },
      migrated: true,
    });
  });

  it('refuses a copy whose checksum does not match (a partial or hand-made write)', () => {
    const envelope = seal(notesRecord, { items: [{ text: 'x', done: true }] });
    expect(unseal(notesRecord, { ...envelope, data: { items: [] } })).toBeNull();
  });

  it('accepts a copy whose keys come back in another order (Chrome sorts them)', () => {
    const envelope = seal(notesRecord, { items: [{ text: 'x', done: true }] });
    const reordered = {
      sum: envelope.sum,
      data: { items: [{ done: true, text: 'x' }] },
      v: envelope.v,
    };
    expect(unseal(notesRecord, reordered)?.value).toEqual({ items: [{ text: 'x', done: true }] });
  });

  it('refuses versions from the future, wrong shapes and junk', () => {
    expect(unseal(notesRecord, sealedAt(4, { items: [] }))).toBeNull();
    expect(
      unseal(notesRecord, seal(notesRecord, { items: [{ text: 1 }] } as unknown as Notes)),
    ).toBeNull();
    for (const junk of [null, 'x', 42, [], {}, { v: 3 }, { v: 3, data: 1, sum: 5 }]) {
      expect(unseal(notesRecord, junk)).toBeNull();
    }
  });

  it('never throws on arbitrary stored values, and round-trips valid ones', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        unseal(notesRecord, raw);
        unseal(settingsRecord, raw);
        unseal(glossaryRecord, raw);
      }),
    );
    const note = fc.record({ text: fc.string(), done: fc.boolean() });
    fc.assert(
      fc.property(fc.array(note), (items) => {
        expect(unseal(notesRecord, seal(notesRecord, { items }))?.value).toEqual({ items });
      }),
    );
  });

  it('migrations of arbitrary v1 data either give a valid record or are refused', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (texts) => {
        const opened = unseal(notesRecord, sealedAt(1, texts));
        expect(opened?.value.items.map((i) => i.text)).toEqual(texts);
      }),
    );
  });
});

describe('records in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the fallback when nothing is stored', async () => {
    expect(await readRecord(settingsRecord)).toEqual({ value: defaultSettings() });
  });

  it('writes with a backup of the previous good copy', async () => {
    await writeRecord(notesRecord, { items: [{ text: 'one', done: false }] });
    await writeRecord(notesRecord, { items: [{ text: 'two', done: false }] });
    const stored = await fakeBrowser.storage.local.get(['notes', 'notes.backup']);
    expect(unseal(notesRecord, stored.notes)?.value.items[0]?.text).toBe('two');
    expect(unseal(notesRecord, stored['notes.backup'])?.value.items[0]?.text).toBe('one');
  });

  it('repairs a corrupt main copy from the backup and keeps the damaged one aside', async () => {
    await writeRecord(notesRecord, { items: [{ text: 'good', done: true }] });
    await writeRecord(notesRecord, { items: [{ text: 'newer', done: true }] });
    await fakeBrowser.storage.local.set({ notes: '{"v":3,"data":{"items":[{"te' });
    const result = await readRecord(notesRecord);
    expect(result.value.items[0]?.text).toBe('good');
    expect(result.problem).toMatch(/restored the last good copy/);
    const stored = await fakeBrowser.storage.local.get(['notes', 'notes.corrupt']);
    expect(stored['notes.corrupt']).toBe('{"v":3,"data":{"items":[{"te');
    expect(unseal(notesRecord, stored.notes)?.value.items[0]?.text).toBe('good');
  });

  it('starts afresh when both copies are bad, without deleting the damaged data', async () => {
    await fakeBrowser.storage.local.set({
      notes: { v: 3, data: 7, sum: 'x' },
      'notes.backup': 'junk',
    });
    const result = await readRecord(notesRecord);
    expect(result.value).toEqual({ items: [] });
    expect(result.problem).toMatch(/kept the damaged copy aside/);
    expect((await fakeBrowser.storage.local.get('notes.corrupt'))['notes.corrupt']).toEqual({
      v: 3,
      data: 7,
      sum: 'x',
    });
  });

  it('stores a migrated value in the current version', async () => {
    await fakeBrowser.storage.local.set({ notes: sealedAt(2, { items: [{ text: 'old' }] }) });
    expect((await readRecord(notesRecord)).value.items).toEqual([{ text: 'old', done: false }]);
    expect(((await fakeBrowser.storage.local.get('notes')).notes as { v: number }).v).toBe(3);
  });

  it('refuses to write an invalid value and leaves the stored one whole', async () => {
    await writeRecord(notesRecord, { items: [{ text: 'keep', done: false }] });
    await expect(
      writeRecord(notesRecord, { items: [{ text: 3 }] } as unknown as Notes),
    ).rejects.toThrow(/invalid/);
    expect((await readRecord(notesRecord)).value.items[0]?.text).toBe('keep');
  });

  it('a failed write leaves the previous value whole', async () => {
    await writeRecord(notesRecord, { items: [{ text: 'before', done: false }] });
    const set = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    await expect(
      writeRecord(notesRecord, { items: [{ text: 'after', done: false }] }),
    ).rejects.toThrow(/quota/);
    fakeBrowser.storage.local.set = set;
    expect((await readRecord(notesRecord)).value.items[0]?.text).toBe('before');
  });

  it('tells watchers about valid writes from any context', async () => {
    const seen: Notes[] = [];
    const stop = watchRecord(notesRecord, (value) => seen.push(value));
    await writeRecord(notesRecord, { items: [{ text: 'hello', done: false }] });
    await fakeBrowser.storage.local.set({ notes: 'garbage' });
    stop();
    expect(seen).toEqual([{ items: [{ text: 'hello', done: false }] }]);
  });
});
