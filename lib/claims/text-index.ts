/**
 * The text of a subtree as one whitespace-normalized string, with a map from every character
 * back to the DOM text node and offset it came from (kept as runs, not per character). Claims are cut from this string and their
 * anchors are searched in it, so both sides see text exactly as `findAnchor` will later.
 */
import { isBlockElement, isNeverRendered } from '../dom/rendering';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface TextIndex {
  /** Runs of white space folded to one space; a space at every block boundary; trimmed. */
  text: string;
  nodes: Text[];
  /**
   * The text as runs copied verbatim from one node: run i starts at `runStart[i]` in `text`, and
   * at `runOffset[i]` in `nodes[runNode[i]]`; `runNode[i]` is -1 for a block-break space.
   * Runs rather than a per-character map keep a long article's index small.
   */
  runStart: number[];
  runNode: number[];
  runOffset: number[];
}

export interface IndexHooks {
  /** Subtrees not to index at all (clutter that clean mode hides). */
  exclude?: ReadonlySet<Element>;
  /** Called on entering an element with the text length so far; return false to skip it. */
  enter?(element: Element, at: number): boolean;
  /** Called after an element's subtree, with the text length so far. */
  leave?(element: Element, at: number): void;
}

const LEAVE = Symbol('leave');

/** White space as HTML collapses it, plus the no-break and Unicode spaces `\s` knows. */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 160 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff ||
    code === 0x1680
  );
}

export function buildTextIndex(root: Element, hooks: IndexHooks = {}): TextIndex {
  const parts: string[] = [];
  const index: TextIndex = { text: '', nodes: [], runStart: [], runNode: [], runOffset: [] };
  let length = 0;
  let lastIsSpace = true; // No leading space.
  const emit = (part: string, node: number, offset: number): void => {
    parts.push(part);
    index.runStart.push(length);
    index.runNode.push(node);
    index.runOffset.push(offset);
    length += part.length;
    lastIsSpace = part === ' ';
  };
  // An explicit stack, not recursion: hostile pages nest tens of thousands deep.
  const stack: (Node | { [LEAVE]: Element })[] = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (LEAVE in item) {
      if (isBlockElement(item[LEAVE]) && !lastIsSpace) emit(' ', -1, 0);
      hooks.leave?.(item[LEAVE], length);
      continue;
    }
    if (item.nodeType === TEXT_NODE) {
      const value = (item as Text).data;
      const node = index.nodes.push(item as Text) - 1;
      for (let i = 0; i < value.length;) {
        let j = i + 1;
        if (isSpace(value.charCodeAt(i))) {
          while (j < value.length && isSpace(value.charCodeAt(j))) j++;
          if (!lastIsSpace) emit(' ', node, i);
        } else {
          while (j < value.length && !isSpace(value.charCodeAt(j))) j++;
          emit(value.slice(i, j), node, i);
        }
        i = j;
      }
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE) continue;
    const element = item as Element;
    if (element !== root && (hooks.exclude?.has(element) || isNeverRendered(element))) continue;
    if (hooks.enter && !hooks.enter(element, length)) continue;
    if (isBlockElement(element) && !lastIsSpace) emit(' ', -1, 0);
    stack.push({ [LEAVE]: element });
    const children = element.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  if (lastIsSpace && parts.length > 0) {
    parts.pop();
    index.runStart.pop();
    index.runNode.pop();
    index.runOffset.pop();
  }
  index.text = parts.join('');
  return index;
}

/** The run holding character `position` of the text (binary search). */
function runAt(index: TextIndex, position: number): number {
  let low = 0;
  let high = index.runStart.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (index.runStart[middle]! <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** A DOM range as plain data, so the core never needs `document.createRange`. */
export interface TextRange {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/** The DOM positions of `text[start, end)`, skipping block-break spaces at either edge. */
export function rangeOf(index: TextIndex, start: number, end: number): TextRange | null {
  let first = runAt(index, start);
  let last = runAt(index, end - 1);
  // Block breaks are whole one-character runs; step over them at the edges.
  while (first <= last && index.runNode[first] === -1) start = index.runStart[++first] ?? end;
  while (last >= first && index.runNode[last] === -1) end = index.runStart[last--]!;
  if (start >= end || first > last) return null;
  return {
    startContainer: index.nodes[index.runNode[first]!]!,
    startOffset: index.runOffset[first]! + start - index.runStart[first]!,
    endContainer: index.nodes[index.runNode[last]!]!,
    endOffset: index.runOffset[last]! + end - index.runStart[last]!,
  };
}
