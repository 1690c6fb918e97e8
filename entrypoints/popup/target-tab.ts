import { browser } from 'wxt/browser';

/**
 * The tab the popup speaks for: the active tab, or the one named by `?tab=` when the popup page
 * is opened in a tab of its own (for keyboard users who pin it, and for the browser tests).
 */
export async function targetTabId(): Promise<number | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
