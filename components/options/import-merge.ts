/**
 * Merging works on the glossary the reader sees (built-ins included), so an imported "MoE" that
 * matches a built-in updates it instead of duplicating it. Storage holds only the reader's own
 * data, so this turns a merged list back into the stored record.
 */
import { builtinGlossary } from '../../lib/glossary/builtin';
import type { GlossaryEntry } from '../../lib/glossary/entry';
import { effectiveEntries, type StoredGlossary } from '../../extension/storage/glossary';

export function mergeIntoStored(
  stored: StoredGlossary,
  merge: (existing: GlossaryEntry[]) => GlossaryEntry[],
): StoredGlossary {
  const builtins = new Map(builtinGlossary.map((entry) => [entry.id, entry]));
  const entries = merge(effectiveEntries(stored))
    // A built-in left as shipped is not the reader's data: it stays out of storage.
    .filter((entry) => {
      const builtin = builtins.get(entry.id);
      return !builtin || (entry !== builtin && JSON.stringify(entry) !== JSON.stringify(builtin));
    })
    // Whatever is stored is the reader's own, including their changed copies of built-ins.
    .map((entry): GlossaryEntry =>
      entry.origin === 'user' ? entry : { ...entry, origin: 'user' },
    );
  return { ...stored, entries };
}
