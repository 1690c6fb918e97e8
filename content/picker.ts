/**
 * The reader's fix for Gloss's mistakes: point at a block and click to hide it ("hide this") or
 * to bring back something Gloss hid ("show this"). The choice is saved for the site as a CSS
 * selector, and every open tab of that site applies it through the storage change.
 */
import { HIDE_ATTRIBUTE, PICKING_ATTRIBUTE } from '../extension/page-css';
import { readRecord, writeRecord } from '../extension/storage/record';
import { emptySiteRule, sitesRecord } from '../extension/storage/sites';

let stop: (() => void) | null = null;

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
    stop = null;
  };
  const signal = abort.signal;
  document.addEventListener(
    'mouseover',
    (event) => {
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
      const picked = target;
      stop?.();
      if (picked) void saveRule(host, mode, selectorFor(picked));
    },
    { capture: true, signal },
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape') stop?.();
    },
    { capture: true, signal },
  );
  return true;
}

async function saveRule(host: string, mode: 'hide' | 'show', selector: string): Promise<void> {
  const { value: sites } = await readRecord(sitesRecord);
  const rule = sites[host] ?? emptySiteRule();
  const list = mode === 'hide' ? rule.hide : rule.show;
  if (list.includes(selector)) return;
  const other = mode === 'hide' ? rule.show : rule.hide;
  const next = {
    ...rule,
    [mode]: [...list, selector],
    [mode === 'hide' ? 'show' : 'hide']: other.filter((s) => s !== selector),
  };
  await writeRecord(sitesRecord, { ...sites, [host]: next });
}

/** A selector that names this element and is likely to survive a reload: ids, then a short path. */
function selectorFor(element: Element): string {
  const parts: string[] = [];
  let current: Element | null = element;
  while (current && current !== document.documentElement && parts.length < 6) {
    if (current.id && /^[A-Za-z][\w-]*$/.test(current.id)) {
      parts.unshift(`#${current.id}`);
      break;
    }
    const tag = current.tagName.toLowerCase();
    const parent: Element | null = current.parentElement;
    const siblings = parent
      ? [...parent.children].filter((c) => c.tagName === current!.tagName)
      : [];
    parts.unshift(
      siblings.length > 1 ? `${tag}:nth-of-type(${siblings.indexOf(current) + 1})` : tag,
    );
    current = parent;
  }
  return parts.join(' > ');
}
