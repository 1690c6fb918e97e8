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
