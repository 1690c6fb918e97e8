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

/** Opens the popup for a tab and clicks a control in it, as a reader would. */
export async function clickInPopup(session, tabId, selector) {
  const popup = await session.openExtensionPage(`/popup.html?tab=${tabId}`);
  await popup.waitForSelector(selector, { timeout: 10_000 });
  await popup.click(selector);
  return popup;
}
