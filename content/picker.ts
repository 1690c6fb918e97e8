/**
 * The reader's fix for Gloss's mistakes: point at a block and click to hide it ("hide this") or
 * to bring back something Gloss hid ("show this"), or move the outline with the arrow keys and
 * press Enter. The choice is saved for the site as a CSS selector, and every open tab of that
 * site applies it through the storage change. A banner says what to do and what was done.
 */
import { t } from '../extension/i18n';
import { HIDE_ATTRIBUTE, PICKING_ATTRIBUTE } from '../extension/page-css';
import { changeSiteRules, withCorrection } from '../extension/site-corrections';
import { PickerBanner } from './picker-banner';
import { selectorFor } from './selector-for';

let stop: (() => void) | null = null;
const banner = new PickerBanner();

/** Where each arrow key moves the outline: out to the parent, in, or to a sibling. */
const MOVES: Record<string, (element: Element) => Element | null> = {
  ArrowUp: (element) => (element.parentElement === document.body ? null : element.parentElement),
  ArrowDown: (element) => element.firstElementChild,
  ArrowLeft: (element) => element.previousElementSibling,
  ArrowRight: (element) => element.nextElementSibling,
};

export function startPicker(mode: 'hide' | 'show', host: string): boolean {
  stop?.();
  let target: Element | null = null;
  const abort = new AbortController();
  const outline = (element: Element | null) => {
    target?.removeAttribute(PICKING_ATTRIBUTE);
    target = element;
    target?.setAttribute(PICKING_ATTRIBUTE, '');
  };
  stop = () => {
    outline(null);
    abort.abort();
    banner.remove();
    stop = null;
  };
  const pick = () => {
    const picked = target;
    stop?.();
    // A block the page replaced meanwhile would give a selector anchored nowhere.
    if (!picked?.isConnected) return;
    banner.finish(t(mode === 'hide' ? 'pickerHidden' : 'pickerShown'));
    void saveRule(host, mode, selectorFor(picked));
  };
  const signal = abort.signal;
  banner.show(t(mode === 'hide' ? 'pickerHintHide' : 'pickerHintShow'));
  document.addEventListener(
    'mouseover',
    (event) => {
      if (banner.contains(event.target)) return;
      const element = event.target instanceof Element ? event.target : null;
      outline(mode === 'show' ? (element?.closest(`[${HIDE_ATTRIBUTE}]`) ?? element) : element);
    },
    { capture: true, signal },
  );
  document.addEventListener(
    'click',
    (event) => {
      event.preventDefault();
      event.stopImmediatePropagation();
      if (!banner.contains(event.target)) pick();
    },
    { capture: true, signal },
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') {
        stop?.();
        return;
      }
      if (event.key === 'Enter') {
        if (!target) return;
        event.preventDefault();
        event.stopImmediatePropagation();
        pick();
        return;
      }
      const move = MOVES[event.key];
      if (!move) return;
      // The keys are the picker's while it runs, not the page's (galleries, app shortcuts).
      event.preventDefault();
      event.stopImmediatePropagation();
      // The first key starts from the block in the middle of the window.
      const next = target
        ? move(target)
        : document.elementFromPoint(innerWidth / 2, innerHeight / 2);
      if (
        next &&
        next !== document.body &&
        next !== document.documentElement &&
        !banner.contains(next)
      ) {
        outline(next);
        next.scrollIntoView({ block: 'nearest' });
      }
    },
    { capture: true, signal },
  );
  return true;
}

async function saveRule(host: string, mode: 'hide' | 'show', selector: string): Promise<void> {
  await changeSiteRules((rules) => withCorrection(rules, host, { mode, selector }));
}
