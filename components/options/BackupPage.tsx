/**
 * One file with everything the reader set up (settings, sites, their glossary and muted terms):
 * export it, or restore it after a preview of what would change. A file that fails validation
 * is refused whole, before anything is written.
 */
import { useRef, useState } from 'preact/hooks';
import { t } from '../../extension/i18n';
import { glossaryRecord } from '../../extension/storage/glossary';
import { readRecord } from '../../extension/storage/record';
import {
  type Backup,
  type BackupChanges,
  describeBackupChanges,
  hasChanges,
  MAX_SETTINGS_FILE_BYTES,
  parseSettingsFile,
  serializeSettingsFile,
} from '../../extension/storage/settings-file';
import { settingsRecord } from '../../extension/storage/settings';
import { sitesRecord } from '../../extension/storage/sites';
import { BackupChangesList } from './BackupChangesList';
import { datedFileName, downloadText } from './download';
import { restoreBackup } from './restore-backup';
import { readChosenFile } from './read-file';

type Message = { kind: 'error' | 'done'; text: string } | undefined;

async function readBackup(): Promise<Backup> {
  const [settings, sites, glossary] = await Promise.all([
    readRecord(settingsRecord),
    readRecord(sitesRecord),
    readRecord(glossaryRecord),
  ]);
  return { settings: settings.value, sites: sites.value, glossary: glossary.value };
}

export function BackupPage() {
  const [pending, setPending] = useState<{ backup: Backup; changes: BackupChanges }>();
  const [message, setMessage] = useState<Message>(undefined);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const reset = () => {
    setPending(undefined);
    if (fileInput.current) fileInput.current.value = '';
  };

  const exportBackup = async () => {
    setMessage(undefined);
    try {
      const text = serializeSettingsFile(await readBackup());
      downloadText(datedFileName('gloss-backup', 'json'), text, 'application/json');
    } catch (error) {
      setMessage({ kind: 'error', text: t('optionsReadFailed', String(error)) });
    }
  };

  const choose = async (file: File | undefined) => {
    reset();
    setMessage(undefined);
    if (!file) return;
    const read = await readChosenFile(file, MAX_SETTINGS_FILE_BYTES);
    if (!read.ok) {
      reset();
      const key = read.reason === 'too-big' ? 'optionsBackupTooBig' : 'optionsImportUnreadable';
      setMessage({ kind: 'error', text: t(key, file.name) });
      return;
    }
    const text = read.text;
    const parsed = parseSettingsFile(text);
    if (!parsed.ok) {
      reset();
      setMessage({ kind: 'error', text: t(`optionsBackupError_${parsed.error}`, file.name) });
      return;
    }
    const changes = describeBackupChanges(await readBackup(), parsed.backup);
    setPending({ backup: parsed.backup, changes });
  };

  const apply = async () => {
    if (!pending) return;
    setBusy(true);
    const ok = await restoreBackup(pending.backup);
    setBusy(false);
    reset();
    setMessage(
      ok
        ? { kind: 'done', text: t('optionsBackupRestored') }
        : { kind: 'error', text: t('optionsBackupRestoreFailed') },
    );
  };

  return (
    <section aria-labelledby="backup-heading">
      <h1 id="backup-heading">{t('optionsBackupHeading')}</h1>
      <p class="muted">{t('optionsBackupExplained')}</p>

      <h2>{t('optionsBackupExportHeading')}</h2>
      <button type="button" class="secondary" onClick={exportBackup}>
        {t('optionsBackupExport')}
      </button>

      <h2>{t('optionsBackupImportHeading')}</h2>
      <label for="backup-file">{t('optionsBackupFileLabel')}</label>
      <input
        id="backup-file"
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        disabled={busy}
        onChange={(event) => void choose(event.currentTarget.files?.[0])}
      />
      <div
        id="backup-message"
        class={message ? `message ${message.kind === 'error' ? 'error' : 'ok'}` : 'message-empty'}
        role={message?.kind === 'error' ? 'alert' : 'status'}
      >
        {message?.text}
      </div>
      {pending && (
        <section class="import-preview" aria-labelledby="backup-preview-heading">
          <h3 id="backup-preview-heading">{t('optionsBackupPreviewHeading')}</h3>
          {hasChanges(pending.changes) ? (
            <>
              <BackupChangesList changes={pending.changes} />
              <p class="muted">{t('optionsBackupReplaces')}</p>
            </>
          ) : (
            <p>{t('optionsBackupNoChanges')}</p>
          )}
          <div class="row-buttons">
            <button
              id="backup-apply"
              type="button"
              class="primary"
              disabled={busy || !hasChanges(pending.changes)}
              onClick={apply}
            >
              {t('optionsBackupApply')}
            </button>
            <button type="button" class="secondary" disabled={busy} onClick={reset}>
              {t('optionsCancel')}
            </button>
          </div>
        </section>
      )}
    </section>
  );
}
