/**
 * Reads a glossary file: Gloss's own JSON (or a bare JSON list of entries), CSV or TSV,
 * including Anki's "#separator:" / "#columns:" header lines, or a plain word list (one term per
 * line). Never throws: a file that cannot be read at all is `{ ok: false, error }`; a row that
 * cannot be used is skipped with its row number and the reason, and the rest is imported.
 */
import { utf8Length } from './bytes';
import { cleanEntry, type RawEntry } from './clean-entry';
import { parseCsv, type CsvRecord } from './csv';
import type { GlossaryEntry } from './entry';
import {
  CSV_COLUMNS,
  GLOSSARY_FORMAT,
  GLOSSARY_FORMAT_VERSION,
  LIMITS,
  type CsvColumn,
} from './format';
import { sameTermKey } from './tokens';

export interface SkippedRow {
  /** 1-based: the line in a CSV file, the position in a JSON list. */
  row: number;
  reason: string;
}

export type ImportResult =
  { ok: true; entries: GlossaryEntry[]; skipped: SkippedRow[] } | { ok: false; error: string };

interface Row {
  row: number;
  raw: RawEntry;
}

export function parseImport(text: string, filename = ''): ImportResult {
  // The length check first: it is free, and a string that long is over the limit in any encoding.
  if (text.length > LIMITS.importBytes || utf8Length(text) > LIMITS.importBytes) {
    return { ok: false, error: 'The file is larger than 5 MB, the most a glossary file can be.' };
  }
  const body = text.replace(/^\uFEFF/, '');
  if (BINARY.test(body.slice(0, 1024))) {
    return { ok: false, error: 'This is not a text file (an image or a document?).' };
  }
  const rows = isJson(body, filename) ? jsonRows(body) : csvRows(body, filename);
  if ('error' in rows) return { ok: false, error: rows.error };

  const entries: GlossaryEntry[] = [];
  const skipped: SkippedRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { row, raw } of rows) {
    const result = cleanEntry(raw);
    if ('reason' in result) {
      skipped.push({ row, reason: result.reason });
      continue;
    }
    const key = sameTermKey(result.entry);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      skipped.push({ row, reason: `the same term as row ${first}` });
      continue;
    }
    firstRowOf.set(key, row);
    entries.push(result.entry);
  }
  if (entries.length === 0 && skipped.length === 0) {
    return { ok: false, error: 'The file has no glossary entries.' };
  }
  return { ok: true, entries, skipped };
}

