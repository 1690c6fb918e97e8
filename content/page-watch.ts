/**
 * Watches the page after the first analysis: new subtrees are classified in time slices, our
 * hide attribute is put back where the page strips it, and a changed URL or a replaced article
 * (single-page apps) asks for a fresh analysis.
 */
import { HIDE_ATTRIBUTE } from '../extension/page-css';
import { TimeSlicer } from './time-slicer';

export interface PageWatchHooks {
  onAdded(elements: Element[]): void;
  onHideAttributeRemoved(element: Element): void;
  /** The URL changed or the article left the page. */
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
  let url = location.href;
  const slicer = new TimeSlicer<Element>((batch) => {
    const connected = batch.filter((element) => element.isConnected);
    if (connected.length > 0) hooks.onAdded(connected);
  });
  const observer = new MutationObserver((records) => {
    if (location.href !== url || (hooks.articleRoot() && !hooks.articleRoot()!.isConnected)) {
      url = location.href;
      slicer.clear();
      hooks.onNavigated();
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
    if (added.length > 0) slicer.push(added);
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [HIDE_ATTRIBUTE],
    attributeOldValue: false,
  });
  // pushState is invisible to an isolated world; popstate and hashchange are not.
  const onHistory = () => {
    if (location.href === url) return;
    url = location.href;
    hooks.onNavigated();
  };
  window.addEventListener('popstate', onHistory);
  return () => {
    observer.disconnect();
    slicer.clear();
    window.removeEventListener('popstate', onHistory);
  };
}
