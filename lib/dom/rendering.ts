/**
 * What a page never draws (scripts, styles, `hidden` and display-none elements) and which
 * elements break lines, read from markup alone so it works in any DOM, without layout.
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
