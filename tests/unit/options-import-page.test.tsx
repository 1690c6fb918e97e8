import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { GlossaryEntry } from '../../lib/glossary/entry';
import { ImportExportPage } from '../../components/options/ImportExportPage';
import { glossaryRecord } from '../../extension/storage/glossary';
import { readRecord, writeRecord } from '../../extension/storage/record';
import { useEnglishUi } from './support/english-ui';

vi.mock('../../lib/glossary/builtin', () => ({
  builtinGlossary: [
    {
      id: 'moe',
      term: 'mixture-of-experts',
      aliases: ['MoE'],
      definition: 'Routes each token to a few expert networks.',
      tags: [],
      origin: 'builtin',
      updatedAt: 0,
    },
  ],
}));

useEnglishUi();

const own: GlossaryEntry = {
  id: 'user-1',
  term: 'RAG',
  aliases: [],
  definition: 'Old definition.',
  tags: [],
  origin: 'user',
  updatedAt: 5,
};

async function showWith(entries: GlossaryEntry[]) {
  await writeRecord(glossaryRecord, { entries, muted: ['moe'] });
  render(<ImportExportPage />);
  const input = (await screen.findByLabelText('Glossary file')) as HTMLInputElement;
  await waitFor(() => expect(input.disabled).toBe(false));
  return input;
}

const choose = (input: HTMLInputElement, file: File) =>
  fireEvent.change(input, { target: { files: [file] } });
const message = () => document.getElementById('import-message')!;
const stored = async () => (await readRecord(glossaryRecord)).value;

describe('ImportExportPage', () => {
  it('previews an import, then applies it in one write', async () => {
    const input = await showWith([own]);
    const csv = [
      'term,definition',
      'RAG,Looks things up first.',
      'MoE,Experts.',
      'LoRA,Low-rank adapters.',
      ',no term here',
    ].join('\n');
    choose(input, new File([csv], 'terms.csv', { type: 'text/csv' }));

    await screen.findByRole('heading', { name: 'Importing “terms.csv”' });
    const count = (name: string) => document.querySelector(`[data-count="${name}"]`)?.textContent;
    expect([count('added'), count('updated'), count('skipped')]).toEqual(['1', '2', '1']);
    expect((await stored()).entries).toEqual([own]);

    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    fireEvent.click(document.getElementById('import-apply')!);
    await waitFor(() => expect(message().textContent).toBe('Imported: 1 new, 2 updated.'));
    expect(set).toHaveBeenCalledTimes(1);
    const after = await stored();
    expect(after.muted).toEqual(['moe']);
    expect(after.entries.map((e) => [e.id, e.definition, e.origin])).toEqual([
      ['moe', 'Experts.', 'user'],
      ['user-1', 'Looks things up first.', 'user'],
      [expect.stringMatching(/^user-/), 'Low-rank adapters.', 'user'],
    ]);
  });

  it('refuses a file over 5 MB without reading it', async () => {
    const input = await showWith([own]);
    const file = new File(['x'], 'huge.csv');
    Object.defineProperty(file, 'size', { value: 6 * 1024 * 1024 });
    const text = vi.spyOn(file, 'text');
    choose(input, file);
    await waitFor(() => expect(message().getAttribute('role')).toBe('alert'));
    expect(message().textContent).toContain('larger than 5 MB');
    expect(text).not.toHaveBeenCalled();
    expect(document.getElementById('import-apply')).toBeNull();
    expect((await stored()).entries).toEqual([own]);
  });

  it('explains an unusable file and changes nothing', async () => {
    const input = await showWith([own]);
    choose(input, new File(['{"format": "gloss-glossary", "entries": 3'], 'broken.json'));
    await waitFor(() => expect(message().getAttribute('role')).toBe('alert'));
    expect(message().textContent).toMatch(
      /^“broken.json” could not be imported: .+ Nothing was changed\.$/,
    );
    expect((await stored()).entries).toEqual([own]);
  });

  it('cancels a preview without writing', async () => {
    const input = await showWith([own]);
    choose(input, new File(['term,definition\nNew,Thing.'], 'one.csv'));
    await screen.findByRole('heading', { name: 'Importing “one.csv”' });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(message().textContent).toBe('Import cancelled; nothing was changed.'),
    );
    expect((await stored()).entries).toEqual([own]);
  });
});
