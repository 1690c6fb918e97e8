/** What the reader (or the caller) can tell the planner. */
import { CLUTTER_CATEGORIES, type ClutterCategory } from '../types';

export interface SiteRules {
  /** CSS selectors the reader picked to hide on this site. Invalid ones are ignored. */
  hide: string[];
  /** CSS selectors the reader wants kept visible, whatever the planner thinks. */
  show: string[];
}

export interface CleanOptions {
  /** Categories to hide; every category is on unless set to false. */
  categories?: Partial<Record<ClutterCategory, boolean>>;
  siteRules?: SiteRules;
  /** Above this many elements the planner only hides what page landmarks and site rules name. */
  maxElements?: number;
  /**
   * Let the planner ask the browser for computed styles (fixed/sticky overlays set in CSS).
   * Only the content script in a real browser should set this; it costs a style recalc.
   */
  useLayout?: boolean;
}

export const DEFAULT_MAX_ELEMENTS = 50_000;

export function enabledCategories(options: CleanOptions): ReadonlySet<ClutterCategory> {
  return new Set(CLUTTER_CATEGORIES.filter((c) => options.categories?.[c] !== false));
}
