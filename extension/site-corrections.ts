/**
 * Corrections that last: the blocks the reader hid ("Hide something else…") or brought back
 * ("Show", "Bring something back…") on a site, kept as selectors in the site's rule. The changes
 * are pure functions of the stored rules; storing them is one function, a read then a write as
 * every site-rule write does today, kept here alone so it can move onto a single writer for the
 * record in one step.
 */
import { readRecord, writeRecord } from './storage/record';
import { emptySiteRule, type SiteRules, sitesRecord } from './storage/sites';

export interface Correction {
  mode: 'hide' | 'show';
  selector: string;
}

const otherMode = (mode: Correction['mode']) => (mode === 'hide' ? 'show' : 'hide');

/** The rules with the correction added for the host; the last choice for a selector wins. */
export function withCorrection(rules: SiteRules, host: string, correction: Correction): SiteRules {
  const { mode, selector } = correction;
  const rule = Object.hasOwn(rules, host) ? rules[host]! : emptySiteRule();
  const other = otherMode(mode);
  return {
    ...rules,
    [host]: {
      ...rule,
      [mode]: rule[mode].includes(selector) ? rule[mode] : [...rule[mode], selector],
      [other]: rule[other].filter((s) => s !== selector),
    },
  };
}

/** The rules without the correction (undo): the block is Gloss's to judge again. */
export function withoutCorrection(
  rules: SiteRules,
  host: string,
  correction: Correction,
): SiteRules {
  if (!Object.hasOwn(rules, host)) return rules;
  const rule = rules[host]!;
  const { mode, selector } = correction;
  return { ...rules, [host]: { ...rule, [mode]: rule[mode].filter((s) => s !== selector) } };
}

/** Stores a change to the site rules; resolves to the rules stored. */
export async function changeSiteRules(change: (rules: SiteRules) => SiteRules): Promise<SiteRules> {
  const { value } = await readRecord(sitesRecord);
  const next = change(value);
  await writeRecord(sitesRecord, next);
  return next;
}
