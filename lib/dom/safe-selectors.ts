/**
 * Selectors that come from storage (the reader's per-site rules) may be stale or malformed,
 * so each is tried on its own and a selector the browser rejects is skipped, not fatal.
 */

export function safeQueryAll(root: ParentNode, selector: string): Element[] {
  if (!selector.trim()) return [];
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return [];
  }
}

export function safeMatches(element: Element, selector: string): boolean {
  if (!selector.trim()) return false;
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}
