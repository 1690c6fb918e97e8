/**
 * Which page part a claim came from, judged by the element its sentence stands in, for the
 * benchmark's count of claims drawn from reference lists, citations, captions, bylines, tables
 * of contents and templates (the target is none). It reads the page afresh: the claim's anchor
 * is found in the DOM, then the elements around its first and last character and the heading of
 * its section are checked against the page-part vocabulary.
 */
import type { Claim } from '../types';
import { findAnchor } from './anchor';
import { AUDITED_PARTS, headingSection, partOfElement, type PagePart } from './page-parts';

const HEADING = /^H[1-6]$/;

/** The last heading before `node` in document order, inside `root`. */
function headingBefore(root: Element, node: Node): Element | null {
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  let last: Element | null = null;
  for (
    let element = walker.nextNode() as Element | null;
    element;
    element = walker.nextNode() as Element | null
  ) {
    // Stop at the first element that follows the node or holds it.
    if (
      element.contains(node) ||
      (node.compareDocumentPosition(element) & 4) /* FOLLOWING */ !== 0
    ) {
      if (!element.contains(node)) break;
      continue;
    }
    if (HEADING.test(element.tagName.toUpperCase())) last = element;
  }
  return last;
}

/** The audited part a claim's sentence comes from, or null when it comes from prose. */
export function claimSourcePart(root: Element, claim: Pick<Claim, 'anchor'>): PagePart | null {
  const range = findAnchor(root, claim.anchor);
  if (!range) return null;
  for (const node of [range.startContainer, range.endContainer]) {
    // Inside the article root: what the root itself is called says nothing of its sentences
    // (WordPress gives every post an "author-<name>" class).
    for (
      let element = node.parentElement;
      element && element !== root;
      element = element.parentElement
    ) {
      const part = partOfElement(element);
      if (part && AUDITED_PARTS.includes(part)) return part;
    }
  }
  const heading = headingBefore(root, range.startContainer);
  return heading && headingSection(heading.textContent ?? '') === 'back-matter'
    ? 'reference'
    : null;
}
