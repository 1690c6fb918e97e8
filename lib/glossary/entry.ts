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
  origin: 'builtin' | 'user';
  /** Epoch milliseconds of the last edit, for merges and sync. */
  updatedAt: number;
}
