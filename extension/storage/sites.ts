import type { RecordSpec } from './envelope';

/** What the reader decided for one site (by host name). */
export interface SiteRule {
  alwaysClean: boolean;
  /** Selectors the reader picked with "hide this". */
  hide: string[];
  /** Selectors the reader picked with "show this", which override Gloss's own plan. */
  show: string[];
}

export type SiteRules = Record<string, SiteRule>;

const MAX_SELECTORS = 200;
const MAX_SELECTOR_LENGTH = 500;

const isSelectorList = (value: unknown): value is string[] =>
  Array.isArray(value) &&
  value.length <= MAX_SELECTORS &&
  value.every((s) => typeof s === 'string' && s.length > 0 && s.length <= MAX_SELECTOR_LENGTH);

export function validateSiteRules(data: unknown): SiteRules | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const rules: SiteRules = {};
  for (const [host, raw] of Object.entries(data)) {
    // No site is called that, and assigning it would set the object's prototype instead.
    if (host === '__proto__') continue;
    if (typeof raw !== 'object' || raw === null) return null;
    const { alwaysClean, hide, show } = raw as Partial<SiteRule>;
    if (typeof alwaysClean !== 'boolean' || !isSelectorList(hide) || !isSelectorList(show))
      return null;
    rules[host] = { alwaysClean, hide: [...hide], show: [...show] };
  }
  return rules;
}

export const emptySiteRule = (): SiteRule => ({ alwaysClean: false, hide: [], show: [] });

export const sitesRecord: RecordSpec<SiteRules> = {
  key: 'sites',
  version: 1,
  migrations: {},
  validate: validateSiteRules,
  fallback: () => ({}),
};
