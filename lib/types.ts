/**
 * The shapes that cross the core's boundary. The core (everything under lib/) is pure TypeScript
 * over the DOM interfaces: the content script, the CLI and the benchmarks all call it, and it
 * never touches an extension API.
 */

export const CLUTTER_CATEGORIES = [
  'ads',
  'app-promo',
  'upsell',
  'newsletter',
  'related',
  'comments',
  'social',
  'overlay',
  'navigation',
  'repeats',
] as const;

/** A kind of promotional or peripheral block that clean-reading mode hides. */
export type ClutterCategory = (typeof CLUTTER_CATEGORIES)[number];

export interface PageMetadata {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  wordCount: number;
  /** Whole minutes at 230 words per minute, at least 1 for any text. */
  readingMinutes: number;
}

export interface Detection {
  isArticle: boolean;
  /** Positive means article-like; the decision threshold is 0. */
  score: number;
  /** Short human-readable signals that moved the score, for the CLI and debugging. */
  reasons: string[];
}

export interface HiddenBlock {
  element: Element;
  category: ClutterCategory;
  /** Why the planner hid it, e.g. `class:related` or `text:download the app`. */
  reason: string;
}

export interface CleanPlan {
  /** The element that holds the article body, or null when none was found. */
  articleRoot: Element | null;
  /** Outermost clutter blocks only: no entry is inside another entry. */
  hidden: HiddenBlock[];
}

export type ClaimKind = 'asserted' | 'hedged' | 'attributed';

/** A Web Annotation TextQuoteSelector: the quote plus a little context on each side. */
export interface TextQuoteAnchor {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Claim {
  text: string;
  kind: ClaimKind;
  /** For attributed claims, who said it, when the text names them. */
  source?: string;
  score: number;
  anchor: TextQuoteAnchor;
}

export interface TermMatch {
  /** The glossary entry's id. */
  id: string;
  /** The entry's headword. */
  term: string;
  count: number;
}

export interface Timings {
  detectMs: number;
  planMs: number;
  claimsMs: number;
  glossaryMs: number;
  metadataMs: number;
}
