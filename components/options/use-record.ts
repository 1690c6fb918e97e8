/**
 * A stored record as Preact state: read on mount, kept current when any context writes it, and
 * changed through `update`, which re-reads the latest stored value before applying the change,
 * so an edit here never overwrites one the popup or a page made a moment ago.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { RecordSpec } from '../../extension/storage/envelope';
import { readRecord, watchRecord, writeRecord } from '../../extension/storage/record';

export interface RecordState<T> {
  /** Undefined until the first read finishes. */
  value: T | undefined;
  /** Set when the stored copy was damaged and repaired on read. */
  problem: string | undefined;
  /** The last write's failure, if it failed; cleared by the next successful write. */
  error: string | undefined;
  /** Applies a change to the latest stored value and writes it once; false if it failed. */
  update(change: (current: T) => T): Promise<boolean>;
}

export function useRecord<T>(spec: RecordSpec<T>): RecordState<T> {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void readRecord(spec).then(
      (result) => {
        if (!live) return;
        setValue(result.value);
        setProblem(result.problem);
      },
      (failure: unknown) => live && setError(String(failure)),
    );
    const stop = watchRecord(spec, (next) => live && setValue(next));
    return () => {
      live = false;
      stop();
    };
  }, [spec]);

  const update = useCallback(
    async (change: (current: T) => T) => {
      try {
        const next = change((await readRecord(spec)).value);
        await writeRecord(spec, next);
        setValue(next);
        setError(undefined);
        return true;
      } catch (failure) {
        setError(failure instanceof Error ? failure.message : String(failure));
        return false;
      }
    },
    [spec],
  );

  return { value, problem, error, update };
}
