import { CLUTTER_CATEGORIES, type ClutterCategory } from '../../lib/types';
import type { RecordSpec } from './envelope';

export type MarkMode = 'all' | 'first' | 'off';
export type ComfortTheme = 'page' | 'light' | 'sepia' | 'dark';

export interface Settings {
  /** Which kinds of clutter clean mode hides. */
  categories: Record<ClutterCategory, boolean>;
  markTerms: MarkMode;
  /** How long the pointer rests on a term before its card opens. */
  cardDelayMs: number;
  /** Optional reading comfort, applied in place while clean mode is on. */
  comfort: {
    enabled: boolean;
    fontScale: number;
    lineWidthCh: number;
    lineHeight: number;
    theme: ComfortTheme;
  };
}

export function defaultSettings(): Settings {
  return {
    categories: Object.fromEntries(
      CLUTTER_CATEGORIES.map((c) => [c, true]),
    ) as Settings['categories'],
    markTerms: 'first',
    cardDelayMs: 150,
    comfort: { enabled: false, fontScale: 1, lineWidthCh: 70, lineHeight: 1.6, theme: 'page' },
  };
}

const inRange = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && value >= min && value <= max;

/** Accepts a stored or imported settings object, filling what is missing from the defaults. */
export function validateSettings(data: unknown): Settings | null {
  if (typeof data !== 'object' || data === null) return null;
  const raw = data as Partial<Settings>;
  const settings = defaultSettings();
  if (raw.categories !== undefined) {
    if (typeof raw.categories !== 'object' || raw.categories === null) return null;
    for (const category of CLUTTER_CATEGORIES) {
      const value = raw.categories[category];
      if (value !== undefined && typeof value !== 'boolean') return null;
      if (typeof value === 'boolean') settings.categories[category] = value;
    }
  }
  if (raw.markTerms !== undefined) {
    if (!['all', 'first', 'off'].includes(raw.markTerms)) return null;
    settings.markTerms = raw.markTerms;
  }
  if (raw.cardDelayMs !== undefined) {
    if (!inRange(raw.cardDelayMs, 0, 2000)) return null;
    settings.cardDelayMs = raw.cardDelayMs;
  }
  if (raw.comfort !== undefined) {
    const c = raw.comfort;
    if (typeof c !== 'object' || c === null) return null;
    if (
      typeof c.enabled !== 'boolean' ||
      !inRange(c.fontScale, 0.75, 2) ||
      !inRange(c.lineWidthCh, 40, 120) ||
      !inRange(c.lineHeight, 1, 2.5) ||
      !['page', 'light', 'sepia', 'dark'].includes(c.theme)
    ) {
      return null;
    }
    settings.comfort = { ...c };
  }
  return settings;
}

export const settingsRecord: RecordSpec<Settings> = {
  key: 'settings',
  version: 1,
  migrations: {},
  validate: validateSettings,
  fallback: defaultSettings,
};
