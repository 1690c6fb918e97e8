import { browser } from 'wxt/browser';

/** Opens the options page in a new tab at a route such as `edit=<id>` or `add?term=…`. */
export async function openOptionsAt(route: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${route}`) });
}
