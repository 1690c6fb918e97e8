import { describe, expect, it } from 'vitest';
import { builtinGlossary } from '../../lib/glossary/builtin';
import type { GlossaryEntry } from '../../lib/glossary/entry';
import { applyMerge, planMerge } from '../../lib/glossary/merge';
import { entrySize, fitsSyncQuota, SYNC_QUOTA } from '../../lib/glossary/sync-quota';

function entry(fields: Partial<GlossaryEntry> & { term: string }): GlossaryEntry {
  return { id: '', aliases: [], definition: '', tags: [], origin: 'user', updatedAt: 0, ...fields };
}

const moe = builtinGlossary.find((e) => e.id === 'mixture-of-experts')!;
const mine = entry({ id: 'user-1', term: 'my term', definition: 'Mine.', updatedAt: 10 });
const existing = [moe, mine];

describe('planMerge', () => {
  it('adds new terms and counts identical ones as unchanged', () => {
    const plan = planMerge(existing, [
      entry({ term: 'new term', definition: 'New.' }),
      entry({ term: 'My Term', definition: 'Mine.' }),
    ]);
    expect(plan.added.map((e) => e.term)).toEqual(['new term']);
    expect(plan.updated).toEqual([]);
    expect(plan.unchanged).toBe(1);
    expect(plan.skipped).toEqual([]);
  });

  it('updates an entry matched by term, id or alias, keeping its id and headword', () => {
    const plan = planMerge(existing, [
      entry({
        term: 'MoE',
        definition: 'My definition.',
        aliases: ['sparse experts'],
        tags: ['mine'],
      }),
      entry({ id: 'user-1', term: 'my renamed term', definition: 'Mine, edited.' }),
    ]);
    expect(plan.updated.map(({ before, after }) => [before.id, after.id, after.term])).toEqual([
      ['mixture-of-experts', 'mixture-of-experts', 'mixture-of-experts'],
      ['user-1', 'user-1', 'my renamed term'],
    ]);
    const [moeUpdate] = plan.updated;
    expect(moeUpdate?.after).toMatchObject({
      definition: 'My definition.',
      aliases: ['MoE', 'sparse experts'],
      tags: ['ai', 'mine'],
      origin: 'user',
    });
  });

  it('never deletes, and keeps what the import leaves empty', () => {
    const plan = planMerge(existing, [entry({ term: 'my term', definition: '' })]);
    expect(plan.unchanged).toBe(1);
  });

  it('skips a second row for the same entry, and a rename onto another term', () => {
    const plan = planMerge(existing, [
      entry({ term: 'mixture of experts', definition: 'One.' }),
      entry({ term: 'MoE', definition: 'Two.' }),
      entry({ term: 'fresh', definition: 'A' }),
      entry({ term: 'Fresh', definition: 'B' }),
      entry({ id: 'user-1', term: 'MoE' }),
    ]);
    expect(plan.updated).toHaveLength(1);
    expect(plan.added.map((e) => e.definition)).toEqual(['A']);
    expect(plan.skipped.map((s) => s.row)).toEqual([2, 4, 5]);
  });
});

describe('applyMerge', () => {
  it('updates in place, appends new entries under fresh ids, and stamps the time', () => {
    const plan = planMerge(existing, [
      entry({ term: 'MoE', definition: 'Mine.' }),
      entry({ id: 'mixture-of-experts', term: 'stolen id?' }),
      entry({ id: 'gdp', term: 'a brand new term' }),
    ]);
    let n = 0;
    const merged = applyMerge(existing, plan, { newId: () => `user-new-${++n}`, now: () => 99 });
    expect(merged.map((e) => [e.id, e.term, e.updatedAt])).toEqual([
      ['mixture-of-experts', 'mixture-of-experts', 99],
      ['user-1', 'my term', 10],
      ['user-new-1', 'a brand new term', 99],
    ]);
    expect(plan.skipped.map((s) => s.row)).toEqual([2]);
  });

  it('refuses an id function that reuses ids', () => {
    const plan = planMerge(existing, [entry({ term: 'x' })]);
    expect(() => applyMerge(existing, plan, { newId: () => 'user-1' })).toThrow(/already in use/);
  });
});

describe('sync quota', () => {
  it('counts the key and the JSON in UTF-8 bytes', () => {
    const e = entry({ id: 'a', term: 'é' });
    expect(entrySize(e)).toBe('g:a'.length + JSON.stringify(e).length + 1);
  });

  it('fits a small glossary', () => {
    expect(fitsSyncQuota([mine])).toMatchObject({ fits: true, items: 1 });
  });

  it('names an entry over the per-item limit', () => {
    const big = entry({
      id: 'big',
      term: 'Big one',
      definition: 'x'.repeat(SYNC_QUOTA.bytesPerItem),
    });
    const fit = fitsSyncQuota([mine, big]);
    expect(fit.fits).toBe(false);
    if (!fit.fits)
      expect(fit.message).toMatch(/"Big one" is too long to sync: 8,\d{3} bytes, over the 8,192/);
  });

  it('refuses too many items, counting other stored items too', () => {
    const many = Array.from({ length: 511 }, (_, i) => entry({ id: `u${i}`, term: `t${i}` }));
    expect(fitsSyncQuota(many).fits).toBe(true);
    const fit = fitsSyncQuota(many, { alsoStored: { 'glossary-index': { ids: [] } } });
    expect(fit).toMatchObject({ fits: true, items: 512 });
    const over = fitsSyncQuota([...many, mine], { alsoStored: { index: {} } });
    expect(over.fits === false && over.message).toMatch(/513 items, over the 512/);
  });

  it('refuses a glossary over the total', () => {
    const entries = Array.from({ length: 20 }, (_, i) =>
      entry({ id: `u${i}`, term: `t${i}`, definition: 'x'.repeat(6000) }),
    );
    const fit = fitsSyncQuota(entries, { keyOf: (id) => `glossary/${id}` });
    expect(fit.fits === false && fit.message).toMatch(
      /too large to sync: 12\d,\d{3} bytes, over the 102,400/,
    );
  });
});

describe('languages', () => {
  it('keeps a term in another language apart from the same spelling in English', () => {
    const english: GlossaryEntry = {
      id: 'transformer',
      term: 'transformer',
      aliases: [],
      definition: 'A neural network architecture.',
      tags: [],
      origin: 'builtin',
      updatedAt: 0,
    };
    const french = { ...english, id: '', definition: 'Changer la forme.', lang: 'fr' };
    const plan = planMerge([english], [french]);
    expect(plan.added.map((entry) => entry.lang)).toEqual(['fr']);
    expect(plan.updated).toEqual([]);
  });
});
