/** UI strings come from `_locales`, so a translation is one file away. */
import { browser } from 'wxt/browser';

/** The keys of public/_locales/en/messages.json, as WXT generates them: a typo fails the typecheck. */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
