/**
 * Captions the article shows twice: the same caption under every photo of a gallery, the copy
 * of each caption a lightbox keeps, the shortened copy ("… puts the game-winning go…") a
 * slider shows beside the full one. A reader loses nothing when the copies go; the first full
 * caption stays where it was, and the pictures stay. Repeated paragraphs of the text itself (a
 * meal plan's "Drink within 30 minutes") are the author's and stay.
 */
import type { HiddenBlock } from '../types';
import { foldedTextOf } from '../dom/text';
import type { Measurement } from './measure';

/** Shorter lines ("Photo: AP", "Getty Images") repeat legitimately. */
const MIN_CHARS = 40;

/** Never a caption, even inside a <figure>: blogs wrap tables and code in figures too. */
const CONTENT_TAGS = new Set(['TABLE', 'TR', 'TD', 'TH', 'PRE', 'CODE', 'BLOCKQUOTE', 'LI']);

/** A slide's number before its caption ("2 of 4", "3/12") is not part of what it says. */
const SLIDE_NUMBER = /^\d{1,3}\s*(?:of|\/)\s*\d{1,3}\s*/;
/** The mark a shortened copy ends with: "…", "...", "... more". */
const ELLIPSIS = /\s*(?:…|\.\.\.)(?:\s*more)?$/;

/**
 * What a caption says, for comparison: folded, without its slide number or ellipsis; and
 * whether it was cut short (only such a caption can be a shortened copy of a longer one).
 */
function captionWords(element: Element): { text: string; shortened: boolean } {
  const folded = foldedTextOf(element).replace(SLIDE_NUMBER, '');
  const text = folded.replace(ELLIPSIS, '');
  return { text, shortened: text !== folded };
}

/** A shortened copy sits beside its full caption: only this many recent captions are compared. */
const NEARBY = 8;

interface KeptCaption {
  text: string;
  shortened: boolean;
  element: Element;
}

/** A picture's caption: <figcaption>, a caption class, or a line in a figure with a picture. */
function isCaption(element: Element): boolean {
  if (CONTENT_TAGS.has(element.tagName)) return false;
  if (element.tagName === 'FIGCAPTION' || /caption/i.test(element.getAttribute('class') ?? '')) {
    return true;
  }
  const figure = element.closest('figure');
  return figure !== null && figure.querySelector('img, picture, video') !== null;
}

/**
 * The copies of captions under `root`: elements that hold their text themselves (a caption's
 * paragraph or the caption itself), no pictures, at least MIN_CHARS, that say what an earlier
 * caption says, or that are cut short ("…") from a caption beside them. Of a shortened and a
 * full copy the full one stays, whichever comes first; two different captions that merely
 * start alike both stay.
 */
export function repeatedBlocks(
  root: Element,
  measurement: Measurement,
  skip: (element: Element) => boolean,
): HiddenBlock[] {
  /** What every caption so far says, and the last few kept, for shortened copies. */
  const seen = new Set<string>();
  const recent: KeptCaption[] = [];
  const holders = new Set<Element>();
  const blocks: HiddenBlock[] = [];
  const insideHolder = (element: Element) => {
    for (let node = element.parentElement; node && node !== root; node = node.parentElement) {
      if (holders.has(node)) return true;
    }
    return false;
  };
  // The measured elements are in pre-order: the root's subtree follows the root, unbroken.
  const { elements } = measurement;
  for (let i = elements.indexOf(root) + 1; i > 0 && i < elements.length; i++) {
    const element = elements[i]!;
    if (!root.contains(element)) break;
    const stats = measurement.stats.get(element);
    if (!stats || stats.ownChars < MIN_CHARS || insideHolder(element)) continue;
    // Outermost holders of their own text only: a <span> filling its <p> is the same line.
    holders.add(element);
    if (stats.media > 0 || !isCaption(element)) continue;
    const { text, shortened } = captionWords(element);
    if (seen.has(text)) {
      if (!skip(element)) blocks.push(repeat(element));
      continue;
    }
    seen.add(text);
    const near = recent.findIndex(
      (kept) =>
        (shortened && kept.text.startsWith(text)) || (kept.shortened && text.startsWith(kept.text)),
    );
    if (near === -1) {
      recent.push({ text, element, shortened });
      if (recent.length > NEARBY) recent.shift();
    } else if (shortened && recent[near]!.text.startsWith(text)) {
      if (!skip(element)) blocks.push(repeat(element));
    } else {
      // The caption kept before was the shortened copy of this one: this one stays instead.
      if (!skip(recent[near]!.element)) blocks.push(repeat(recent[near]!.element));
      recent[near] = { text, element, shortened };
    }
  }
  return blocks;
}

function repeat(element: Element): HiddenBlock {
  return { element, category: 'repeats', reason: 'repeated-caption' };
}
