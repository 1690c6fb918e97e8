/** The optional sync of the reader's own terms through the browser's sync storage. */
import { Switch } from '../Switch';
import { t } from '../../extension/i18n';
import type { PushResult } from '../../extension/storage/glossary-sync';
import { Alert, Notice } from './Alert';
import type { GlossarySyncState } from './use-glossary-sync';

export function SyncPage({ sync }: { sync: GlossarySyncState }) {
  return (
    <section aria-labelledby="sync-heading">
      <h1 id="sync-heading">{t('optionsSyncHeading')}</h1>
      <p class="muted" id="sync-explained">
        {t('optionsSyncExplained')}
      </p>
      {sync.enabled === undefined ? (
        <p class="muted" role="status">
          {t('optionsLoading')}
        </p>
      ) : (
        <Switch
          id="sync-switch"
          label={t('optionsSyncSwitch')}
          checked={sync.enabled}
          onChange={(on) => void sync.setEnabled(on)}
        />
      )}
      {sync.error && <Alert>{t('optionsWriteFailed', sync.error)}</Alert>}
      {sync.enabled && sync.last && <SyncResult result={sync.last} />}
    </section>
  );
}

function SyncResult({ result }: { result: PushResult }) {
  switch (result.kind) {
    case 'synced':
      return <Notice>{t('optionsSynced')}</Notice>;
    case 'too-big':
      return (
        <Alert>
          {result.message} {t('optionsSyncKeptLocal')}
        </Alert>
      );
    case 'failed':
      return (
        <Alert>
          {result.quota ? t('optionsSyncQuotaFailed') : t('optionsSyncFailed', result.message)}{' '}
          {t('optionsSyncKeptLocal')}
        </Alert>
      );
  }
}
