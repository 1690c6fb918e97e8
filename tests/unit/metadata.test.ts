import { describe, expect, it } from 'vitest';
import { parseHtml } from './support/parse-html';
import { readMetadata } from '../../lib/metadata';

const page = (head: string, body: string) =>
  parseHtml(`<html lang="en"><head>${head}</head><body>${body}</body></html>`);

describe('page metadata', () => {
  it('prefers og:title while the page agrees with it', () => {
    const doc = page(
      '<title>Night trains are back | Daily</title><meta property="og:title" content="Night trains are back">',
      '<h1>Night trains are back</h1>',
    );
    expect(readMetadata(doc, '').title).toBe('Night trains are back');
  });

  it('follows the heading when a single-page app left a stale og:title behind', () => {
    const doc = page(
      '<title>Why the night train is back</title><meta property="og:title" content="Tiny forests in car parks">',
      '<h1>Why the night train is back</h1>',
    );
    expect(readMetadata(doc, '').title).toBe('Why the night train is back');
  });

  it('counts words and reading time, with at least a minute for any text', () => {
    const meta = readMetadata(page('', ''), 'one two three');
    expect(meta).toMatchObject({ wordCount: 3, readingMinutes: 1, lang: 'en' });
    expect(readMetadata(page('', ''), '').readingMinutes).toBe(0);
  });
});
