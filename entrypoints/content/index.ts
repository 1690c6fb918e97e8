/**
 * The content script: runs on every page, so it does one cheap thing first (is this an
 * article?) and everything else only where the answer is yes or the reader asks.
 */
import { browser } from 'wxt/browser';
import { parseContentMessage } from '../../extension/messages';
import { isExtensionContext } from '../../extension/senders';
import { safeDetect } from '../../content/safe-detect';
import { PageSession } from '../../content/session';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    // XML, SVG and framesets (whose `document.body` is the <frameset>) have no article to read.
    if (!(document instanceof HTMLDocument) || !(document.body instanceof HTMLBodyElement)) return;
    performance.mark('gloss:start');
    const session = new PageSession(safeDetect());
    browser.runtime.onMessage.addListener((raw, sender) => {
      const message = parseContentMessage(raw);
      if (!message || !isExtensionContext(sender) || ctx.isInvalid) return undefined;
      return session.handle(message);
    });
    if (session.detected) {
      try {
        await session.activate();
      } catch (error) {
        // An analysis that fails on some page must not end up in that page's console; the mark
        // keeps the reason findable, and the popup sees an unanswered tab.
        performance.mark('gloss:failed', { detail: String(error) });
        return;
      }
      performance.mark('gloss:ready');
      performance.measure('gloss:ready', 'gloss:start', 'gloss:ready');
    }
  },
});
