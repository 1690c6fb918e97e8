/**
 * Runs glossary sync while the options page is open, whatever section is shown, and exposes the
 * switch and the last result to the Sync section.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  type PushResult,
  startGlossarySync,
  syncPreferenceRecord,
} from '../../extension/storage/glossary-sync';
import { useRecord } from './use-record';

export interface GlossarySyncState {
  /** Undefined until the preference has been read. */
  enabled: boolean | undefined;
  setEnabled(on: boolean): Promise<boolean>;
  last: PushResult | undefined;
  /** Set when storing the preference itself failed. */
  error: string | undefined;
}

export function useGlossarySync(): GlossarySyncState {
  const preference = useRecord(syncPreferenceRecord);
  const [last, setLast] = useState<PushResult | undefined>(undefined);
  useEffect(() => startGlossarySync(setLast), []);
  return {
    enabled: preference.value?.enabled,
    setEnabled: (on) => {
      if (!on) setLast(undefined);
      return preference.update(() => ({ enabled: on }));
    },
    last,
    error: preference.error,
  };
}
