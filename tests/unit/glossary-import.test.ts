import { describe, expect, it } from 'vitest';
import { builtinGlossary } from '../../lib/glossary/builtin';
import { parseCsv, formatCsvRow } from '../../lib/glossary/csv';
import type { GlossaryEntry } from '../../lib/glossary/entry';
import { exportCsv, exportJson } from '../../lib/glossary/export';
import { parseImport, type ImportResult } from '../../lib/glossary/import';
import { toPlainText } from '../../lib/glossary/plain-text';

function imported(result: ImportResult) {
  if (!result.ok) throw new Error(`import failed: ${result.error}`);
  return result;
}

/** The fields a file carries, for comparing before and after a round trip. */
const content = ({ term, aliases, definition, tags, source, lang }: GlossaryEntry) => ({
  lang,
  term,
  aliases,
  definition,
  tags,
  source,
});

const json = (entries: unknown) =>
  JSON.stringify({ format: 'gloss-glossary', version: 1, entries });

describe('parseImport: JSON', () => {
  it('reads Gloss files and bare lists, as the reader’s own entries', () => {
    const result = imported(
      parseImport(
        json([
          {
            id: 'moe',
            term: ' MoE ',
            aliases: ['mixture of experts'],
            definition: 'Experts.',
            tags: ['ai'],
            origin: 'builtin',
            updatedAt: 5,
          },
        ]),
      ),
    );
    expect(result.entries).toEqual([
      {
        id: 'moe',
        term: 'MoE',
        aliases: ['mixture of experts'],
        definition: 'Experts.',
        tags: ['ai'],
        origin: 'user',
        updatedAt: 5,
      },
    ]);
    expect(imported(parseImport('[{"term":"RL"}]')).entries[0]).toMatchObject({
      term: 'RL',
      definition: '',
      id: '',
    });
  });

  it('fails clearly on broken JSON, foreign formats and newer versions', () => {
    expect(parseImport('{"format": "gloss-glossary", "entries": [', 'g.json')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not valid JSON/),
    });
    // Where it breaks, in words a reader can use, not the parser's own message.
    expect(parseImport('[\n  {"term": "a"},\n  {term: "b"}\n]', 'g.json')).toEqual({
      ok: false,
      error: 'This is not valid JSON (the problem is near line 3, column 4).',
    });
    // A Windows-1252 CSV read as UTF-8 has a replacement character for each accent: still text.
    expect(parseImport('term,definition\nCaf\uFFFD,A place for coffee.\n', 'g.csv')).toMatchObject({
      ok: true,
      entries: [{ term: 'Caf\uFFFD' }],
    });
    // A picture renamed .json: its bytes decode to replacement characters and controls.
    expect(parseImport('\uFFFDPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', 'cover.json')).toEqual({
      ok: false,
      error: 'This is not a text file (an image or a document?).',
    });
    expect(parseImport('{"format":"other","version":1,"entries":[]}')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not a Gloss glossary/),
    });
    expect(parseImport('{"format":"gloss-glossary","version":2,"entries":[]}')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/newer version/),
    });
    expect(parseImport('{"entries": "nope"}')).toMatchObject({ ok: false });
    expect(parseImport('42', 'x.json')).toMatchObject({ ok: false });
    expect(parseImport('[]')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no glossary entries/),
    });
  });

  it('skips rows of the wrong type with their row number and why', () => {
    const result = imported(
      parseImport(
        json([
          { term: 'ok', definition: 'fine' },
          'just text',
          { term: 42 },
          { term: 'a', definition: { html: true } },
          { term: 'b', aliases: [1, 2] },
          { term: 'c', tags: 'x; y', source: 7 },
          null,
        ]),
      ),
    );
    expect(result.entries.map((e) => e.term)).toEqual(['ok']);
    expect(result.skipped).toEqual([
      { row: 2, reason: 'the term is missing or not text' },
      { row: 3, reason: 'the term is missing or not text' },
      { row: 4, reason: 'the definition is not text' },
      { row: 5, reason: 'aliases must be a list of text' },
      { row: 6, reason: 'the source is not text' },
      { row: 7, reason: 'the term is missing or not text' },
    ]);
  });

  it('refuses empty terms and duplicate terms (case, spaces and hyphens ignored)', () => {
    const result = imported(
      parseImport(
        json([
          { term: '   ' },
          { term: '---' },
          { term: 'Mixture of Experts' },
          { term: 'mixture-of-experts' },
          { term: 'MIXTURE  OF EXPERTS' },
        ]),
      ),
    );
    expect(result.entries.map((e) => e.term)).toEqual(['Mixture of Experts']);
    expect(result.skipped).toEqual([
      { row: 1, reason: 'the term is empty' },
      { row: 2, reason: 'the term has no letters or digits' },
      { row: 4, reason: 'the same term as row 3' },
      { row: 5, reason: 'the same term as row 3' },
    ]);
  });

  it('enforces the length limits', () => {
    const result = imported(
      parseImport(
        json([
          { term: 'x'.repeat(101) },
          { term: 'long', definition: 'y'.repeat(2001) },
          { term: 'aliases', aliases: Array.from({ length: 21 }, (_, i) => `alias ${i}`) },
          { term: 'tags', tags: Array.from({ length: 21 }, (_, i) => `tag${i}`) },
          {
            term: 'fits',
            definition: 'y'.repeat(2000),
            aliases: Array.from({ length: 20 }, (_, i) => `a${i}`),
          },
        ]),
      ),
    );
    expect(result.entries.map((e) => e.term)).toEqual(['fits']);
    expect(result.skipped.map((s) => s.reason)).toEqual([
      'the term is longer than 100 characters',
      'the definition is longer than 2000 characters',
      'more than 20 aliases',
      'more than 20 tags',
    ]);
  });

  it('turns HTML into plain text and drops scripts with their content', () => {
    const result = imported(
      parseImport(
        json([
          {
            term: '<b>MoE</b>',
            definition:
              'Uses <i>experts</i>.<br>Second line &amp; more<script>alert("x")</script><img src=x onerror="alert(1)">',
            aliases: ['<span>mixture of experts</span>'],
          },
          { term: 'unclosed', definition: 'Safe <script>alert(1)' },
          { term: 'maths', definition: 'a < b and c > d, AT&amp;T stays as typed' },
        ]),
      ),
    );
    expect(result.entries.map((e) => [e.term, e.aliases, e.definition])).toEqual([
      ['MoE', ['mixture of experts'], 'Uses experts.\nSecond line & more'],
      ['unclosed', [], 'Safe'],
      ['maths', [], 'a < b and c > d, AT&amp;T stays as typed'],
    ]);
    for (const entry of result.entries) expect(entry.definition).not.toMatch(/<[a-z/]/i);
  });

  it('accepts only http(s) sources', () => {
    const result = imported(
      parseImport(
        json([
          { term: 'a', source: 'https://example.org/moe' },
          { term: 'b', source: 'javascript:alert(1)' },
          { term: 'c', source: 'data:text/html,<b>x</b>' },
          { term: 'd', source: 'not a url' },
          { term: 'e', source: '' },
        ]),
      ),
    );
    expect(result.entries.map((e) => [e.term, e.source])).toEqual([
      ['a', 'https://example.org/moe'],
      ['e', undefined],
    ]);
    expect(result.skipped.map((s) => s.row)).toEqual([2, 3, 4]);
  });

  it('refuses input over 5 MB without parsing it', () => {
    const huge = `[${'{"term":"x"},'.repeat(4_000_000)}{"term":"y"}]`; // about 52 MB
    const started = performance.now();
    const result = parseImport(huge, 'big.json');
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/5 MB/) });
    expect(performance.now() - started).toBeLessThan(50);
    // Counted in UTF-8 bytes: 2 million 3-byte characters is 6 MB.
    expect(parseImport('€'.repeat(2_000_000))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/5 MB/),
    });
  });
});

