/**
 * The words under a node, read without recursion (hostile pages nest elements tens of
 * thousands deep): all of them, or only those a reader is shown.
 */

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
