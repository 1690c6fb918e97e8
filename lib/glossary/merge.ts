/**
 * Merging an import into the glossary, in two pure steps so the reader sees a preview first:
 * `planMerge` says what would be added, updated or skipped; `applyMerge` does it.
 *
 * An import adds and updates; it never deletes. An incoming entry is the same as an existing
 * one when it has the existing id (a re-import, or a built-in's slug), the same term (case,
 * spaces and hyphens ignored) in the same language, or a term that is one of the existing
 * entry's aliases (an imported "MoE" updates the built-in "mixture-of-experts" instead of
 * duplicating it).
 * Pass the glossary as the reader sees it, built-ins included, so those matches happen.
 */
import type { GlossaryEntry } from './entry';
import { LIMITS } from './format';
import { sameTermKey, termKey } from './tokens';

export interface MergeSkip {
  /** 1-based position in the incoming list. */
  row: number;
  reason: string;
}

export interface MergePlan {
  /** New entries; their ids are assigned by `applyMerge`. */
  added: GlossaryEntry[];
  updated: { before: GlossaryEntry; after: GlossaryEntry }[];
  /** Incoming entries that match an existing one and would change nothing. */
  unchanged: number;
  skipped: MergeSkip[];
}

/** `incoming` are validated entries, e.g. `parseImport`'s. */
export function planMerge(
  existing: readonly GlossaryEntry[],
  incoming: readonly GlossaryEntry[],
): MergePlan {
  const byId = new Map(existing.map((entry) => [entry.id, entry]));
  const byTerm = new Map<string, GlossaryEntry>();
  const byAlias = new Map<string, GlossaryEntry>();
  for (const entry of existing) {
    const key = sameTermKey(entry);
    if (!byTerm.has(key)) byTerm.set(key, entry);
    for (const alias of entry.aliases) {
      const aliasKey = sameTermKey({ term: alias, lang: entry.lang });
      if (!byAlias.has(aliasKey)) byAlias.set(aliasKey, entry);
    }
  }

  const plan: MergePlan = { added: [], updated: [], unchanged: 0, skipped: [] };
  // Which incoming row already took each existing entry or new term, for clear skip reasons.
  const claimedBy = new Map<string, number>();
  incoming.forEach((entry, index) => {
    const row = index + 1;
    const key = sameTermKey(entry);
    const sameId = entry.id ? byId.get(entry.id) : undefined;
    const target = sameId ?? byTerm.get(key) ?? byAlias.get(key);
    const claimKey = target ? `id:${target.id}` : `term:${key}`;
    const earlier = claimedBy.get(claimKey);
    if (earlier !== undefined) {
      plan.skipped.push({ row, reason: `"${entry.term}" is the same term as row ${earlier}` });
      return;
    }
    claimedBy.set(claimKey, row);
    if (!target) {
      plan.added.push({ ...entry, origin: 'user' });
      return;
    }
    // Matched by id, the incoming term is a rename; matched by spelling, the existing stays.
    const renamed = sameId !== undefined && key !== sameTermKey(target);
    const owner = byTerm.get(key) ?? byAlias.get(key);
    if (renamed && owner && owner !== target) {
      plan.skipped.push({
        row,
        reason: `renaming "${target.term}" to "${entry.term}" would clash with an existing term`,
      });
      return;
    }
    const after = mergeEntry(target, entry, renamed);
    if (sameContent(target, after)) plan.unchanged++;
    else plan.updated.push({ before: target, after });
  });
  return plan;
}

export interface ApplyOptions {
  /** A fresh id for each added entry. */
  newId?: () => string;
  /** The clock stamped on added and updated entries. */
  now?: () => number;
}

/**
 * The glossary after the plan: `existing` in order with updates in place (ids kept, built-in
 * slugs included), then the added entries under fresh ids. Apply a plan to the list it was
 * made from; updates to entries no longer there are dropped.
 */
export function applyMerge(
  existing: readonly GlossaryEntry[],
  plan: MergePlan,
  { newId = () => `user-${crypto.randomUUID()}`, now = Date.now }: ApplyOptions = {},
): GlossaryEntry[] {
  const stamp = now();
  const updates = new Map(
    plan.updated.map(({ before, after }) => [
      before.id,
      { ...after, id: before.id, updatedAt: stamp },
    ]),
  );
  const merged = existing.map((entry) => updates.get(entry.id) ?? entry);
  const used = new Set(existing.map((entry) => entry.id));
  for (const entry of plan.added) {
    const id = newId();
    if (used.has(id))
      throw new Error(`applyMerge: newId() returned "${id}", which is already in use`);
    used.add(id);
    merged.push({ ...entry, id, origin: 'user', updatedAt: stamp });
  }
  return merged;
}

/** The existing entry with what the incoming one adds: its definition, link, aliases and tags. */
function mergeEntry(
  before: GlossaryEntry,
  incoming: GlossaryEntry,
  renamed: boolean,
): GlossaryEntry {
  const term = renamed ? incoming.term : before.term;
  const source = incoming.source ?? before.source;
  const lang = renamed ? incoming.lang : before.lang;
  return {
    ...before,
    term,
    aliases: union([...before.aliases, ...incoming.aliases], term).slice(0, LIMITS.aliases),
    definition: incoming.definition || before.definition,
    ...(source === undefined ? {} : { source }),
    tags: union([...before.tags, ...incoming.tags]).slice(0, LIMITS.tags),
    ...(lang === undefined ? {} : { lang }),
    // Changed entries are the reader's own, as an edit in the options page makes them.
    origin: 'user',
  };
}

/** Items in order without repeats (by term key), leaving out the headword itself. */
function union(items: readonly string[], headword?: string): string[] {
  const seen = new Set(headword === undefined ? [] : [termKey(headword)]);
  return items.filter((item) => {
    const key = termKey(item) || item;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sameContent(a: GlossaryEntry, b: GlossaryEntry): boolean {
  return (
    a.term === b.term &&
    a.lang === b.lang &&
    a.definition === b.definition &&
    a.source === b.source &&
    a.aliases.join('\u0000') === b.aliases.join('\u0000') &&
    a.tags.join('\u0000') === b.tags.join('\u0000')
  );
}
