/**
 * Writes a validated backup over the three records. Each record write is atomic on its own; if
 * a later one fails, the earlier ones are put back, so a restore lands whole or not at all.
 */
import type { RecordSpec } from '../../extension/storage/envelope';
import { glossaryRecord } from '../../extension/storage/glossary';
import { readRecord, writeRecord } from '../../extension/storage/record';
import type { Backup } from '../../extension/storage/settings-file';
import { settingsRecord } from '../../extension/storage/settings';
import { sitesRecord } from '../../extension/storage/sites';

interface Step<T> {
  spec: RecordSpec<T>;
  value: T;
}

export async function restoreBackup(backup: Backup): Promise<boolean> {
  const steps: Step<unknown>[] = [
    { spec: settingsRecord, value: backup.settings } as Step<unknown>,
    { spec: sitesRecord, value: backup.sites } as Step<unknown>,
    { spec: glossaryRecord, value: backup.glossary } as Step<unknown>,
  ];
  const written: Step<unknown>[] = [];
  try {
    for (const step of steps) {
      const before = (await readRecord(step.spec)).value;
      await writeRecord(step.spec, step.value);
      written.push({ spec: step.spec, value: before });
    }
    return true;
  } catch {
    for (const previous of written.reverse()) {
      await writeRecord(previous.spec, previous.value).catch(() => undefined);
    }
    return false;
  }
}
