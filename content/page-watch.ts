/**
 * Watches the page after the first analysis: new subtrees are classified in time slices, our
 * hide attribute is put back where the page strips it, and a move to another address or a
 * replaced article (single-page apps) asks for a fresh analysis.
 *
 * Apps render the next article before or after they change the address, and often in steps
 * (a placeholder, then the story): for a while after a move, what the page adds belongs to the
 * new view, so it asks for a fresh analysis again once the page has been quiet for a moment,
 * rather than classifying the new story against the old article.
 */
import { HIDE_ATTRIBUTE } from '../extension/page-css';
import { watchAddress } from './address-watch';
import { TimeSlicer } from './time-slicer';

/** How long after a move additions count as the new view, and the quiet that ends a render. */
const SETTLE_MS = 5_000;
const QUIET_MS = 150;

export interface PageWatchHooks {
  onAdded(elements: Element[]): void;
  onHideAttributeRemoved(element: Element): void;
  /** The page moved to another address or the article left it; called again as the new view renders. */
  onNavigated(): void;
  articleRoot(): Element | null;
}

/** Gloss's own UI in the page (the definition card's host), which the watchers pass over. */
function isOwnNode(node: Node): boolean {
  return node instanceof Element && node.hasAttribute('data-gloss-ui');
}

/** As many arrivals as the page watcher would queue (a page inserting without end). */
const MAX_ARRIVALS = 10_000;

/** Appends the page's own elements that `record` added to `into`, up to MAX_ARRIVALS. */
function addedElements(record: MutationRecord, into: Element[]): void {
  for (const node of record.addedNodes) {
    if (into.length >= MAX_ARRIVALS) return;
    if (node.nodeType === Node.ELEMENT_NODE && !isOwnNode(node)) into.push(node as Element);
  }
}

/**
 * Starts collecting the elements the page adds; the returned function stops and hands over
 * those still in the page. Bridges the time before `watchPage` starts.
 */
export function recordArrivals(): () => Element[] {
  const added: Element[] = [];
  const collect = (records: MutationRecord[]) => {
    for (const record of records) addedElements(record, added);
  };
  const observer = new MutationObserver(collect);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  return () => {
    collect(observer.takeRecords());
    observer.disconnect();
    return added.filter((element) => element.isConnected);
  };
}

export function watchPage(hooks: PageWatchHooks): () => void {
  let settleUntil = 0;
  let quiet = 0;
  const slicer = new TimeSlicer<Element>((batch) => {
    const connected = batch.filter((element) => element.isConnected);
    if (connected.length > 0) hooks.onAdded(connected);
  });
  const moved = () => {
    clearTimeout(quiet);
    slicer.clear();
    settleUntil = performance.now() + SETTLE_MS;
    hooks.onNavigated();
  };
  /** The new view is still rendering: look again once it is quiet (or the window is over). */
  const settling = () => {
    clearTimeout(quiet);
    const wait = Math.min(QUIET_MS, Math.max(0, settleUntil - performance.now()));
    quiet = window.setTimeout(() => hooks.onNavigated(), wait);
  };
  const observer = new MutationObserver((records) => {
    const root = hooks.articleRoot();
    if (root && !root.isConnected) {
      moved();
      return;
    }
    const added: Element[] = [];
    for (const record of records) {
      if (record.type === 'attributes') {
        if (!(record.target as Element).hasAttribute(HIDE_ATTRIBUTE)) {
          hooks.onHideAttributeRemoved(record.target as Element);
        }
        continue;
      }
      addedElements(record, added);
    }
    if (added.length === 0) return;
    if (performance.now() < settleUntil) settling();
    else slicer.push(added);
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [HIDE_ATTRIBUTE],
    attributeOldValue: false,
  });
  const stopAddress = watchAddress(moved);
  return () => {
    observer.disconnect();
    slicer.clear();
    clearTimeout(quiet);
    stopAddress();
  };
}
