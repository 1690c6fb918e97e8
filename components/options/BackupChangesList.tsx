/** A backup's effect in words: which settings change, and how many sites and terms. */
import { type MessageKey, t } from '../../extension/i18n';
import type { BackupChanges } from '../../extension/storage/settings-file';
import type { Settings } from '../../extension/storage/settings';

const SETTING_LABELS: Record<keyof Settings, MessageKey> = {
  categories: 'optionsCategoriesHeading',
  markTerms: 'optionsMarkTerms',
  cardDelayMs: 'optionsCardDelay',
  comfort: 'optionsComfortHeading',
};

export function BackupChangesList({ changes }: { changes: BackupChanges }) {
  const counts = (added: number, removed: number, changed: number) => [
    String(added),
    String(removed),
    String(changed),
  ];
  return (
    <ul class="changes">
      {changes.settings.length > 0 && (
        <li>
          {t(
            'optionsBackupSettingsChanged',
            changes.settings.map((key) => t(SETTING_LABELS[key])).join(', '),
          )}
        </li>
      )}
      {changes.sitesAdded + changes.sitesRemoved + changes.sitesChanged > 0 && (
        <li>
          {t(
            'optionsBackupSitesChanged',
            counts(changes.sitesAdded, changes.sitesRemoved, changes.sitesChanged),
          )}
        </li>
      )}
      {changes.termsAdded + changes.termsRemoved + changes.termsChanged > 0 && (
        <li>
          {t(
            'optionsBackupTermsChanged',
            counts(changes.termsAdded, changes.termsRemoved, changes.termsChanged),
          )}
        </li>
      )}
      {changes.mutedAdded + changes.mutedRemoved > 0 && (
        <li>
          {t('optionsBackupMutedChanged', [
            String(changes.mutedAdded),
            String(changes.mutedRemoved),
          ])}
        </li>
      )}
    </ul>
  );
}
