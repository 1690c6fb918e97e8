import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { GlossaryEntry } from '../../lib/glossary/entry';
import { GlossaryPage, type GlossaryForm } from '../../components/options/GlossaryPage';
import { glossaryRecord, type StoredGlossary } from '../../extension/storage/glossary';
import { readRecord, writeRecord } from '../../extension/storage/record';
import { useEnglishUi } from './support/english-ui';

vi.mock('../../lib/glossary/builtin', () => import('./support/builtin-pack'));

useEnglishUi();

const own: GlossaryEntry = {
  id: 'user-1',
  term: 'retrieval-augmented generation',
  aliases: ['RAG'],
  definition: '<img src=x onerror=alert(1)> Looks things up first.',
  tags: ['search'],
  origin: 'user',
  updatedAt: 5,
};

async function show(stored: StoredGlossary, form?: GlossaryForm) {
  await writeRecord(glossaryRecord, stored);
  const openForm = vi.fn();
  render(<GlossaryPage form={form} openForm={openForm} />);
  await screen.findByRole('heading', { name: 'Glossary', level: 1 });
  return openForm;
}

const stored = async () => (await readRecord(glossaryRecord)).value;
const type = (label: string | RegExp, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('GlossaryPage', () => {
  it('lists built-in and own terms, as text, and searches them', async () => {
    await show({ entries: [own], muted: [] });
    expect(screen.getByRole('heading', { name: 'mixture-of-experts' })).toBeTruthy();
    expect(screen.getByText(own.definition)).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('Built in')).toBeTruthy();
    expect(screen.getByText('Yours')).toBeTruthy();

    type('Search terms, aliases, definitions and tags', 'search');
    expect(screen.queryByRole('heading', { name: 'mixture-of-experts' })).toBeNull();
    expect(screen.getByText('Showing 1 of 2 terms')).toBeTruthy();
  });

  it('does not add a twin of a term the glossary has, and offers to edit that one', async () => {
    await show({ entries: [own], muted: [] }, { kind: 'add', term: 'rag', context: '' });
    type('Definition (plain text)', 'Another definition.');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('“retrieval-augmented generation” is already in the glossary.', {
        exact: false,
      }),
    ).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Edit “retrieval-augmented generation”' });
    expect(link.getAttribute('href')).toBe('#edit=user-1');
    expect(screen.getByLabelText('Term').getAttribute('aria-invalid')).toBe('true');
    // A built-in term counts too, whatever its case.
    type('Term', 'Mixture-of-Experts');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('link', { name: 'Edit “mixture-of-experts”' })).toBeTruthy();
    expect((await stored()).entries).toEqual([own]);
  });

  it('adds a term again that the reader deleted from the built-ins', async () => {
    await show(
      { entries: [], muted: ['moe'] },
      { kind: 'add', term: 'Mixture-of-Experts', context: '' },
    );
    type('Definition (plain text)', 'My own words.');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await stored()).entries).toMatchObject([{ term: 'Mixture-of-Experts' }]),
    );
  });

  it('adds a term from the context menu route, checking the link first', async () => {
    const openForm = await show(
      { entries: [], muted: [] },
      {
        kind: 'add',
        term: 'RAG',
        context: 'We use RAG for answers.',
      },
    );
    expect((screen.getByLabelText('Term') as HTMLInputElement).value).toBe('RAG');
    expect(screen.getByText('We use RAG for answers.')).toBeTruthy();
    expect(screen.getByLabelText('Definition (plain text)').getAttribute('placeholder')).toBe(
      'Example: “We use RAG for answers.”',
    );

    type('Definition (plain text)', 'Looks things up first.');
    type('Source link (optional)', 'javascript:alert(1)');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/starts with http:\/\/ or https:\/\//)).toBeTruthy();
    expect((await stored()).entries).toEqual([]);

    type('Source link (optional)', 'https://example.com/rag');
    type('Aliases and acronyms', 'retrieval; RAG pipeline');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await stored()).entries).toHaveLength(1));
    expect((await stored()).entries[0]).toMatchObject({
      term: 'RAG',
      aliases: ['retrieval', 'RAG pipeline'],
      definition: 'Looks things up first.',
      source: 'https://example.com/rag',
      origin: 'user',
    });
    expect(openForm).toHaveBeenCalledWith(undefined);
    // Focus goes to the new term in the list, wherever it sorts, so the reader sees it.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('RAG'));
  });

  it('saves an edited built-in as the reader’s copy under the same id', async () => {
    await show({ entries: [], muted: [] }, { kind: 'edit', id: 'moe' });
    type('Definition (plain text)', 'My own words.');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await stored()).entries).toMatchObject([
        { id: 'moe', definition: 'My own words.', origin: 'user' },
      ]),
    );
  });

  it('deletes an own term with undo, and mutes a built-in instead of deleting it', async () => {
    await show({ entries: [own], muted: [] });
    fireEvent.click(screen.getByRole('button', { name: `Delete “${own.term}”` }));
    await screen.findByText(`Deleted “${own.term}”.`);
    expect((await stored()).entries).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await stored()).entries).toEqual([own]));

    fireEvent.click(
      screen.getByRole('button', { name: "Don't mark “mixture-of-experts” on pages" }),
    );
    await waitFor(async () => expect((await stored()).muted).toEqual(['moe']));
    expect(screen.getByRole('heading', { name: 'mixture-of-experts' })).toBeTruthy();
    fireEvent.click(
      await screen.findByRole('button', { name: 'Mark “mixture-of-experts” on pages again' }),
    );
    await waitFor(async () => expect((await stored()).muted).toEqual([]));
  });

  it('says so when a write fails, and leaves storage as it was', async () => {
    await show({ entries: [own], muted: [] });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('disk full'));
    fireEvent.click(screen.getByRole('button', { name: `Delete “${own.term}”` }));
    expect((await screen.findByRole('alert')).textContent).toContain('disk full');
    vi.mocked(fakeBrowser.storage.local.set).mockRestore();
    expect((await stored()).entries).toEqual([own]);
  });

  it('reports an edit link to a term that is gone', async () => {
    await show({ entries: [], muted: [] }, { kind: 'edit', id: 'nope' });
    expect(screen.getByRole('alert').textContent).toBe(
      'That term is not in the glossary any more.',
    );
  });
});
