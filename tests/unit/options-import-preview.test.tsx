import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { GlossaryEntry } from '../../lib/glossary/entry';
import { ImportPreview, type ImportSummary } from '../../components/options/ImportPreview';
import { useEnglishUi } from './support/english-ui';

/** The real English strings, so a missing key shows up as its bare name in the output. */
useEnglishUi();

const entry = (term: string, definition = ''): GlossaryEntry => ({
  id: term,
  term,
  aliases: [],
  definition,
  tags: [],
  origin: 'user',
  updatedAt: 1,
});

const summary = (over: Partial<ImportSummary> = {}): ImportSummary => ({
  fileName: 'terms.csv',
  added: [entry('RAG'), entry('<b>LoRA</b>')],
  updated: [{ before: entry('MoE', 'old'), after: entry('MoE', 'new') }],
  unchanged: 4,
  skipped: [
    { row: 3, reason: 'no term' },
    { row: 9, reason: 'definition longer than 2,000 characters' },
  ],
  ...over,
});

const count = (name: string) => document.querySelector(`[data-count="${name}"]`)?.textContent;

describe('ImportPreview', () => {
  it('shows the counts, the names and why rows were skipped', () => {
    render(
      <ImportPreview summary={summary()} applying={false} onApply={() => {}} onCancel={() => {}} />,
    );
    expect(screen.getByRole('heading', { name: 'Importing “terms.csv”' })).toBeTruthy();
    expect([count('added'), count('updated'), count('unchanged'), count('skipped')]).toEqual([
      '2',
      '1',
      '4',
      '2',
    ]);
    expect(screen.getByText('Row 3: no term')).toBeTruthy();
    expect(screen.getByText('Row 9: definition longer than 2,000 characters')).toBeTruthy();
    expect(screen.getByText(/New:/).parentElement?.textContent).toContain('RAG, <b>LoRA</b>');
    expect(document.querySelector('b')).toBeNull();
    expect(document.body.textContent).not.toMatch(/options[A-Z]/);
  });

  it('applies or cancels on request', () => {
    const onApply = vi.fn();
    const onCancel = vi.fn();
    render(
      <ImportPreview summary={summary()} applying={false} onApply={onApply} onCancel={onCancel} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Apply import' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onApply).toHaveBeenCalledTimes(1);
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(document.getElementById('import-apply')).toBe(
      screen.getByRole('button', { name: 'Apply import' }),
    );
  });

  it('offers nothing to apply when the file changes nothing', () => {
    render(
      <ImportPreview
        summary={summary({ added: [], updated: [] })}
        applying={false}
        onApply={() => {}}
        onCancel={() => {}}
      />,
    );
    const apply = screen.getByRole('button', { name: 'Apply import' }) as HTMLButtonElement;
    expect(apply.disabled).toBe(true);
    expect(screen.getByText('This file would not change your glossary.')).toBeTruthy();
  });

  it('lists a long import briefly', () => {
    const added = Array.from({ length: 30 }, (_, i) => entry(`t${i}`));
    render(
      <ImportPreview
        summary={summary({ added })}
        applying={false}
        onApply={() => {}}
        onCancel={() => {}}
      />,
    );
    const names = screen.getByText(/New:/).parentElement!;
    expect(within(names).getByText(/and 18 more/)).toBeTruthy();
  });
});
