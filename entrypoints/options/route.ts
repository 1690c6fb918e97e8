/**
 * The options page's hash routes. Other parts of Gloss link here: the term card opens
 * `#edit=<id>`, the context menu opens `#add?term=…&context=…`.
 */
export const PAGES = [
  'glossary',
  'import',
  'sync',
  'sites',
  'clean',
  'appearance',
  'shortcuts',
  'backup',
] as const;

export type Page = (typeof PAGES)[number];

export type Route =
  | { page: Exclude<Page, 'glossary'> }
  | {
      page: 'glossary';
      form?: { kind: 'edit'; id: string } | { kind: 'add'; term: string; context: string };
    };

import { LIMITS } from '../../lib/glossary/format';

/** The longest term the form accepts, and enough of the sentence to recognise it. */
const MAX_TERM = LIMITS.termChars;
const MAX_CONTEXT = 1000;

export function parseRoute(hash: string): Route {
  const route = hash.replace(/^#/, '');
  if (route.startsWith('edit=')) {
    const id = safeDecode(route.slice('edit='.length));
    return id ? { page: 'glossary', form: { kind: 'edit', id } } : { page: 'glossary' };
  }
  if (route === 'add' || route.startsWith('add?')) {
    const params = new URLSearchParams(route.slice('add?'.length));
    return {
      page: 'glossary',
      form: {
        kind: 'add',
        term: (params.get('term') ?? '').trim().slice(0, MAX_TERM),
        context: (params.get('context') ?? '').trim().slice(0, MAX_CONTEXT),
      },
    };
  }
  const page = PAGES.find((name) => name === route);
  return page && page !== 'glossary' ? { page } : { page: 'glossary' };
}

export function routeHash(route: Route): string {
  if (route.page !== 'glossary' || !route.form) return `#${route.page}`;
  if (route.form.kind === 'edit') return `#edit=${encodeURIComponent(route.form.id)}`;
  const params = new URLSearchParams({ term: route.form.term, context: route.form.context });
  return `#add?${params}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}
