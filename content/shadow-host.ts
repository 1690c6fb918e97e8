/**
 * The one way Gloss puts its own UI into a page: an element of ours at the top layer of the
 * stacking order, holding an open shadow root with its stylesheet and a mount point, so the
 * page's styles cannot reach in. Callers set text or render into `mount` and remove `host`.
 */
export function createShadowHost(
  tag: string,
  css: string,
): { host: HTMLElement; mount: HTMLElement } {
  const host = document.createElement(tag);
  host.setAttribute('data-gloss-ui', '');
  host.style.setProperty('position', 'fixed', 'important');
  host.style.setProperty('z-index', '2147483647', 'important');
  // Open: a closed root hides nothing from a determined page and would hide our UI from
  // assistive-technology tooling and our own browser tests.
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const mount = document.createElement('div');
  shadow.append(style, mount);
  document.documentElement.append(host);
  return { host, mount };
}
