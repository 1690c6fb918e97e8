/**
 * Short lines inside or just after a story that are not the story: teaser lines ("Related:
 * <link>"), slide counters, tag lists and the publication's sign-off pitches. Each test reads
 * one block's measured stats and, at most, its text.
 */
import { readableTextOf } from '../dom/text';
import type { Verdict } from './classify';
import type { BlockStats } from './measure';

/** Lead-ins of a "read this too" line inside the story: `Related: <link>`, `See more: <link>`. */
const TEASER_LEAD =
  /^(?:related|see more|see also|read more|read also|also read|more from|don't miss|watch|listen|recommended|leia também|leggi anche|lesen sie auch|à lire aussi)\b[^:]{0,20}:/i;

/** Blocks a "Related: <link>" line comes in: a paragraph, a div, an inline <aside>. */
const TEASER_TAGS = new Set(['P', 'DIV', 'ASIDE']);

/** A list of headlines: two or more items, each one short link and little else. */
function isHeadlineList(element: Element, stats: BlockStats): boolean {
  const items = [...element.children];
  return (
    items.length >= 2 &&
    stats.chars <= 100 * items.length &&
    stats.linkChars >= 0.9 * stats.chars &&
    items.every((item) => item.tagName === 'LI' && item.getElementsByTagName('a').length === 1)
  );
}

/**
 * A line inside the story that only points elsewhere: a short paragraph that is all link, a
 * paragraph that is a run of headlines ("Don't miss: <a>…</a> <a>…</a>"), a short line of a
 * link behind a "Related:" lead-in, or a list of headlines.
 */
export function isTeaserLine(element: Element, stats: BlockStats): boolean {
  if (stats.linkChars === 0 || stats.media > 0) return false;
  const tag = element.tagName;
  if (tag === 'UL' || tag === 'OL') return stats.chars <= 1000 && isHeadlineList(element, stats);
  if (tag === 'P' && stats.chars <= 400) {
    if (stats.chars <= 200 && stats.linkChars >= 0.9 * stats.chars) return true;
    const runOfLinks =
      stats.linkChars >= 0.8 * stats.chars &&
      stats.commas < 3 &&
      element.getElementsByTagName('a').length >= 2;
    if (runOfLinks) return true;
  }
  if (!TEASER_TAGS.has(tag) || stats.chars > 200) return false;
  return stats.linkChars >= 0.4 * stats.chars && TEASER_LEAD.test(readableTextOf(element).trim());
}

/** A gallery's slide counter: "Image 1 of 5", "3 / 12". */
const SLIDE_COUNTER =
  /^(?:(?:image|photo|picture|slide|foto|bild|imagem|immagine)\s*)?\d{1,3}\s*(?:of|\/|von|de|di|sur|из)\s*\d{1,3}$/i;

function isSlideCounter(element: Element, stats: BlockStats): boolean {
  return (
    stats.chars <= 24 && stats.linkChars === 0 && SLIDE_COUNTER.test(readableTextOf(element).trim())
  );
}

/** The post's tag links (`rel="tag"`, as blog engines mark them), with little else. */
function isTagList(element: Element, stats: BlockStats): boolean {
  if (stats.linkChars < 0.6 * stats.chars || stats.media > 0) return false;
  const links = element.getElementsByTagName('a');
  if (links.length < 2) return false;
  for (const link of links)
    if (!/(?:^|\s)tag(?:\s|$)/i.test(link.getAttribute('rel') ?? '')) return false;
  return true;
}

/** A line of the page's own controls inside the story: a slide counter or the tag links. */
export function controlLine(
  element: Element,
  stats: BlockStats,
): 'slide-counter' | 'tag-links' | null {
  if (isSlideCounter(element, stats)) return 'slide-counter';
  return isTagList(element, stats) ? 'tag-links' : null;
}

/**
 * The house's sign-off after a story, in its own voice: a sentence that opens with the call
 * ("Subscribe to…", "Follow us…", "Join our forums…", "Want more? Get a subscription…"), or a
 * "follow him @handle" line.
 */
const PITCH_OPENING =
  /(?:^|[.!?…]\s*)(?:subscribe|sign up|follow|join|listen (?:live|back|to)|become a (?:member|subscriber|patron)|get (?:a|our) (?:subscription|newsletter)|support (?:us|our (?:work|journalism)))\b/i;
const PITCH_HANDLE =
  /\bfollow (?:us|him|her|them|me)\b[^.]{0,30}(?:@|\bon (?:twitter|facebook|instagram)\b)|\bfollow @\w/i;
/** Reported speech is the story, whatever it asks for. */
const SPEECH = /\b(?:said|says|told|according to)\b/i;
const PITCH_MAX = 300;

/**
 * A short block at the very end that pitches the publication rather than tells the story,
 * named by what it asks for: a subscription, a follow, or anything else (forums, membership).
 */
export function pitchVerdict(element: Element, stats: BlockStats): Verdict | null {
  // A picture goes with the pitch only as its figure, and only one that sells a subscription:
  // the magazine cover over "Subscribe to…", not a closing photo of "Sign-up sheets at…".
  const figure = stats.media > 0;
  if (stats.chars > PITCH_MAX || (figure && element.tagName !== 'FIGURE')) return null;
  const text = readableTextOf(element).trim();
  if (SPEECH.test(text) || !(PITCH_OPENING.test(text) || PITCH_HANDLE.test(text))) return null;
  if (figure && !/subscri/i.test(text)) return null;
  const category = /subscri|newsletter|sign up/i.test(text)
    ? 'newsletter'
    : /follow|twitter|facebook|instagram/i.test(text)
      ? 'social'
      : 'upsell';
  return { category, reason: 'closing-pitch' };
}

/** Label words of a note about the story itself, whatever else its class says ("ad-disclosure"). */
const DISCLOSURE_LABEL =
  /(?:^|[-_\s])(?:disclosures?|disclaimers?|corrections?|clarifications?|editor'?s?-?notes?)(?:$|[-_\s])/i;
/** The lead of such a note: "Paid post:", "This article was sponsored by…", "Correction:". */
const DISCLOSURE_LEAD =
  /^(?:paid post|sponsored by|(?:this|the) (?:article|story|post|content|series) (?:was|is) (?:sponsored|paid for|funded|produced)|disclosures?|disclaimer|corrections?|clarification|editor['’]?s note)\b/i;
const DISCLOSURE_MAX = 600;

/**
 * A disclosure inside the story: who paid for it, a correction, an editor's note. The reader
 * should see it, so it vetoes the ad and upsell words its markup often carries.
 */
export function isDisclosure(element: Element, stats: BlockStats): boolean {
  if (stats.chars === 0 || stats.chars > DISCLOSURE_MAX) return false;
  const label = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return DISCLOSURE_LABEL.test(label) || DISCLOSURE_LEAD.test(readableTextOf(element).trim());
}
