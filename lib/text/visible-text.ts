/**
 * Text as a reader sees it: block elements break lines, and nothing the page never renders
 * (scripts, styles, templates, `hidden` elements) or that clean mode hides is included.
 * Works on any DOM implementation, so it needs no layout.
 */

const NEVER_RENDERED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'IFRAME',
  'OBJECT',
  'SVG',
  'svg',
]);

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
  'CAPTION',
  'TBODY',
  'THEAD',
  'TFOOT',
  'OPTION',
  'BUTTON',
]);

const BLOCK_END = Symbol('block end');
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

export function isBlockElement(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName.toUpperCase());
}

/**
 * The display-none utility classes of the common CSS frameworks (Bootstrap's `d-none`, and
 * `hidden` in Bootstrap 3, Tailwind and others). The page's stylesheet hides these, so they
 * count as unseen even where no stylesheet is loaded (the CLI, the benchmarks).
 */
const HIDDEN_CLASS = /(?:^|\s)(?:d-none|hidden|is-hidden|u-hidden|collapse)(?:\s|$)/;
/**
 * A responsive display class beside it shows the element again on some screens; `show` and
 * `in` open a Bootstrap `collapse`, and a `navbar-collapse` menu is open on wide screens.
 */
const SHOWN_AGAIN =
  /(?:^|\s)(?:d-(?:sm|md|lg|xl|xxl)-(?!none)|[a-z0-9]+:(?:block|flex|grid|inline|inline-block|inline-flex|table|contents)(?:\s|$)|show(?:\s|$)|in(?:\s|$)|navbar-collapse(?:\s|$))/;

function hasHiddenClass(element: Element): boolean {
  const label = element.getAttribute('class');
  return label !== null && HIDDEN_CLASS.test(label) && !SHOWN_AGAIN.test(label);
}

/** True for elements whose content is never shown, whatever clean mode does. */
export function isNeverRendered(element: Element): boolean {
  return (
    NEVER_RENDERED.has(element.tagName.toUpperCase()) ||
    element.hasAttribute('hidden') ||
    /display\s*:\s*none/i.test(element.getAttribute('style') ?? '') ||
    hasHiddenClass(element)
  );
}

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
