/**
 * The words of an element's class and id, for matching rule tokens: split on punctuation and
 * camelCase, lower-cased. `div-gpt-ad-3`, `newsletterSignup` and `related_stories` become
 * ['div','gpt','ad','3'], ['newsletter','signup'] and ['related','stories'].
 */

export function labelWords(element: Element): string[] {
  const label = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  if (label.length < 2) return [];
  return label
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
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
