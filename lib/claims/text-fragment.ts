/**
 * Text-fragment links (`#:~:text=start,end`, Chrome 80, Safari 16.1, Firefox 131) that scroll to
 * and highlight a claim, for "copy as Markdown". Long sentences become a start and an end of a
 * few words each, which keeps links short and survives small edits in between.
 */

/** Sentences up to this many words are quoted whole. */
const WHOLE_UP_TO = 8;
const EDGE_WORDS = 4;

/** Percent-encoding plus the three characters the directive syntax reserves: `-`, `,`, `&`. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

export function textFragmentLink(url: string, claimText: string): string {
  // An existing directive would be replaced by the browser anyway; keep any plain fragment.
  const base = url.replace(/:~:.*$/, '');
  const separator = base.includes('#') ? ':~:' : '#:~:';
  const tokens = claimText.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return base;
  const directive =
    tokens.length <= WHOLE_UP_TO
      ? encode(tokens.join(' '))
      : `${encode(tokens.slice(0, EDGE_WORDS).join(' '))},${encode(tokens.slice(-EDGE_WORDS).join(' '))}`;
  return `${base}${separator}text=${directive}`;
}