describe('parseImport: CSV and TSV', () => {
  it('reads quoted fields holding commas, quotes and newlines', () => {
    const csv =
      'term,definition\r\n"MoE","Experts, routed; ""sparse""\r\nsecond line"\r\nRL,Trial and error\r\n';
    const result = imported(parseImport(csv, 'g.csv'));
    expect(result.entries.map((e) => [e.term, e.definition])).toEqual([
      ['MoE', 'Experts, routed; "sparse"\nsecond line'],
      ['RL', 'Trial and error'],
    ]);
  });

  it('reads Anki header lines, TSV and word lists, reporting file line numbers', () => {
    const anki =
      '#separator:tab\n#html:true\n#columns:Front\tBack\nMoE\t<b>Experts</b>\n\tno term\n';
    const result = imported(parseImport(anki, 'deck.txt'));
    expect(result.entries.map((e) => [e.term, e.definition])).toEqual([['MoE', 'Experts']]);
    expect(result.skipped).toEqual([{ row: 5, reason: 'the term is empty' }]);

    const tsv = imported(parseImport('RL\tTrial and error\nCoT\tSteps', 'list.tsv'));
    expect(tsv.entries.map((e) => e.term)).toEqual(['RL', 'CoT']);

    const words = imported(parseImport('scaling laws\nexport controls\n\nmoat\n'));
    expect(words.entries.map((e) => e.term)).toEqual(['scaling laws', 'export controls', 'moat']);
  });

  it('maps header names and splits lists on semicolons', () => {
    const csv =
      'Definition,Term,Tags,Aliases\nExperts.,MoE,ai; models,mixture of experts;sparse MoE\n';
    expect(imported(parseImport(csv)).entries[0]).toMatchObject({
      term: 'MoE',
      definition: 'Experts.',
      tags: ['ai', 'models'],
      aliases: ['mixture of experts', 'sparse MoE'],
    });
  });
});

