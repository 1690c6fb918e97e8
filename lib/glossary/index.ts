// PLACEHOLDER until the matcher lands: the public surface of lib/glossary.
import type { GlossaryEntry } from './entry';

export type { GlossaryEntry } from './entry';

export interface GlossaryIndex {
  entries: ReadonlyMap<string, GlossaryEntry>;
}

/** A match inside the DOM: a range over text nodes (it may span inline tags). */
export interface DomTermMatch {
  entryId: string;
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

export function compileGlossary(entries: readonly GlossaryEntry[]): GlossaryIndex {
  return { entries: new Map(entries.map((e) => [e.id, e])) };
}

export function matchInElement(_index: GlossaryIndex, _root: Element): DomTermMatch[] {
  return [];
}
