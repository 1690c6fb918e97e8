/**
 * The one stylesheet Gloss puts into a page. The background inserts it with user origin, so no
 * author rule, however specific or `!important`, can override it; it only acts on elements
 * Gloss has marked with its attributes, so inserting it changes nothing by itself. Reading
 * comfort values are attributes too (snapped to steps with a rule each), so the stylesheet
 * stays one fixed text and never carries anything built from page or user input.
 */
export const HIDE_ATTRIBUTE = 'data-gloss-hide';
export const PICKING_ATTRIBUTE = 'data-gloss-picking';
/** On the article root while clean mode is on. */
export const ARTICLE_ATTRIBUTE = 'data-gloss-article';
/** On the article root's ancestors while clean mode is on: they give the article the page's width. */
export const PATH_ATTRIBUTE = 'data-gloss-path';
export const FONT_ATTRIBUTE = 'data-gloss-font';
export const WIDTH_ATTRIBUTE = 'data-gloss-width';
export const LEADING_ATTRIBUTE = 'data-gloss-leading';
export const THEME_ATTRIBUTE = 'data-gloss-theme';

/** The steps comfort values snap to; each has its own rule below. */
export const COMFORT_STEPS = {
  fontPercent: { min: 75, max: 200, step: 5 },
  widthCh: { min: 40, max: 120, step: 5 },
  leadingTenths: { min: 10, max: 25, step: 1 },
} as const;

const THEMES = {
  light: { bg: '#ffffff', fg: '#1d1f23', link: '#1f5fcf' },
  sepia: { bg: '#f4ecd8', fg: '#3b2f22', link: '#7a4b12' },
  dark: { bg: '#1b1d21', fg: '#e3e5e8', link: '#8ab4ff' },
} as const;

function range({ min, max, step }: { min: number; max: number; step: number }): number[] {
  const values: number[] = [];
  for (let value = min; value <= max; value += step) values.push(value);
  return values;
}

const article = `[${ARTICLE_ATTRIBUTE}]`;

const comfortRules = [
  ...range(COMFORT_STEPS.fontPercent).map(
    (p) => `${article}[${FONT_ATTRIBUTE}="${p}"] { font-size: ${p / 100}em !important; }`,
  ),
  ...range(COMFORT_STEPS.widthCh).map(
    (w) => `${article}[${WIDTH_ATTRIBUTE}="${w}"] { max-width: ${w}ch !important; }`,
  ),
  ...range(COMFORT_STEPS.leadingTenths).map(
    (l) =>
      `${article}[${LEADING_ATTRIBUTE}="${l}"], ${article}[${LEADING_ATTRIBUTE}="${l}"] :is(p, li, blockquote, dd) { line-height: ${l / 10} !important; }`,
  ),
  ...Object.entries(THEMES).map(
    ([name, { bg, fg, link }]) => `
html:has(${article}[${THEME_ATTRIBUTE}="${name}"]), html:has(${article}[${THEME_ATTRIBUTE}="${name}"]) body,
${article}[${THEME_ATTRIBUTE}="${name}"], [${PATH_ATTRIBUTE}]:has(${article}[${THEME_ATTRIBUTE}="${name}"]) {
  background: ${bg} !important; color: ${fg} !important;
}
${article}[${THEME_ATTRIBUTE}="${name}"] :is(p, li, h1, h2, h3, h4, h5, h6, blockquote, span, em, strong, b, i, figcaption, dd, dt, small, time, div, section, header) {
  color: inherit !important; background-color: transparent !important;
}
${article}[${THEME_ATTRIBUTE}="${name}"] a { color: ${link} !important; }`,
  ),
];

export const PAGE_CSS = `
[${HIDE_ATTRIBUTE}] { display: none !important; }
[${PATH_ATTRIBUTE}] {
  display: block !important; float: none !important; width: auto !important;
  max-width: none !important; min-width: 0 !important; columns: auto !important;
}
${article} {
  display: block !important; float: none !important; width: auto !important;
  max-width: 72ch !important; margin-inline: auto !important;
}
${article} :is(img, video, iframe, canvas, svg, picture, figure) {
  max-width: 100% !important;
}
${article} :is(img, video) { height: auto !important; }
${article} pre { max-width: 100% !important; overflow-x: auto !important; }
[${PICKING_ATTRIBUTE}] { outline: 2px solid #d9480f !important; outline-offset: 2px !important; cursor: crosshair !important; }
${comfortRules.join('\n')}
`;

/**
 * The highlights Gloss paints (terms, the active term, a claim jumped to). They go in with
 * author origin: Chromium does not paint a user-origin ::highlight() background. They style
 * only Gloss's own named highlights, so a page that overrides them spoils nothing but them.
 */
export const HIGHLIGHT_CSS = `
::highlight(gloss-term) {
  text-decoration: underline dotted 2px;
  text-decoration-color: #2f6fdf;
  text-underline-offset: 3px;
}
::highlight(gloss-term-active) { background-color: rgba(47, 111, 223, 0.18); }
::highlight(gloss-claim) { background-color: rgba(255, 208, 0, 0.45); }
`;
