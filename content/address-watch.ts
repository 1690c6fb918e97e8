/**
 * Notices when a single-page app moves to another address without loading a page. pushState and
 * replaceState are invisible to an isolated world except through the Navigation API, whose
 * `currententrychange` fires for them (and for back/forward) once the address has changed; in a
 * browser without the Navigation API (older Firefox releases), popstate and a cheap look at the
 * address once a second stand in. The callback runs in a task of its own, so an app that renders right
 * after its pushState has rendered by then.
 *
 * The address is the page's URL without its fragment, so a jump to an anchor is not a move,
 * except for routes kept in the fragment (`#/…`, `#!…`), which hash routers use.
 */

const POLL_MS = 1_000;

export function pageAddress(href = location.href): string {
  const hash = href.indexOf('#');
  if (hash === -1) return href;
  const fragment = href.slice(hash + 1);
  return fragment.startsWith('/') || fragment.startsWith('!') ? href : href.slice(0, hash);
}

interface NavigationTarget {
  addEventListener(type: 'currententrychange', listener: () => void): void;
  removeEventListener(type: 'currententrychange', listener: () => void): void;
}

/** Calls `onMove` after each change of `pageAddress()`; returns a function that stops. */
export function watchAddress(onMove: () => void): () => void {
  let address = pageAddress();
  let pending = 0;
  const check = () => {
    if (pageAddress() === address) return;
    address = pageAddress();
    onMove();
  };
  const soon = () => {
    clearTimeout(pending);
    pending = window.setTimeout(check);
  };
  const navigation = (globalThis as { navigation?: NavigationTarget }).navigation;
  window.addEventListener('popstate', soon);
  window.addEventListener('hashchange', soon);
  navigation?.addEventListener('currententrychange', soon);
  const poll = navigation ? 0 : window.setInterval(check, POLL_MS);
  return () => {
    clearTimeout(pending);
    clearInterval(poll);
    window.removeEventListener('popstate', soon);
    window.removeEventListener('hashchange', soon);
    navigation?.removeEventListener('currententrychange', soon);
  };
}
