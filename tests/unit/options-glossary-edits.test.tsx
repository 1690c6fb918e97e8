import { describe, expect, it, vi } from 'vitest';
import type { GlossaryEntry } from '../../lib/glossary/entry';
import type { StoredGlossary } from '../../extension/storage/glossary';
import {
  checkDraft,
  deleteEntry,
  draftOf,
  emptyDraft,
  entryFromDraft,
  matchesSearch,
  putEntry,
  setMuted,
  splitList,
} from '../../components/options/glossary-edits';
import { mergeIntoStored } from '../../components/options/import-merge';
import { parseRoute, routeHash } from '../../entrypoints/options/route';

vi.mock('../../lib/glossary/builtin', () => import('./support/builtin-pack'));

const userEntry = (id: string, over: Partial<GlossaryEntry> = {}): GlossaryEntry => ({
  id,
  term: `term ${id}`,
  aliases: [],
  definition: '',
  tags: [],
  origin: 'user',
  updatedAt: 5,
  ...over,
});

describe('options routes', () => {
  it.each([
    ['', { page: 'glossary' }],
    ['#', { page: 'glossary' }],
    ['#sites', { page: 'sites' }],
    ['#nonsense', { page: 'glossary' }],
    ['#edit=moe', { page: 'glossary', form: { kind: 'edit', id: 'moe' } }],
    ['#edit=a%20b', { page: 'glossary', form: { kind: 'edit', id: 'a b' } }],
    ['#edit=%E0%A4%A', { page: 'glossary' }],
    [
      '#add?term=chain+of+thought&context=We+use+chain+of+thought.',
      {
        page: 'glossary',
        form: { kind: 'add', term: 'chain of thought', context: 'We use chain of thought.' },
      },
    ],
    ['#add', { page: 'glossary', form: { kind: 'add', term: '', context: '' } }],
  ])('reads %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('writes routes it can read back', () => {
    for (const hash of ['#edit=a%2Fb', '#add?term=x+%26+y&context=s', '#backup']) {
      expect(routeHash(parseRoute(hash))).toBe(hash);
    }
  });

  it('bounds what the context menu can put in the form', () => {
    const route = parseRoute(`#add?term=${'x'.repeat(500)}&context=${'y'.repeat(5000)}`);
    expect(route.page === 'glossary' && route.form?.kind === 'add' && route.form.term.length).toBe(
      100,
    );
  });
});

describe('entry drafts', () => {
  it('splits lists on commas and semicolons, once per item', () => {
    expect(splitList(' MoE; mixture of experts,moe ,, ')).toEqual(['MoE', 'mixture of experts']);
  });

  it('requires a term, bounds the definition and accepts only http(s) links', () => {
    expect(checkDraft(emptyDraft())).toEqual({ term: { code: 'required' } });
    expect(checkDraft({ ...emptyDraft('x'), definition: 'd'.repeat(2001) })).toEqual({
      definition: { code: 'too_long', limit: 2000 },
    });
    expect(checkDraft({ ...emptyDraft('x'), source: 'javascript:alert(1)' })).toEqual({
      source: { code: 'bad_url' },
    });
    expect(checkDraft({ ...emptyDraft('x'), source: 'ftp://example.com' })).toEqual({
      source: { code: 'bad_url' },
    });
    expect(checkDraft({ ...emptyDraft('x'), source: 'https://example.com/x' })).toEqual({});
  });

  it('bounds aliases and tags as an import would', () => {
    const many = Array.from({ length: 21 }, (_, i) => `a${i}`).join(', ');
    expect(checkDraft({ ...emptyDraft('x'), aliases: many, tags: 't'.repeat(51) })).toEqual({
      aliases: { code: 'too_many', limit: 20 },
      tags: { code: 'item_too_long', limit: 50 },
    });
  });

  it('saves a draft as the reader’s own entry', () => {
    const draft = {
      term: ' MoE ',
      aliases: 'a; b',
      definition: ' text ',
      source: '',
      tags: 'ml',
    };
    expect(entryFromDraft(draft, 'moe', 9)).toEqual({
      id: 'moe',
      term: 'MoE',
      aliases: ['a', 'b'],
      definition: 'text',
      tags: ['ml'],
      origin: 'user',
      updatedAt: 9,
    });
    expect(draftOf(entryFromDraft(draft, 'moe', 9)).aliases).toBe('a, b');
  });
});

describe('glossary edits', () => {
  const stored: StoredGlossary = { entries: [userEntry('u1')], muted: ['u1'] };

  it('adds a new entry and replaces an existing one in place', () => {
    const added = putEntry(stored, userEntry('u2'));
    expect(added.entries.map((e) => e.id)).toEqual(['u1', 'u2']);
    const edited = putEntry(added, userEntry('u1', { term: 'new' }));
    expect(edited.entries.map((e) => e.term)).toEqual(['new', 'term u2']);
  });

  it('deletes the reader’s entry with its mute, and mutes a built-in instead', () => {
    expect(deleteEntry(stored, 'u1')).toEqual({ entries: [], muted: [] });
    expect(deleteEntry(stored, 'moe')).toEqual({ entries: stored.entries, muted: ['u1', 'moe'] });
  });

  it('mutes and unmutes once', () => {
    expect(setMuted(setMuted(stored, 'u1', true), 'u1', true).muted).toEqual(['u1']);
    expect(setMuted(stored, 'u1', false).muted).toEqual([]);
  });

  it('searches term, aliases, definition and tags', () => {
    const entry = userEntry('s', {
      aliases: ['MoE'],
      tags: ['routing'],
      definition: 'Sparse layers',
    });
    for (const query of ['term s', 'moe', 'ROUTING', 'sparse', '  ']) {
      expect(matchesSearch(entry, query)).toBe(true);
    }
    expect(matchesSearch(entry, 'dense')).toBe(false);
  });
});

describe('merging an import into storage', () => {
  it('stores changed built-ins as the reader’s and leaves untouched ones out', () => {
    const result = mergeIntoStored({ entries: [], muted: ['moe'] }, (existing) => [
      ...existing,
      userEntry('new'),
    ]);
    expect(result).toEqual({ entries: [userEntry('new')], muted: ['moe'] });

    const edited = mergeIntoStored({ entries: [], muted: [] }, (existing) =>
      existing.map((e) => ({ ...e, definition: 'mine' })),
    );
    expect(edited.entries).toMatchObject([{ id: 'moe', definition: 'mine', origin: 'user' }]);
  });
});
