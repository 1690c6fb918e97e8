/**
 * How every record sits in storage: `{ v, data, sum }`. The version drives migrations; the sum
 * catches partial writes and corruption, so a bad copy is never mistaken for a good one.
 * Pure, so the migrations and the repair logic are unit- and property-tested without a browser.
 */
import { checksum } from './checksum';

export interface Envelope {
  v: number;
  data: unknown;
  sum: string;
}

export interface RecordSpec<T> {
  key: string;
  version: number;
  /** Steps from version n to n + 1, keyed by n; each takes the old data and returns the new. */
  migrations: Record<number, (data: unknown) => unknown>;
  /** Checks the current version's shape, returning the value or null when it is not valid. */
  validate: (data: unknown) => T | null;
  fallback: () => T;
}

export function seal<T>(spec: RecordSpec<T>, value: T): Envelope {
  return { v: spec.version, data: value, sum: checksum(value) };
}

/** Opens a stored envelope: null if it is corrupt, from the future, or fails validation. */
export function unseal<T>(
  spec: RecordSpec<T>,
  raw: unknown,
): { value: T; migrated: boolean } | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { v, data, sum } = raw as Partial<Envelope>;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > spec.version) return null;
  if (typeof sum !== 'string' || sum !== checksum(data)) return null;
  let current = data;
  try {
    for (let step = v; step < spec.version; step++) {
      const migrate = spec.migrations[step];
      if (!migrate) return null;
      current = migrate(current);
    }
  } catch {
    return null;
  }
  const value = spec.validate(current);
  return value === null ? null : { value, migrated: v !== spec.version };
}
