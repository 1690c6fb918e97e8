/** Takes the reader to a claim's sentence: re-find it by its quote, scroll, and flash it. */
import { findAnchor } from '../lib/claims';
import type { TextQuoteAnchor } from '../lib/types';
import { flashRange, scrollToRange, toRange } from './dom-range';

export function goToAnchor(root: Element, anchor: TextQuoteAnchor): boolean {
  // The article may have been re-rendered or replaced: look in the whole page before giving up.
  const span = findAnchor(root, anchor) ?? findAnchor(document.body, anchor);
  const range = span && toRange(span);
  if (!range) return false;
  scrollToRange(range);
  flashRange(range, 'gloss-claim');
  return true;
}
