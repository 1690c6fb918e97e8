/**
 * A versioned record in `storage.local` with a last-good backup. Each write stores the new value
 * and the previous good one in a single `set` call, which both browsers apply atomically, so a
 * failed write leaves the old value whole. A read that finds the main copy corrupt repairs it
 * from the backup and keeps the bad copy aside rather than deleting the reader's data.
 */
import { browser } from 'wxt/browser';
import { type RecordSpec, seal, unseal } from './envelope';

export interface ReadResult<T> {
  value: T;
  /** Set when the stored copy was unusable: what happened and what was done. */
  problem?: string;
}

const backupKey = (key: string) => `${key}.backup`;
const quarantineKey = (key: string) => `${key}.corrupt`;

export async function readRecord<T>(spec: RecordSpec<T>): Promise<ReadResult<T>> {
  const stored = await browser.storage.local.get([spec.key, backupKey(spec.key)]);
  const main = stored[spec.key];
  if (main === undefined) return { value: spec.fallback() };
  const opened = unseal(spec, main);
  if (opened) {
    if (opened.migrated) await writeRecord(spec, opened.value);
    return { value: opened.value };
  }
  const backup = unseal(spec, stored[backupKey(spec.key)]);
  const value = backup ? backup.value : spec.fallback();
  await browser.storage.local.set({
    [quarantineKey(spec.key)]: main,
    [spec.key]: seal(spec, value),
  });
  return {
    value,
    problem: backup
      ? `Stored ${spec.key} was damaged; restored the last good copy.`
      : `Stored ${spec.key} was damaged and no good copy was left; started afresh and kept the damaged copy aside.`,
  };
}

export async function writeRecord<T>(spec: RecordSpec<T>, value: T): Promise<void> {
  if (spec.validate(value) === null) throw new Error(`Refusing to store an invalid ${spec.key}.`);
  const stored = await browser.storage.local.get(spec.key);
  const previous = unseal(spec, stored[spec.key]);
  await browser.storage.local.set({
    [spec.key]: seal(spec, value),
    ...(previous ? { [backupKey(spec.key)]: seal(spec, previous.value) } : {}),
  });
}

/** Calls back with the new value whenever any context writes the record. */
export function watchRecord<T>(spec: RecordSpec<T>, onChange: (value: T) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(spec.key in changes)) return;
    const opened = unseal(spec, changes[spec.key]!.newValue);
    if (opened) onChange(opened.value);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
