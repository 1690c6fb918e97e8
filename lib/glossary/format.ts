/**
 * The glossary file formats Gloss reads and writes, and the limits every imported entry must
 * fit. Shared by export, import and merge so the three can never disagree.
 */

export const GLOSSARY_FORMAT = 'gloss-glossary';
export const GLOSSARY_FORMAT_VERSION = 1;

/** CSV column order on export, and on import of a headerless file with 3 or more columns. */
export const CSV_COLUMNS = ['term', 'aliases', 'definition', 'tags', 'source', 'lang'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Joins aliases and tags inside one CSV cell; on import, ";" alone also splits. */
export const LIST_SEPARATOR = '; ';

export const LIMITS = {
  /** Checked before parsing, so a huge file fails at once. */
  importBytes: 5 * 1024 * 1024,
  /** Also the limit for each alias. */
  termChars: 100,
  definitionChars: 2000,
  aliases: 20,
  tags: 20,
  tagChars: 50,
  sourceChars: 2048,
} as const;
