// Small helpers the browser tests share: fixtures' expectations and what a reader sees.
import { readFileSync } from 'node:fs';

export function expectations(name) {
  return JSON.parse(
    readFileSync(new URL(`../fixtures/${name}.expect.json`, import.meta.url), 'utf8'),
  );
}

/** The text a reader sees: innerText honours every stylesheet, the user-origin one included. */
export const visibleText = (page) =>
  page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));

export const serialize = (page) => page.evaluate(() => document.documentElement.outerHTML);

const normalize = (text) => text.replace(/\s+/g, ' ').toLowerCase();

export function missing(text, strings) {
  return strings.filter((s) => !normalize(text).includes(normalize(s)));
}

export function present(text, strings) {
  return strings.filter((s) => normalize(text).includes(normalize(s)));
}

/**
 * Moves the pointer onto an element (scrolled to the middle of the window) and clicks, as a reader
 * picking it does; `at` is how far across it, from its left edge (negative: from its right).
 */
export async function clickOn(page, selector, at = 20) {
  const point = await page.$eval(
    selector,
    (element, dx) => {
      element.scrollIntoView({ block: 'center' });
      const rect = element.getBoundingClientRect();
      return { x: dx >= 0 ? rect.left + dx : rect.right + dx, y: rect.top + rect.height / 2 };
    },
    at,
  );
  await page.mouse.move(point.x, point.y);
  await page.mouse.click(point.x, point.y);
}

/** Opens the popup for a tab and clicks a control in it, as a reader would. */
export async function clickInPopup(session, tabId, selector) {
  const popup = await session.openExtensionPage(`/popup.html?tab=${tabId}`);
  await popup.waitForSelector(selector, { timeout: 10_000 });
  await popup.click(selector);
  return popup;
}

/**
 * Whether the page paints Gloss's highlight `name`: its first range is held under that name,
 * the spot is shot with and without it, and the two shots must differ. (A highlight can be
 * registered and still not painted: Chromium ignores user-origin ::highlight() backgrounds.)
 */
export async function paintsHighlight(page, name) {
  await page.bringToFront();
  const clip = await page.evaluate((highlightName) => {
    const range = [...(CSS.highlights.get(highlightName) ?? [])][0];
    if (!range) return null;
    CSS.highlights.set(highlightName, new Highlight(range));
    const rect = [...range.getClientRects()].sort((a, b) => b.width - a.width)[0];
    // Screenshot clips are in page coordinates, not the viewport's.
    return {
      x: rect.left + scrollX,
      y: rect.top + scrollY,
      width: Math.max(1, rect.width),
      height: Math.max(1, rect.height),
    };
  }, name);
  if (!clip) return false;
  const shot = () => page.screenshot({ clip });
  const painted = await shot();
  await page.evaluate((highlightName) => CSS.highlights.delete(highlightName), name);
  const plain = await shot();
  return !painted.equals(plain);
}

/** Paragraphs of plain reporting, enough for detection to call a page an article. */
export function reportParagraphs(count) {
  return Array.from(
    { length: count },
    (_, i) =>
      `Paragraph ${i + 1} of the report, in which the council weighed the budget, heard from residents and, after a long debate, voted to delay the decision until spring.`,
  );
}