function isJson(text: string, filename: string): boolean {
  const extension = /\.([a-z]+)$/i.exec(filename)?.[1]?.toLowerCase();
  if (extension === 'json') return true;
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return false;
  return /^\s*[[{]/.test(text);
}

/**
 * Control characters do not occur in text files; a picture or a document has them in its first
 * bytes. (Not U+FFFD: a Windows-1252 CSV read as UTF-8 has it for every "é" and is still text.)
 */
// eslint-disable-next-line no-control-regex
const BINARY = /[\u0000-\u0008\u000E-\u001A]/;

/**
 * "line 3, column 12" from a JSON.parse error, which engines word differently (V8 gives a
 * position, Firefox a line and column); null when it gives neither.
 */
function whereJsonBreaks(text: string, message: string): string | null {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return `line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /position (\d+)/.exec(message);
  if (!position) return null;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  return `line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
}

function jsonRows(text: string): Row[] | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const where = whereJsonBreaks(text, error instanceof Error ? error.message : '');
    return { error: `This is not valid JSON${where ? ` (the problem is near ${where})` : ''}.` };
  }
  let list: unknown = data;
  if (isObject(data)) {
    const { format, version, entries } = data;
    if (format !== undefined && format !== GLOSSARY_FORMAT) {
      return {
        error: `This JSON is not a Gloss glossary (format "${String(format).slice(0, 40)}").`,
      };
    }
    if (format !== undefined && version !== GLOSSARY_FORMAT_VERSION) {
      return typeof version === 'number' && version > GLOSSARY_FORMAT_VERSION
        ? {
            error:
              'This glossary was saved by a newer version of Gloss; update Gloss to import it.',
          }
        : { error: 'This glossary file has no valid format version.' };
    }
    list = entries;
  }
  if (!Array.isArray(list)) return { error: 'This JSON holds no list of glossary entries.' };
  return list.map((item: unknown, index) => ({
    row: index + 1,
    // A non-object has no term, which `cleanEntry` reports.
    raw: isObject(item) ? item : {},
  }));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Column names accepted in a header row or Anki's "#columns:" line. */
const COLUMN_NAMES = new Map<string, CsvColumn>([
  ['term', 'term'],
  ['word', 'term'],
  ['front', 'term'],
  ['aliases', 'aliases'],
  ['alias', 'aliases'],
  ['synonyms', 'aliases'],
  ['definition', 'definition'],
  ['description', 'definition'],
  ['meaning', 'definition'],
  ['back', 'definition'],
  ['tags', 'tags'],
  ['tag', 'tags'],
  ['source', 'source'],
  ['url', 'source'],
  ['link', 'source'],
  ['lang', 'lang'],
  ['language', 'lang'],
]);

const ANKI_SEPARATORS = new Map([
  ['comma', ','],
  ['semicolon', ';'],
  ['tab', '\t'],
  ['space', ' '],
  ['pipe', '|'],
  ['colon', ':'],
]);

function csvRows(text: string, filename: string): Row[] | { error: string } {
  // Anki's header lines ("#separator:Tab", "#columns:…") at the top; "#hashtag" is a term.
  const headers = new Map<string, string>();
  let bodyStart = 0;
  let headerLines = 0;
  const headerLine = /#([a-z][a-z ]*):([^\r\n]*)(?:\r\n?|\n|$)/iy;
  for (;;) {
    headerLine.lastIndex = bodyStart;
    const header = headerLine.exec(text);
    if (!header) break;
    headers.set(header[1]!.trim().toLowerCase(), header[2]!.trim());
    headerLines++;
    bodyStart += header[0].length;
  }
  const body = text.slice(bodyStart);
  const separator = separatorOf(headers.get('separator'), filename, body);
  if (separator === undefined)
    return { error: 'The "#separator:" header names no separator Gloss knows.' };
  const records = parseCsv(body, separator);

  let columns: (CsvColumn | undefined)[];
  const declared = headers.get('columns');
  if (declared !== undefined) {
    columns = declared.split(separator).map((name) => COLUMN_NAMES.get(name.trim().toLowerCase()));
  } else if (records[0] && isHeaderRow(records[0].fields)) {
    columns = records.shift()!.fields.map((name) => COLUMN_NAMES.get(name.trim().toLowerCase()));
  } else {
    columns = columnsByCount(records[0]?.fields.length ?? 0);
  }
  const tagsColumn = Number(headers.get('tags column'));
  if (Number.isInteger(tagsColumn) && tagsColumn >= 1 && tagsColumn <= 100) {
    columns[tagsColumn - 1] = 'tags';
  }
  if (!columns.includes('term')) return { error: 'The file has no term column.' };

  return records.map((record) => ({ row: record.line + headerLines, raw: rawOf(record, columns) }));
}

/** A first row naming columns: a term column, and nothing but known names (or blanks). */
function isHeaderRow(fields: readonly string[]): boolean {
  const names = fields.map((field) => field.trim().toLowerCase()).filter(Boolean);
  return (
    names.some((name) => COLUMN_NAMES.get(name) === 'term') &&
    names.every((name) => COLUMN_NAMES.has(name))
  );
}

/** Without a header: a word list, "term,definition" pairs, or Gloss's own column order. */
function columnsByCount(count: number): CsvColumn[] {
  if (count <= 1) return ['term'];
  if (count === 2) return ['term', 'definition'];
  return [...CSV_COLUMNS];
}

function separatorOf(
  declared: string | undefined,
  filename: string,
  body: string,
): string | undefined {
  if (declared !== undefined) {
    return (
      ANKI_SEPARATORS.get(declared.toLowerCase()) ?? (declared.length === 1 ? declared : undefined)
    );
  }
  if (/\.tsv$/i.test(filename)) return '\t';
  // The separator that splits the first line most, counting outside quotes.
  const firstLine = /^[^\r\n]*/.exec(body.slice(0, 65536).replace(/"[^"]*"/g, ''))![0];
  const counts = [',', '\t', ';'].map((candidate) => ({
    candidate,
    count: firstLine.split(candidate).length - 1,
  }));
  const best = counts.reduce((a, b) => (b.count > a.count ? b : a));
  return best.count > 0 ? best.candidate : ',';
}

function rawOf(record: CsvRecord, columns: readonly (CsvColumn | undefined)[]): RawEntry {
  const raw: Record<string, string> = {};
  record.fields.forEach((value, index) => {
    const column = columns[index];
    if (column && raw[column] === undefined) raw[column] = value;
  });
  return raw;
}
