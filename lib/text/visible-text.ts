/**
 * Text as a reader sees it: block elements break lines, and nothing the page never renders
 * (scripts, styles, templates, `hidden` elements) or that clean mode hides is included.
 * Works on any DOM implementation, so it needs no layout.
 */
import { isBlockElement, isNeverRendered } from '../dom/rendering';

const BLOCK_END = Symbol('block end');
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

/**
 * The text of `root` without the subtrees in `hidden`, with a line break at every block
 * boundary and runs of white space folded.
 */
export function visibleText(root: Node, hidden: ReadonlySet<Element> = new Set()): string {
  const out: string[] = [];
  // An explicit stack rather than recursion: hostile pages nest tens of thousands deep.
  const stack: (Node | typeof BLOCK_END)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === BLOCK_END) {
      out.push('\n');
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      out.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (hidden.has(element) || isNeverRendered(element)) continue;
      if (isBlockElement(element)) {
        out.push('\n');
        stack.push(BLOCK_END);
      }
    } else if (node.nodeType !== DOCUMENT_NODE && node.nodeType !== FRAGMENT_NODE) {
      continue;
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out
    .join('')
    .replace(/[ \t\f\r\u00a0]+/g, ' ')
    .replace(/ ?\n[\n ]*/g, '\n')
    .trim();
}

/** Words in the Unicode sense, as the extraction metric counts them. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0;
}
