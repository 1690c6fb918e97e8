// The reader's corrections on a site, as changes to the stored site rules.
import { describe, expect, it } from 'vitest';
import { withCorrection, withoutCorrection } from '../../extension/site-corrections';
import type { SiteRules } from '../../extension/storage/sites';

const rules: SiteRules = {
  'news.test': { alwaysClean: true, hide: ['#promo'], show: [] },
  'other.test': { alwaysClean: false, hide: ['#x'], show: [] },
};

describe('site corrections', () => {
  it('adds a correction for the host, leaving other hosts and settings alone', () => {
    const next = withCorrection(rules, 'news.test', { mode: 'show', selector: '#comments' });
    expect(next['news.test']).toEqual({ alwaysClean: true, hide: ['#promo'], show: ['#comments'] });
    expect(next['other.test']).toBe(rules['other.test']);
  });

  it('lets the last choice for a selector win, and never lists it twice', () => {
    const shown = withCorrection(rules, 'news.test', { mode: 'show', selector: '#promo' });
    expect(shown['news.test']).toMatchObject({ hide: [], show: ['#promo'] });
    const again = withCorrection(shown, 'news.test', { mode: 'show', selector: '#promo' });
    expect(again['news.test']!.show).toEqual(['#promo']);
  });

  it('creates the host on a first correction, even one named like an Object method', () => {
    const next = withCorrection({}, 'constructor', { mode: 'hide', selector: 'aside' });
    expect(next.constructor).toEqual({ alwaysClean: false, hide: ['aside'], show: [] });
  });

  it('undoes a correction, and undoing one that is not there changes nothing', () => {
    const undone = withoutCorrection(rules, 'news.test', { mode: 'hide', selector: '#promo' });
    expect(undone['news.test']).toEqual({ alwaysClean: true, hide: [], show: [] });
    expect(withoutCorrection(rules, 'unknown.test', { mode: 'hide', selector: '#promo' })).toBe(
      rules,
    );
  });
});
