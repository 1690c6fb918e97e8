/**
 * Writes a glossary as Gloss's versioned JSON (lossless: ids, origins and dates included) or as
 * CSV for spreadsheets and Anki (the "#" header lines tell Anki the separator, that fields are
 * plain text, and the column names, so it imports the file without questions).
 */
import { formatCsvRow } from './csv';
import { entryFields, type GlossaryEntry } from './entry';
import { CSV_COLUMNS, GLOSSARY_FORMAT, GLOSSARY_FORMAT_VERSION, LIST_SEPARATOR } from './format';

export function exportJson(entries: readonly GlossaryEntry[]): string {
  const file = {
    format: GLOSSARY_FORMAT,
    version: GLOSSARY_FORMAT_VERSION,
    entries: entries.map(entryFields),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function exportCsv(entries: readonly GlossaryEntry[]): string {
  const lines = [
    '#separator:Comma',
    '#html:false',
    `#columns:${CSV_COLUMNS.join(',')}`,
    ...entries.map((entry) =>
      formatCsvRow(
        [
          entry.term,
          entry.aliases.join(LIST_SEPARATOR),
          entry.definition,
          entry.tags.join(LIST_SEPARATOR),
          entry.source ?? '',
          entry.lang ?? '',
        ],
        ',',
      ),
    ),
  ];
  // CRLF, as RFC 4180 asks; every reader accepts it.
  return lines.map((line) => `${line}\r\n`).join('');
}
