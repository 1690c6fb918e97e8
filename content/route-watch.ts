/**
 * On a page detection passed over, notices when a single-page app moves to another URL and
 * calls back once the new view has had a moment to render, so an app that starts on its home
 * page still gets Gloss on the article the reader opens next.
 *
 * pushState is invisible to an isolated world, so this listens for what routers do anyway:
 * the Navigation API's event where the browser has it, popstate and hashchange, and a change
 * of <title> (watched alone, so a busy page's own mutations cost nothing).
 */

/** Routers render after they push: give the new view this long before detecting again. */
const SETTLE_MS = 500;

interface NavigationTarget {
  addEventListener(type: 'navigatesuccess', listener: () => void): void;
  removeEventListener(type: 'navigatesuccess', listener: () => void): void;
}

export function watchRoute(onRoute: () => void): () => void {
  let url = location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    if (location.href === url) return;
    url = location.href;
    clearTimeout(timer);
    timer = setTimeout(onRoute, SETTLE_MS);
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
    clearTimeout(timer);
    titles.disconnect();
    navigation?.removeEventListener('navigatesuccess', check);
    window.removeEventListener('popstate', check);
    window.removeEventListener('hashchange', check);
  };
}
