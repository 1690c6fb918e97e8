/**
 * Iterative DOM helpers. Hostile pages nest elements tens of thousands deep, and some DOM
 * implementations (happy-dom's `textContent`, `querySelectorAll`) recurse per level and
 * overflow the stack there, so the core walks trees with explicit stacks instead.
 */
import { ELEMENTS_PER_STEP, type Steps } from '../steps';

/** Every element under `root` (inclusive) in document order. */
export function* elementsOf(root: Element): Generator<Element> {
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    yield element;
    const children = element.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/**
 * Calls `visit` on every element under `root` (inclusive) in document order, pausing every
 * ELEMENTS_PER_STEP elements (see lib/steps.ts). The loop lives outside the generator: some
 * engines (Firefox's) run code inside a generator many times slower.
 */
export function* visitInSteps(root: Element, visit: (element: Element) => void): Steps<void> {
  const stack: Element[] = [root];
  while (stack.length > 0) {
    visitSome(stack, visit, ELEMENTS_PER_STEP);
    if (stack.length > 0) yield;
  }
}

function visitSome(stack: Element[], visit: (element: Element) => void, count: number): void {
  for (let seen = 0; seen < count && stack.length > 0; seen++) {
    const element = stack.pop()!;
    visit(element);
    const children = element.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** `textContent`, without recursion. */
export function textOf(root: Node): string {
  return collectText(root, false);
}

/** Elements whose text is code or markup for later, never words on the page. */
const UNREAD_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** A script, style or template: an element with no words for the reader. */
export function isUnread(element: Element): boolean {
  return UNREAD_TAGS.has(element.tagName);
}

/**
 * The words a block says to a reader: `textOf` without the scripts, styles and templates
 * inside it (a comment box's form often arrives as a script string).
 */
export function readableTextOf(root: Node): string {
  return collectText(root, true);
}

function collectText(root: Node, readableOnly: boolean): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      continue;
    }
    if (readableOnly && node.nodeType === 1 && isUnread(node as Element)) continue;
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts.join('');
}

/** `readableTextOf` with white space folded and lower-cased: what a block says, for comparing. */
export function foldedTextOf(root: Node): string {
  return readableTextOf(root).replace(/\s+/g, ' ').trim().toLowerCase();
}
