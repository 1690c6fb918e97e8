// Every UI string goes through _locales: a key used in code but missing from the English
// messages would show the raw key to the reader.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLUTTER_CATEGORIES } from '../../lib/types';

const ROOT = join(__dirname, '../..');
const messages = JSON.parse(
  readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8'),
) as Record<string, { message: string }>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('UI strings', () => {
  it('has an English message for every literal key used with t()', () => {
    const used = new Set<string>();
    for (const dir of ['entrypoints', 'content', 'components', 'background', 'extension']) {
      for (const file of sources(join(ROOT, dir))) {
        for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g))
          used.add(match[1]!);
      }
    }
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((key) => !messages[key])).toEqual([]);
  });

  it('names every clutter category and claim kind', () => {
    const keys = [
      ...CLUTTER_CATEGORIES.map((c) => `category_${c.replace('-', '_')}`),
      ...['asserted', 'hedged', 'attributed'].map((k) => `kind_${k}`),
    ];
    expect(keys.filter((key) => !messages[key])).toEqual([]);
  });

  it('has only non-empty messages', () => {
    expect(Object.entries(messages).filter(([, v]) => !v.message?.trim())).toEqual([]);
  });
});
