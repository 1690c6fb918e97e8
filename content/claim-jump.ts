/** Takes the reader to a claim's sentence: re-find it by its quote, scroll, and flash it. */
import { findAnchor } from '../lib/claims';
import type { Claim } from '../lib/types';
import { flashRange, scrollToRange, toRange } from './dom-range';

export function goToClaim(root: Element, claim: Claim): boolean {
  const span = findAnchor(root, claim.anchor) ?? findAnchor(document.body, claim.anchor);
  const range = span && toRange(span);
  if (!range) return false;
  scrollToRange(range);
  flashRange(range, 'gloss-claim');
  return true;
}
