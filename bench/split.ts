/**
 * The tune/test split of a corpus, by site: a page's half is a stable hash of its site, so all
 * pages of one site fall on one side and a rule tuned on one half is judged on sites it never
 * saw. Nothing to store: the same url always lands in the same half.
 */

export type Half = 'tune' | 'test';
export const HALVES: readonly Half[] = ['tune', 'test'];

/** A page archived by the Wayback Machine: the site is the archived one. */
const ARCHIVED = /^https?:\/\/web\.archive\.org\/web\/[^/]+\/(.+)$/i;
/** trafilatura's own test files, named `hard::<site>-<topic>.html` or `hard::<site>.<topic>.html`. */
const NAMED_FILE = /^[a-z]+::([^-]+)/i;
/** Second-level labels under a country code that are not a site of their own (co.uk, com.br). */
const GENERIC_SECOND_LEVEL = new Set(['ac', 'co', 'com', 'edu', 'gob', 'gov', 'net', 'or', 'org']);

/**
 * The registrable domain of a host, near enough: the last two labels, or three under a
 * country code's generic second level (`bbc.co.uk`), without `www.`.
 */
function registrableDomain(host: string): string {
  const labels = host
    .toLowerCase()
    .replace(/^www\d*\./, '')
    .split('.');
  const n = labels.length;
  const keep =
    n >= 3 && labels[n - 1]!.length === 2 && GENERIC_SECOND_LEVEL.has(labels[n - 2]!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** The site a corpus url belongs to. */
export function siteOf(url: string): string {
  const archived = ARCHIVED.exec(url);
  if (archived)
    return siteOf(/^https?:/i.test(archived[1]!) ? archived[1]! : `http://${archived[1]}`);
  const named = NAMED_FILE.exec(url);
  if (named) return named[1]!.toLowerCase().split('.').slice(0, 2).join('.');
  try {
    return registrableDomain(new URL(url).hostname);
  } catch {
    return url;
  }
}

/** 32-bit FNV-1a: small, stable across runs and machines, and well spread. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function halfOf(url: string): Half {
  return fnv1a(siteOf(url)) % 2 === 0 ? 'tune' : 'test';
}
