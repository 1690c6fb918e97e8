/**
 * Inserts or removes Gloss's page stylesheet in the frame that asked, with user origin. Only our
 * own content scripts may ask, and only for their own tab and frame.
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { PAGE_CSS } from '../extension/page-css';

export async function setPageCss(
  sender: Runtime.MessageSender,
  on: boolean,
): Promise<{ applied: boolean }> {
  const target = { tabId: sender.tab!.id!, frameIds: [sender.frameId!] };
  try {
    if (on) await browser.scripting.insertCSS({ target, css: PAGE_CSS, origin: 'USER' });
    else await browser.scripting.removeCSS({ target, css: PAGE_CSS, origin: 'USER' });
    return { applied: true };
  } catch {
    // Pages the browser protects (stores, internal pages) refuse; the content script falls back.
    return { applied: false };
  }
}
