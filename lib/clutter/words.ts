/**
 * The words of an element's class and id, for matching rule tokens: split on punctuation and
 * camelCase, lower-cased. `div-gpt-ad-3`, `newsletterSignup` and `related_stories` become
 * ['div','gpt','ad','3'], ['newsletter','signup'] and ['related','stories'].
 */

export function labelWords(element: Element): string[] {
  const classes = element.getAttribute('class') ?? '';
  const label = `${classes} ${element.getAttribute('id') ?? ''}`;
  if (label.length < 2) return [];
  const words = label
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
  // Atomic CSS ("mu mv gu nl ov bk", as Medium and others generate it) names nothing: its
  // short classes are letters in sequence, and "nl" or "ad" among them is chance.
  return isAtomic(classes) ? words.filter((word) => word.length > SHORT_WORD) : words;
}

const SHORT_WORD = 3;
const ATOMIC_CLASS = /^[a-z]{1,3}$/i;

/** A class list made mostly of generated one-to-three-letter classes. */
function isAtomic(classes: string): boolean {
  const list = classes.split(/\s+/).filter((c) => c.length > 0);
  const short = list.filter((c) => ATOMIC_CLASS.test(c)).length;
  return short >= 4 && short >= 0.5 * list.length;
}

/** True when one of `tokens` is a whole word of the label. */
export function hasToken(words: readonly string[], tokens: ReadonlySet<string>): string | null {
  for (const word of words) if (tokens.has(word)) return word;
  return null;
}

/**
 * The first stem that starts at a word boundary of the label, possibly running across words
 * (`app-download` matches `appdownload`, `headslot` does not match `adslot`).
 */
export function hasStem(words: readonly string[], stems: readonly string[]): string | null {
  for (let i = 0; i < words.length; i++) {
    const run = words.slice(i, i + 3).join('');
    for (const stem of stems) if (run.startsWith(stem)) return stem;
  }
  return null;
}
