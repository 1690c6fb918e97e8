/**
 * Captions the article shows twice: the same caption under every photo of a gallery, the copy
 * of each caption a lightbox keeps. A reader loses nothing when the later copies go; the first
 * stays where it was, and the pictures stay. Repeated paragraphs of the text itself (a meal
 * plan's "Drink within 30 minutes") are the author's and stay.
 */
import type { HiddenBlock } from '../types';
import { foldedTextOf } from '../detect/dom';
import type { Measurement } from './measure';

/** Shorter lines ("Photo: AP", "Getty Images") repeat legitimately. */
const MIN_CHARS = 40;

/** Never a caption, even inside a <figure>: blogs wrap tables and code in figures too. */
const CONTENT_TAGS = new Set(['TABLE', 'TR', 'TD', 'TH', 'PRE', 'CODE', 'BLOCKQUOTE', 'LI']);

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
 * The later copies of captions under `root`: elements that hold their text themselves
 * (a caption's paragraph or the caption itself), no pictures, at least MIN_CHARS, equal to an
 * earlier block.
 */
export function repeatedBlocks(
  root: Element,
  measurement: Measurement,
  skip: (element: Element) => boolean,
): HiddenBlock[] {
  const seen = new Set<string>();
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
    const text = foldedTextOf(element);
    if (!seen.has(text)) {
      seen.add(text);
      continue;
    }
    if (!skip(element)) blocks.push({ element, category: 'repeats', reason: 'repeated-caption' });
  }
  return blocks;
}
