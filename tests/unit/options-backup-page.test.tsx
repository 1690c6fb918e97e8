import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BackupPage } from '../../components/options/BackupPage';
import { restoreBackup } from '../../components/options/restore-backup';
import { glossaryRecord } from '../../extension/storage/glossary';
import { readRecord, writeRecord } from '../../extension/storage/record';
import { defaultSettings, settingsRecord } from '../../extension/storage/settings';
import { type Backup, serializeSettingsFile } from '../../extension/storage/settings-file';
import { sitesRecord } from '../../extension/storage/sites';
import { useEnglishUi } from './support/english-ui';

useEnglishUi();

const incoming: Backup = {
  settings: { ...defaultSettings(), markTerms: 'off' },
  sites: { 'example.com': { alwaysClean: true, hide: ['.promo'], show: [] } },
  glossary: {
    entries: [
      {
        id: 'user-1',
        term: 'RAG',
        aliases: [],
        definition: 'Looks things up.',
        tags: [],
        origin: 'user',
        updatedAt: 1,
      },
    ],
    muted: [],
  },
};

const current = async (): Promise<Backup> => ({
  settings: (await readRecord(settingsRecord)).value,
  sites: (await readRecord(sitesRecord)).value,
  glossary: (await readRecord(glossaryRecord)).value,
});

async function chooseFile(text: string) {
  render(<BackupPage />);
  fireEvent.change(screen.getByLabelText('Backup file'), {
    target: { files: [new File([text], 'backup.json')] },
  });
}

describe('BackupPage', () => {
  it('shows what a backup changes, then restores it', async () => {
    const before = await current();
    await chooseFile(serializeSettingsFile(incoming));
    await screen.findByRole('heading', { name: 'What restoring this backup changes' });
    expect(screen.getByText(/^Settings: /).textContent).toBe(
      'Settings: Mark glossary terms on pages',
    );
    expect(screen.getByText(/^Sites:/).textContent).toBe('Sites: 1 added, 0 removed, 0 changed');
    expect(await current()).toEqual(before);

    fireEvent.click(screen.getByRole('button', { name: 'Restore backup' }));
    await screen.findByText('Backup restored.');
    expect(await current()).toEqual(incoming);
  });

  it('refuses an invalid file and changes nothing', async () => {
    const before = await current();
    await chooseFile(serializeSettingsFile(incoming).replace('"off"', '"sometimes"'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'The settings in “backup.json” are not valid. Nothing was changed.',
    );
    expect(screen.queryByRole('button', { name: 'Restore backup' })).toBeNull();
    expect(await current()).toEqual(before);
  });
});

describe('restoreBackup', () => {
  it('puts earlier records back when a later write fails', async () => {
    await writeRecord(settingsRecord, defaultSettings());
    const before = await current();
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if ('glossary' in items) throw new Error('quota');
      return set(items);
    });
    expect(await restoreBackup(incoming)).toBe(false);
    expect(await current()).toEqual(before);
  });
});
