/**
 * Glossary matches in a DOM subtree, as ranges over its text nodes. Text is scanned per block:
 * inline tags (<em>, <a>, <span>) do not break a term, so "<em>mixture</em>-of-experts" matches,
 * while a block boundary, a <br> or a skipped element always does. Nothing is matched where the
 * reader types, in code, in our own UI, or in what the page never shows.
 */
import { isBlockElement, isNeverRendered } from '../text/visible-text';
import type { GlossaryIndex } from './compile';
import { MatchBudget, scanText, type MatchLimits } from './match-text';

/** A match inside the DOM: a range over text nodes (it may span inline tags). */
export interface DomTermMatch {
  entryId: string;
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

export interface DomMatchOptions extends MatchLimits {
  /** Subtrees to skip, e.g. the clutter clean-reading mode hides. */
  exclude?: ReadonlySet<Element>;
}

/** Editable, code-like, non-text or our own: never marked (local names, lower case). */
const OFF_LIMITS = new Set([
  'input',
  'textarea',
  'select',
  'code',
  'pre',
  'kbd',
  'samp',
  'script',
  'style',
  'noscript',
  'svg',
  'math',
]);
/** Ruby annotations (pronunciation over CJK text) are left out without splitting the base text. */
const ANNOTATIONS = new Set(['rt', 'rp']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

function isOffLimits(element: Element, exclude: ReadonlySet<Element> | undefined): boolean {
  const editable = element.getAttribute('contenteditable');
  return (
    OFF_LIMITS.has(element.localName.toLowerCase()) ||
    (editable !== null && editable.toLowerCase() !== 'false') ||
    element.hasAttribute('data-gloss-ui') ||
    exclude?.has(element) === true ||
    isNeverRendered(element)
  );
}

export function matchInElement(
  index: GlossaryIndex,
  root: Element,
  options: DomMatchOptions = {},
): DomTermMatch[] {
  const { exclude } = options;
  const matches: DomTermMatch[] = [];
  const budget = new MatchBudget(options);
  // A root inside an editor, a code block or our UI (an incremental rescan) is off limits too.
  for (let el: Element | null = root; el; el = el.parentElement) {
    if (isOffLimits(el, exclude)) return matches;
  }
  const block = new BlockText(index, budget, matches);
  // A walk by sibling and parent links, with no recursion and no stack: pages nest deep.
  let node: Node | null = root.firstChild;
  while (node && !budget.full) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      block.add(node as Text);
    } else if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      // A ruby annotation is left out without splitting the base text around it.
      if (!ANNOTATIONS.has(element.localName.toLowerCase())) {
        const offLimits = isOffLimits(element, exclude);
        if (offLimits || isBlockElement(element)) block.flush();
        descend = !offLimits;
      }
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (!node) break;
      if (node !== root && isBlockElement(node as Element)) block.flush();
    }
    node = node === root || !node ? null : node.nextSibling;
  }
  block.flush();
  return matches;
}

/** The text nodes of one block, scanned as one string and mapped back to nodes. */
class BlockText {
  private nodes: Text[] = [];
  private texts: string[] = [];

  constructor(
    private readonly index: GlossaryIndex,
    private readonly budget: MatchBudget,
    private readonly out: DomTermMatch[],
  ) {}

  add(node: Text): void {
    const text = node.data;
    if (text.length === 0) return;
    this.nodes.push(node);
    this.texts.push(text);
  }

  flush(): void {
    const { nodes, texts } = this;
    if (nodes.length === 0) return;
    this.nodes = [];
    this.texts = [];
    if (this.budget.full) return;
    const joined = texts.join('');
    // Matches arrive in order, so one forward pointer maps both ends: linear in the block.
    let at = 0;
    let atStart = 0;
    scanText(this.index, joined, 0, joined.length, (start, end, entryId) => {
      if (!this.budget.admit(entryId)) return !this.budget.full;
      while (start >= atStart + texts[at]!.length) atStart += texts[at++]!.length;
      const startContainer = nodes[at]!;
      const startOffset = start - atStart;
      while (end > atStart + texts[at]!.length) atStart += texts[at++]!.length;
      this.out.push({
        entryId,
        startContainer,
        startOffset,
        endContainer: nodes[at]!,
        endOffset: end - atStart,
      });
      return !this.budget.full;
    });
  }
}
