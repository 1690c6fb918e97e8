/**
 * Who may talk to whom. Any web page's renderer can be compromised and spoof a content script,
 * so each listener checks the sender as well as the message's shape.
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';

function isOurs(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/** The popup, the options page or the background, never a content script in a web page. */
export function isExtensionContext(sender: Runtime.MessageSender): boolean {
  if (!isOurs(sender)) return false;
  const origin = browser.runtime.getURL('/');
  return sender.url ? sender.url.startsWith(origin) : sender.tab === undefined;
}

/** One of our content scripts, in a tab we can address. */
export function isOurContentScript(sender: Runtime.MessageSender): boolean {
  return isOurs(sender) && typeof sender.tab?.id === 'number' && typeof sender.frameId === 'number';
}
