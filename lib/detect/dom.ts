/**
 * Iterative DOM helpers. Hostile pages nest elements tens of thousands deep, and some DOM
 * implementations (happy-dom's `textContent`, `querySelectorAll`) recurse per level and
 * overflow the stack there, so the core walks trees with explicit stacks instead.
 */

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

/** `textContent`, without recursion. */
export function textOf(root: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      continue;
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return parts.join('');
}
