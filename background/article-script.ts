/**
 * Injects the article script into the frame whose content script found an article. Only our own
 * content scripts may ask, and only for their own tab and frame; the file is part of the
 * extension, never anything the page names.
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';

export async function loadArticleScript(
  sender: Runtime.MessageSender,
): Promise<{ loaded: boolean }> {
  try {
    await browser.scripting.executeScript({
      target: { tabId: sender.tab!.id!, frameIds: [sender.frameId!] },
      files: ['/article-script.js'],
    });
    return { loaded: true };
  } catch {
    return { loaded: false };
  }
}
