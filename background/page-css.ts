/**
 * Inserts or removes Gloss's page stylesheets in the frame that asked: the clean-mode sheet with
 * user origin, the highlight sheet with author origin (see HIGHLIGHT_CSS). Only our own content
 * scripts may ask, and only for their own tab and frame.
 */
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { HIGHLIGHT_CSS, PAGE_CSS } from '../extension/page-css';

export async function setPageCss(
  sender: Runtime.MessageSender,
  on: boolean,
): Promise<{ applied: boolean }> {
  const target = { tabId: sender.tab!.id!, frameIds: [sender.frameId!] };
  try {
    const sheets = [
      { target, css: PAGE_CSS, origin: 'USER' },
      { target, css: HIGHLIGHT_CSS, origin: 'AUTHOR' },
    ] as const;
    await Promise.all(
      sheets.map((sheet) =>
        on ? browser.scripting.insertCSS(sheet) : browser.scripting.removeCSS(sheet),
      ),
    );
    return { applied: true };
  } catch {
    // Pages the browser protects (stores, internal pages) refuse; the content script falls back.
    return { applied: false };
  }
}