describe('export', () => {
  const entries: GlossaryEntry[] = [
    ...builtinGlossary.slice(0, 5),
    {
      id: 'user-1',
      term: '#hashtag, "quoted"',
      aliases: ['a, b', 'c "d"'],
      definition: 'Commas, "quotes"\nand newlines.',
      source: 'https://example.org/?a=1&b=2',
      tags: ['x'],
      origin: 'user',
      updatedAt: 1_700_000_000_000,
    },
    {
      id: 'user-2',
      term: 'transformer',
      aliases: [],
      definition: 'Changer la forme de quelque chose.',
      tags: [],
      lang: 'fr',
      origin: 'user',
      updatedAt: 1_700_000_000_000,
    },
  ];

  it('writes versioned JSON that imports back losslessly', () => {
    const text = exportJson(entries);
    expect(JSON.parse(text)).toMatchObject({ format: 'gloss-glossary', version: 1 });
    const back = imported(parseImport(text, 'glossary.json'));
    expect(back.skipped).toEqual([]);
    expect(back.entries.map(content)).toEqual(entries.map(content));
    expect(back.entries.map((e) => e.id)).toEqual(entries.map((e) => e.id));
  });

  it('writes Anki-ready CSV that imports back', () => {
    const text = exportCsv(entries);
    expect(text.split('\r\n').slice(0, 3)).toEqual([
      '#separator:Comma',
      '#html:false',
      '#columns:term,aliases,definition,tags,source,lang',
    ]);
    const back = imported(parseImport(text, 'glossary.csv'));
    expect(back.skipped).toEqual([]);
    expect(back.entries.map(content)).toEqual(entries.map(content));
  });
});

describe('csv and plain text', () => {
  it('quotes only what needs quoting', () => {
    expect(formatCsvRow(['plain', 'a,b', 'say "hi"', '#x', ''], ',')).toBe(
      'plain,"a,b","say ""hi""","#x",',
    );
    expect(parseCsv('a,"b\nc",d\n\ne', ',')).toEqual([
      { fields: ['a', 'b\nc', 'd'], line: 1 },
      { fields: ['e'], line: 4 },
    ]);
  });

  it('keeps text that only looks like markup, and decodes entities only in HTML', () => {
    expect(toPlainText('x < y & z')).toBe('x < y & z');
    expect(toPlainText('<p>x &lt; y &#38; z&#x21;</p>')).toBe('x < y & z!');
  });

  it('leaves no markup behind nested brackets (a property test found "<<a>a>")', () => {
    for (const html of ['<<a>a>', '<<<a>a>a>', '<a<a>>', '<i><</i>b>x']) {
      expect(toPlainText(html)).not.toMatch(/<\/?[a-z][^<>]*>/i);
    }
    // Plain text keeps its brackets and ampersands as written.
    expect(toPlainText('if i<n then')).toBe('if i<n then');
    expect(toPlainText('Use a<b &amp; c')).toBe('Use a<b &amp; c');
    // A tag written out in entities is the writer's text about markup, and stays.
    expect(toPlainText('<p>Use &lt;b&gt; for bold.</p>')).toBe('Use <b> for bold.');
  });
});
