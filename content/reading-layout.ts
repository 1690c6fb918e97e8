/**
 * While clean mode is on, the article gets the page to itself: its ancestors drop their
 * columns (their other children are hidden anyway) and the article takes a readable width,
 * plus the reader's comfort settings. All of it is attributes that the page stylesheet acts on,
 * removed again when clean mode goes off.
 */
import {
  ARTICLE_ATTRIBUTE,
  COMFORT_STEPS,
  FONT_ATTRIBUTE,
  LEADING_ATTRIBUTE,
  PATH_ATTRIBUTE,
  THEME_ATTRIBUTE,
  WIDTH_ATTRIBUTE,
} from '../extension/page-css';
import type { Settings } from '../extension/storage/settings';

const COMFORT_ATTRIBUTES = [FONT_ATTRIBUTE, WIDTH_ATTRIBUTE, LEADING_ATTRIBUTE, THEME_ATTRIBUTE];

function snap(
  value: number,
  { min, max, step }: { min: number; max: number; step: number },
): string {
  return String(Math.min(max, Math.max(min, Math.round(value / step) * step)));
}

export class ReadingLayout {
  private path: Element[] = [];

  constructor(private readonly root: Element | null) {}

  apply(comfort: Settings['comfort']): void {
    this.clear();
    const root = this.root;
    if (!root || root === document.body || root === document.documentElement) return;
    root.setAttribute(ARTICLE_ATTRIBUTE, '');
    for (let node = root.parentElement; node && node !== document.body; node = node.parentElement) {
      node.setAttribute(PATH_ATTRIBUTE, '');
      this.path.push(node);
    }
    if (!comfort.enabled) return;
    root.setAttribute(FONT_ATTRIBUTE, snap(comfort.fontScale * 100, COMFORT_STEPS.fontPercent));
    root.setAttribute(WIDTH_ATTRIBUTE, snap(comfort.lineWidthCh, COMFORT_STEPS.widthCh));
    root.setAttribute(
      LEADING_ATTRIBUTE,
      snap(comfort.lineHeight * 10, COMFORT_STEPS.leadingTenths),
    );
    if (comfort.theme !== 'page') root.setAttribute(THEME_ATTRIBUTE, comfort.theme);
  }

  clear(): void {
    for (const node of this.path) node.removeAttribute(PATH_ATTRIBUTE);
    this.path = [];
    for (const name of [ARTICLE_ATTRIBUTE, ...COMFORT_ATTRIBUTES]) this.root?.removeAttribute(name);
  }
}
