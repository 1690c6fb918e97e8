/**
 * The backup file: settings, site rules and the reader's glossary (with muted terms) in one JSON
 * document. Pure, so the options page can preview an import before touching storage, and an
 * invalid file is rejected as a whole: a backup either restores completely or not at all.
 */
import { entryFields, type GlossaryEntry } from '../../lib/glossary/entry';
import { type StoredGlossary, validateStoredGlossary } from './glossary';
import { sameStoredValue } from './stable-json';
import { type Settings, validateSettings } from './settings';
import { type SiteRules, validateSiteRules } from './sites';

export const SETTINGS_FILE_FORMAT = 'gloss-backup';
export const SETTINGS_FILE_VERSION = 1;
/** A backup holds text only; anything far larger is not one of ours. */
export const MAX_SETTINGS_FILE_BYTES = 10 * 1024 * 1024;

export interface Backup {
  settings: Settings;
  sites: SiteRules;
  glossary: StoredGlossary;
}

/**
 * Why a file was refused. Codes, not sentences, so the page words them through `t()`; each code
 * maps to the message key `optionsBackupError_<code>`.
 */
export type SettingsFileError =
  'not_json' | 'not_backup' | 'newer_version' | 'bad_settings' | 'bad_sites' | 'bad_glossary';

export type ParsedSettingsFile =
  { ok: true; backup: Backup } | { ok: false; error: SettingsFileError };

export function serializeSettingsFile(backup: Backup, exportedAt = new Date()): string {
  const file = {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    ...backup,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function parseSettingsFile(text: string): ParsedSettingsFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not_json' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: 'not_backup' };
  }
  const file = raw as Record<string, unknown>;
  if (file.format !== SETTINGS_FILE_FORMAT || typeof file.version !== 'number') {
    return { ok: false, error: 'not_backup' };
  }
  if (file.version > SETTINGS_FILE_VERSION) return { ok: false, error: 'newer_version' };
  // Every part is required: restoring half a backup would leave a mix nobody asked for.
  const settings = validateSettings(file.settings);
  if (!settings) return { ok: false, error: 'bad_settings' };
  const sites = validateSiteRules(file.sites);
  if (!sites) return { ok: false, error: 'bad_sites' };
  const glossary = validateStoredGlossary(file.glossary);
  if (!glossary || hasDuplicateIds(glossary.entries)) return { ok: false, error: 'bad_glossary' };
  const entries = glossary.entries.map(entryFields);
  return {
    ok: true,
    backup: { settings, sites, glossary: { entries, muted: [...new Set(glossary.muted)] } },
  };
}

function hasDuplicateIds(entries: readonly GlossaryEntry[]): boolean {
  return new Set(entries.map((entry) => entry.id)).size !== entries.length;
}

/** What applying a backup would change, counted so the page can say it before it happens. */
export interface BackupChanges {
  /** Top-level settings that differ, e.g. `markTerms`, `comfort`, `categories`. */
  settings: (keyof Settings)[];
  sitesAdded: number;
  sitesRemoved: number;
  sitesChanged: number;
  termsAdded: number;
  termsRemoved: number;
  termsChanged: number;
  mutedAdded: number;
  mutedRemoved: number;
}

export function describeBackupChanges(current: Backup, incoming: Backup): BackupChanges {
  const settingKeys = Object.keys(incoming.settings) as (keyof Settings)[];
  const sites = diffById(current.sites, incoming.sites);
  const terms = diffById(byId(current.glossary.entries), byId(incoming.glossary.entries));
  const mutedBefore = new Set(current.glossary.muted);
  const mutedAfter = new Set(incoming.glossary.muted);
  return {
    settings: settingKeys.filter(
      (key) => !sameStoredValue(current.settings[key], incoming.settings[key]),
    ),
    sitesAdded: sites.added,
    sitesRemoved: sites.removed,
    sitesChanged: sites.changed,
    termsAdded: terms.added,
    termsRemoved: terms.removed,
    termsChanged: terms.changed,
    mutedAdded: [...mutedAfter].filter((id) => !mutedBefore.has(id)).length,
    mutedRemoved: [...mutedBefore].filter((id) => !mutedAfter.has(id)).length,
  };
}

export function hasChanges(changes: BackupChanges): boolean {
  return Object.values(changes).some((value) =>
    Array.isArray(value) ? value.length > 0 : value > 0,
  );
}

const byId = (entries: readonly GlossaryEntry[]) =>
  Object.fromEntries(entries.map((e) => [e.id, e]));

function diffById(before: Record<string, unknown>, after: Record<string, unknown>) {
  let added = 0;
  let changed = 0;
  for (const [key, value] of Object.entries(after)) {
    if (!Object.hasOwn(before, key)) added++;
    else if (!sameStoredValue(before[key], value)) changed++;
  }
  const removed = Object.keys(before).filter((key) => !Object.hasOwn(after, key)).length;
  return { added, removed, changed };
}
