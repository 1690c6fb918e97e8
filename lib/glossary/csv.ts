/**
 * RFC 4180 CSV, with any one-character separator (comma, tab, semicolon). Lenient on input as
 * spreadsheets write it (CR, LF or CRLF line ends; a stray quote inside an unquoted field is
 * text; an unclosed quote runs to the end), strict on output.
 */

export interface CsvRecord {
  fields: string[];
  /** 1-based line of the file the record starts on, for messages about it. */
  line: number;
}

/** Records in order; empty lines are skipped (the writer never produces one). */
export function parseCsv(text: string, separator: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const n = text.length;
  let line = 1;
  let i = 0;
  while (i < n) {
    if (text[i] === '\r' || text[i] === '\n') {
      i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      continue;
    }
    const startLine = line;
    const fields: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        // Quoted: runs to the next quote not doubled; may span lines.
        i++;
        for (;;) {
          const quote = text.indexOf('"', i);
          const end = quote === -1 ? n : quote;
          const chunk = text.slice(i, end);
          field += chunk;
          line += countLineBreaks(chunk);
          i = end + 1;
          if (quote === -1 || text[i] !== '"') break;
          field += '"';
          i++;
        }
      }
      // Unquoted text, or whatever follows a closing quote up to the next delimiter.
      let end = i;
      while (end < n && text[end] !== separator && text[end] !== '\n' && text[end] !== '\r') end++;
      field += text.slice(i, end);
      fields.push(field);
      i = end;
      if (i < n && text[i] === separator) {
        i++;
        continue;
      }
      break;
    }
    records.push({ fields, line: startLine });
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    line++;
  }
  return records;
}

/** One CSV line (no line end). Quotes only the fields that need it. */
export function formatCsvRow(fields: readonly string[], separator: string): string {
  // A lone empty field would be an empty line, which readers skip.
  if (fields.length === 1 && fields[0] === '') return '""';
  return fields
    .map((field) => (needsQuotes(field, separator) ? `"${field.replaceAll('"', '""')}"` : field))
    .join(separator);
}

function needsQuotes(field: string, separator: string): boolean {
  // "#" first: Anki reads a line starting with "#" at the top of a file as a header.
  return (
    field.includes(separator) ||
    field.includes('"') ||
    field.includes('\n') ||
    field.includes('\r') ||
    field.startsWith('#')
  );
}

function countLineBreaks(text: string): number {
  return text.match(/\r\n?|\n/g)?.length ?? 0;
}
