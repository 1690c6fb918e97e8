/**
 * Clean from the first frame on sites the reader keeps always clean. The background registers
 * this script (and its stylesheets, public/first-paint/) for those sites only, at
 * document_start, so it knows without asking that the page is to be clean, before anything is
 * drawn. It switches on a first guess that needs no analysis: the page's landmarks and overlays
 * (by tag and ARIA role, from the stylesheets the background picked for the reader's categories)
 * and the blocks the reader hid or showed on this site (their selectors, marked as the parser
 * adds them). The guess never hides a block that holds a heading, the main landmark or two
 * paragraphs side by side, so a wrong guess cannot take the article away.
 *
 * The reader's selectors come from storage, which answers a frame or two after the first one.
 * On sites that have some, the background adds hold.css, which keeps the page undrawn until
 * they are marked (at most HOLD_MS), so a block the reader hid is never drawn: the first paint
 * comes that much later instead.
 *
 * When Gloss has analysed the page and applied its real plan (or found no article), the content
 * script releases the guess (first-paint-handle.ts): the attributes go, the page is as it came,
 * and the plan stands.
 */
import { browser } from 'wxt/browser';
import { unseal } from '../extension/storage/envelope';
import { sitesRecord } from '../extension/storage/sites';
import { hasFirstPaintHandle, setFirstPaintHandle } from './first-paint-handle';

/**
 * On <html> while the guess is in force; the stylesheets act only under it. Its value is
 * `holding` until the reader's selectors are marked, which hold.css waits for.
 */
export const FIRST_PAINT_ATTRIBUTE = 'data-gloss-first-paint';
/** Storage answers in a frame or two; a page is never held back longer than this. */
const HOLD_MS = 200;
/** On blocks the reader hid on this site (the stylesheets hide them) or showed (kept). */
export const EARLY_HIDE_ATTRIBUTE = 'data-gloss-early-hide';
export const EARLY_SHOW_ATTRIBUTE = 'data-gloss-early-show';

const probe = document.createDocumentFragment();

/** The reader's selectors as one list; a stale one the browser rejects is left out, not fatal. */
function selectorList(selectors: readonly string[]): string {
  return selectors
    .filter((selector) => {
      try {
        probe.querySelector(selector);
        return true;
      } catch {
        return false;
      }
    })
    .join(', ');
}

export function startFirstPaint(): void {
  const root = document.documentElement;
  // XML and SVG documents have no article, and no attribute of ours belongs in them.
  if (!(document instanceof HTMLDocument) || !root || hasFirstPaintHandle()) return;
  root.setAttribute(FIRST_PAINT_ATTRIBUTE, 'holding');
  let released = false;
  let observer: MutationObserver | null = null;
  const draw = () => {
    if (!released) root.setAttribute(FIRST_PAINT_ATTRIBUTE, '');
  };
  const holding = setTimeout(draw, HOLD_MS);
  setFirstPaintHandle({
    release() {
      released = true;
      clearTimeout(holding);
      observer?.disconnect();
      root.removeAttribute(FIRST_PAINT_ATTRIBUTE);
      for (const name of [EARLY_HIDE_ATTRIBUTE, EARLY_SHOW_ATTRIBUTE]) {
        for (const element of document.querySelectorAll(`[${name}]`)) element.removeAttribute(name);
      }
    },
  });

  // Read only: repairing a damaged record is for the contexts that write it.
  void browser.storage.local.get(sitesRecord.key).then((stored) => {
    const sites = unseal(sitesRecord, stored[sitesRecord.key])?.value ?? {};
    const site = Object.hasOwn(sites, location.hostname) ? sites[location.hostname] : undefined;
    const lists = [
      { name: EARLY_HIDE_ATTRIBUTE, selectors: selectorList(site?.hide ?? []) },
      { name: EARLY_SHOW_ATTRIBUTE, selectors: selectorList(site?.show ?? []) },
    ].filter((list) => list.selectors);
    if (released || lists.length === 0) {
      draw();
      return;
    }
    const mark = (scope: Element) => {
      for (const { name, selectors } of lists) {
        if (scope.matches(selectors)) scope.setAttribute(name, '');
        for (const element of scope.querySelectorAll(selectors)) element.setAttribute(name, '');
      }
    };
    mark(root);
    draw();
    // What the parser (or the page's scripts) add until the content script takes over. The
    // callback runs before the browser draws again, so a block marked here is never drawn.
    observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof Element) mark(node);
      }
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}
