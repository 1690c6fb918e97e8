/**
 * The one stylesheet Gloss puts into a page. The background inserts it with user origin, so no
 * author rule, however specific or `!important`, can override it; it only acts on elements
 * Gloss has marked, so inserting it changes nothing by itself.
 */
export const HIDE_ATTRIBUTE = 'data-gloss-hide';
export const PICKING_ATTRIBUTE = 'data-gloss-picking';
export const COMFORT_ATTRIBUTE = 'data-gloss-comfort';

export const PAGE_CSS = `
[${HIDE_ATTRIBUTE}] { display: none !important; }
::highlight(gloss-term) {
  text-decoration: underline dotted 2px;
  text-decoration-color: #2f6fdf;
  text-underline-offset: 3px;
}
::highlight(gloss-term-active) { background-color: rgba(47, 111, 223, 0.18); }
::highlight(gloss-claim) { background-color: rgba(255, 208, 0, 0.45); }
[${PICKING_ATTRIBUTE}] { outline: 2px solid #d9480f !important; outline-offset: 2px !important; cursor: crosshair !important; }
`;
