import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../lib/glossary/entry';
import { defaultSettings } from '../../extension/storage/settings';
import {
  type Backup,
  describeBackupChanges,
  hasChanges,
  parseSettingsFile,
  serializeSettingsFile,
} from '../../extension/storage/settings-file';

const entry = (id: string, over: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id,
  term: `term ${id}`,
  aliases: [],
  definition: `definition of ${id}`,
  tags: [],
  origin: 'user',
  updatedAt: 1,
  ...over,
});

const backup = (over: Partial<Backup> = {}): Backup => ({
  settings: defaultSettings(),
  sites: { 'example.com': { alwaysClean: true, hide: ['.ad'], show: [] } },
  glossary: {
    entries: [entry('a'), entry('b', { source: 'https://example.com/b' })],
    muted: ['x'],
  },
  ...over,
});

/** A serialized backup, edited as a reader might edit the file by hand. */
const fileWith = (change: (file: Record<string, unknown>) => void) => {
  const file = JSON.parse(serializeSettingsFile(backup())) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
};

describe('settings file', () => {
  it('round-trips a backup', () => {
    const original = backup();
    const parsed = parseSettingsFile(serializeSettingsFile(original, new Date(0)));
    expect(parsed).toEqual({ ok: true, backup: original });
  });

  it('marks the file with its format, version and date', () => {
    const file = JSON.parse(serializeSettingsFile(backup(), new Date(0)));
    expect(file).toMatchObject({
      format: 'gloss-backup',
      version: 1,
      exportedAt: '1970-01-01T00:00:00.000Z',
    });
  });

  it.each([
    ['not JSON', '{"format": ', 'not_json'],
    ['an array', '[]', 'not_backup'],
    ['another JSON file', '{"entries": []}', 'not_backup'],
    ['a newer version', fileWith((f) => (f.version = 2)), 'newer_version'],
    ['bad settings', fileWith((f) => (f.settings = { cardDelayMs: 99_999 })), 'bad_settings'],
    ['missing settings', fileWith((f) => delete f.settings), 'bad_settings'],
    ['bad sites', fileWith((f) => (f.sites = { 'a.com': { alwaysClean: 'yes' } })), 'bad_sites'],
    [
      'a bad entry',
      fileWith((f) => (f.glossary = { entries: [{ id: 'x' }], muted: [] })),
      'bad_glossary',
    ],
    [
      'duplicate ids',
      fileWith((f) => (f.glossary = { entries: [entry('a'), entry('a')], muted: [] })),
      'bad_glossary',
    ],
    [
      'a javascript: source',
      fileWith(
        (f) =>
          (f.glossary = { entries: [entry('a', { source: 'javascript:alert(1)' })], muted: [] }),
      ),
      'bad_glossary',
    ],
  ])('refuses %s', (_name, text, error) => {
    expect(parseSettingsFile(text)).toEqual({ ok: false, error });
  });

  it('fills settings the file leaves out from the defaults', () => {
    const parsed = parseSettingsFile(fileWith((f) => (f.settings = { markTerms: 'first' })));
    expect(parsed.ok && parsed.backup.settings).toEqual({
      ...defaultSettings(),
      markTerms: 'first',
    });
  });

  it('drops unknown entry fields and duplicate mutes', () => {
    const parsed = parseSettingsFile(
      fileWith(
        (f) => (f.glossary = { entries: [{ ...entry('a'), html: '<b>x</b>' }], muted: ['a', 'a'] }),
      ),
    );
    expect(parsed.ok && parsed.backup.glossary).toEqual({ entries: [entry('a')], muted: ['a'] });
  });
});

describe('backup changes', () => {
  it('finds nothing to change in the same backup', () => {
    const changes = describeBackupChanges(backup(), backup());
    expect(hasChanges(changes)).toBe(false);
  });

  it('ignores key order', () => {
    const reordered = backup();
    reordered.glossary.entries[0] = JSON.parse(
      JSON.stringify(Object.fromEntries(Object.entries(entry('a')).reverse())),
    );
    expect(hasChanges(describeBackupChanges(backup(), reordered))).toBe(false);
  });

  it('counts settings, sites, terms and mutes that differ', () => {
    const incoming = backup({
      settings: { ...defaultSettings(), markTerms: 'off', cardDelayMs: 0 },
      sites: {
        'example.com': { alwaysClean: false, hide: ['.ad'], show: [] },
        'new.org': { alwaysClean: true, hide: [], show: [] },
      },
      glossary: { entries: [entry('a', { definition: 'changed' }), entry('c')], muted: ['y'] },
    });
    expect(describeBackupChanges(backup(), incoming)).toEqual({
      settings: ['markTerms', 'cardDelayMs'],
      sitesAdded: 1,
      sitesRemoved: 0,
      sitesChanged: 1,
      termsAdded: 1,
      termsRemoved: 1,
      termsChanged: 1,
      mutedAdded: 1,
      mutedRemoved: 1,
    });
  });
});
