/**
 * Puts Gloss's page stylesheets in place once per frame: through the background (user origin for
 * clean mode, author origin for highlights) when the browser allows it, else as a <style> in the
 * page, which the page could override but which still works where extensions may not insert CSS.
 */
import { browser } from 'wxt/browser';
import { HIGHLIGHT_CSS, PAGE_CSS } from '../extension/page-css';

let ready: Promise<void> | null = null;

export function ensurePageStyle(): Promise<void> {
  ready ??= (async () => {
    const reply = (await browser.runtime
      .sendMessage({ type: 'clean-css', on: true })
      .catch(() => undefined)) as { applied?: boolean } | undefined;
    if (reply?.applied) return;
    const style = document.createElement('style');
    style.textContent = PAGE_CSS + HIGHLIGHT_CSS;
    style.setAttribute('data-gloss-ui', '');
    (document.head ?? document.documentElement).append(style);
  })();
  return ready;
}
