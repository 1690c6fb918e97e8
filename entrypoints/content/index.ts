/**
 * The content script: runs on every page, so it does one cheap thing first (is this an
 * article?) and loads the rest of Gloss only where the answer is yes or the reader asks.
 */
import { browser } from 'wxt/browser';
import { parseContentMessage } from '../../extension/messages';
import { isExtensionContext } from '../../extension/senders';
import { ArticleLoader } from '../../content/article-loader';
import { releaseFirstPaint } from '../../content/first-paint-handle';
import { watchRoute } from '../../content/route-watch';
import { safeDetect } from '../../content/safe-detect';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    // XML, SVG and framesets (whose `document.body` is the <frameset>) have no article to read.
    if (!(document instanceof HTMLDocument) || !(document.body instanceof HTMLBodyElement)) {
      releaseFirstPaint();
      return;
    }
    performance.mark('gloss:start');
    // The popup may ask while detection is still running: its answer waits for the loader.
    const ready = safeDetect().then((detection) => new ArticleLoader(detection));
    browser.runtime.onMessage.addListener((raw, sender) => {
      const message = parseContentMessage(raw);
      if (!message || !isExtensionContext(sender) || ctx.isInvalid) return undefined;
      return ready.then((loader) => loader.handle(message));
    });
    const loader = await ready;
    if (ctx.isInvalid) return;
    if (loader.isArticle) {
      await start(loader);
      return;
    }
    // An always-clean site's page that is not an article keeps its landmarks.
    releaseFirstPaint();
    // A single-page app may move on to an article without loading a page. Each look is
    // numbered: one that finishes after a newer one started describes a page already gone.
    let looks = 0;
    const stop = watchRoute(async () => {
      const look = ++looks;
      const next = await safeDetect();
      if (ctx.isInvalid || loader.started) {
        stop();
        return;
      }
      if (look !== looks) return;
      loader.redetected(next);
      if (!next.isArticle) return;
      stop();
      void start(loader);
    });
    ctx.onInvalidated(stop);
  },
});

async function start(loader: ArticleLoader): Promise<void> {
  try {
    await loader.start();
  } catch (error) {
    // An analysis that fails on some page must not end up in that page's console; the mark
    // keeps the reason findable, and the popup sees an unanswered tab.
    performance.mark('gloss:failed', { detail: String(error) });
    return;
  } finally {
    // Clean mode's own plan is in force now (switched on in the same task, so no frame shows
    // the page between the guess and the plan), or there is none to wait for.
    releaseFirstPaint();
  }
  performance.mark('gloss:ready');
  performance.measure('gloss:ready', 'gloss:start', 'gloss:ready');
}
