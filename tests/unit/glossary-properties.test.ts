/** Property-based tests: the CSV codec, the importer and the merge, on generated input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGlossary, matchText } from '../../lib/glossary';
import { formatCsvRow, parseCsv } from '../../lib/glossary/csv';
import type { GlossaryEntry } from '../../lib/glossary/entry';
import { exportCsv, exportJson } from '../../lib/glossary/export';
import { parseImport } from '../../lib/glossary/import';
import { applyMerge, planMerge } from '../../lib/glossary/merge';
import { termKey } from '../../lib/glossary/tokens';

/** Text heavy in the characters formats trip on, plus anything at all. */
const trickyText = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      'a',
      'B',
      ' ',
      ',',
      ';',
      '\t',
      '"',
      '\n',
      '\r',
      '#',
      '<',
      '>',
      '&',
      'é',
      '\u00ad',
      '機',
    ),
  }),
  fc.string({ unit: 'binary' }),
);

const words = fc.constantFrom(
  'MoE',
  'moe',
  'mixture of experts',
  'Mixture-of-Experts',
  'RL',
  'model',
  'models',
  'tariff',
);
const termText = fc.oneof(words, trickyText);

const entryArb = (origin: GlossaryEntry['origin']) =>
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 8 }),
    term: termText,
    aliases: fc.array(termText, { maxLength: 3 }),
    definition: trickyText,
    tags: fc.array(fc.constantFrom('ai', 'economics', 'x'), { maxLength: 2 }),
    origin: fc.constant(origin),
    updatedAt: fc.nat(),
  });

const glossaryArb = fc.uniqueArray(fc.oneof(entryArb('user'), entryArb('builtin')), {
  selector: (entry) => entry.id,
  maxLength: 8,
});

describe('properties', () => {
  it('CSV: any rows of any strings survive format then parse', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(trickyText, { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.constantFrom(',', '\t', ';'),
        fc.constantFrom('\r\n', '\n'),
        (rows, separator, lineEnd) => {
          const text = rows.map((row) => formatCsvRow(row, separator)).join(lineEnd);
          expect(parseCsv(text, separator).map((record) => record.fields)).toEqual(rows);
        },
      ),
    );
  });

  it('parseImport never throws, and what it returns is valid', () => {
    const input = fc.oneof(
      trickyText,
      fc.json(),
      glossaryArb.map((entries) => exportJson(entries)),
      glossaryArb.map((entries) => exportCsv(entries)),
      fc.array(fc.anything()).map((list) => JSON.stringify(list) ?? ''),
    );
    fc.assert(
      fc.property(input, fc.constantFrom('', 'g.json', 'g.csv', 'g.tsv', 'g.txt'), (text, name) => {
        const result = parseImport(text, name);
        if (!result.ok) {
          expect(result.error).toBeTruthy();
          return;
        }
        const keys = result.entries.map((entry) => termKey(entry.term));
        expect(new Set(keys).size).toBe(keys.length);
        for (const entry of result.entries) {
          expect(entry.origin).toBe('user');
          expect(entry.term.trim()).toBe(entry.term);
          expect(entry.term.length).toBeGreaterThan(0);
          expect(entry.term.length).toBeLessThanOrEqual(100);
          expect(entry.definition.length).toBeLessThanOrEqual(2000);
          expect(entry.definition).not.toMatch(/<\/?[a-z][^<>]*>/i);
          expect(entry.source === undefined || /^https?:\/\//.test(entry.source)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('merge: applyMerge keeps every existing entry, changing only the updated ones', () => {
    fc.assert(
      fc.property(
        glossaryArb,
        fc.array(entryArb('user'), { maxLength: 8 }),
        (existing, incoming) => {
          const plan = planMerge(existing, incoming);
          let n = 0;
          const merged = applyMerge(existing, plan, { newId: () => `fresh-${n++}`, now: () => 1 });
          const updated = new Set(plan.updated.map((u) => u.before.id));
          expect(merged).toHaveLength(existing.length + plan.added.length);
          existing.forEach((entry, i) => {
            if (updated.has(entry.id))
              expect(merged[i]).toMatchObject({ id: entry.id, updatedAt: 1 });
            else expect(merged[i]).toBe(entry);
          });
          const ids = merged.map((entry) => entry.id);
          expect(new Set(ids).size).toBe(ids.length);
          expect(
            plan.added.length + plan.updated.length + plan.unchanged + plan.skipped.length,
          ).toBe(incoming.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('matcher: matches are ordered, never overlap, and cover words of the glossary', () => {
    fc.assert(
      fc.property(
        glossaryArb,
        fc.array(fc.oneof(words, trickyText), { maxLength: 12 }),
        (entries, parts) => {
          const text = parts.join(' ');
          const index = compileGlossary(entries);
          let last = 0;
          for (const match of matchText(index, text)) {
            expect(match.start).toBeGreaterThanOrEqual(last);
            expect(match.end).toBeGreaterThan(match.start);
            expect(index.entries.has(match.entryId)).toBe(true);
            last = match.end;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
