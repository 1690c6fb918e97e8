/**
 * Renders UI tests with the real English strings: the fake browser's i18n answers from
 * public/_locales/en/messages.json, and each test starts with fresh storage and an empty DOM.
 */
import { readFileSync } from 'node:fs';
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
  string,
  { message: string }
>;

export function useEnglishUi(): void {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key, substitutions) => {
      const list = substitutions === undefined ? [] : [substitutions].flat().map(String);
      return (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n) => list[Number(n) - 1] ?? '');
    });
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });
}
