/** One term in a glossary, built in or the reader's own. Definitions are plain text, always. */
export interface GlossaryEntry {
  /** Stable id: built-in entries use a slug, the reader's own a random id. */
  id: string;
  /** The headword as shown to the reader, e.g. "mixture-of-experts". */
  term: string;
  /** Variants and acronyms, e.g. ["MoE", "mixture of experts models"]. */
  aliases: string[];
  definition: string;
  /** An optional http(s) link to read more. */
  source?: string;
  tags: string[];
  /**
   * The language the term is written in (a BCP 47 tag such as "fr" or "pt-BR"); absent means
   * English. A term is matched only in text of its language.
   */
  lang?: string;
  origin: 'builtin' | 'user';
  /** Epoch milliseconds of the last edit, for merges and sync. */
  updatedAt: number;
}

/** True for an http(s) URL: the only kind of link the card may make from an entry's source. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The entry's own fields in a fixed order, without anything else a stored or imported object carries. */
export function entryFields(entry: GlossaryEntry): GlossaryEntry {
  const { id, term, aliases, definition, source, tags, lang, origin, updatedAt } = entry;
  return {
    id,
    term,
    aliases: [...aliases],
    definition,
    ...(source === undefined ? {} : { source }),
    tags: [...tags],
    ...(lang === undefined ? {} : { lang }),
    origin,
    updatedAt,
  };
}
