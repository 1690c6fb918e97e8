import { browser } from 'wxt/browser';
import type { ContentApi, Message, ResponseOf } from './messages';

/** Sends a typed request to the content script in a tab's top frame; undefined if none answers. */
export async function askTab<K extends keyof ContentApi>(
  tabId: number,
  message: Message<ContentApi, K>,
): Promise<ResponseOf<ContentApi, K> | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as ResponseOf<
      ContentApi,
      K
    >;
  } catch {
    return undefined; // no content script there: a browser page, or one still loading
  }
}
