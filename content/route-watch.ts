/**
 * On a page detection passed over, notices when a single-page app moves to another address
 * and calls back once the new view has had a moment to render, and once more a little later
 * for views that load their content first, so an app that starts on its home page still gets
 * Gloss on the article the reader opens next. A jump to an anchor on the same page is not a
 * new view.
 *
 * pushState is invisible to an isolated world, so this listens for what routers do anyway:
 * the Navigation API's event where the browser has it, popstate and hashchange, and changes
 * under <head> (where routers set the title), each costing one string comparison.
 */

/** Routers render after they push: look at the new view after these delays. */
const LOOK_AFTER_MS = [500, 2000];

const pageAddress = () => location.href.split('#')[0]!;

interface NavigationTarget {
  addEventListener(type: 'navigatesuccess', listener: () => void): void;
  removeEventListener(type: 'navigatesuccess', listener: () => void): void;
}

export function watchRoute(onRoute: () => void): () => void {
  let address = pageAddress();
  let timers: ReturnType<typeof setTimeout>[] = [];
  const clearTimers = () => {
    for (const timer of timers) clearTimeout(timer);
    timers = [];
  };
  const check = () => {
    if (pageAddress() === address) return;
    address = pageAddress();
    clearTimers();
    timers = LOOK_AFTER_MS.map((ms) => setTimeout(onRoute, ms));
  };
  const navigation = (globalThis as { navigation?: NavigationTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', check);
  window.addEventListener('popstate', check);
  window.addEventListener('hashchange', check);
  const titles = new MutationObserver(check);
  if (document.head) {
    titles.observe(document.head, { childList: true, subtree: true, characterData: true });
  }
  return () => {
    clearTimers();
    titles.disconnect();
    navigation?.removeEventListener('navigatesuccess', check);
    window.removeEventListener('popstate', check);
    window.removeEventListener('hashchange', check);
  };
}
