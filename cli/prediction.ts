/**
 * Gloss's prediction for a page, in the one shape the CLI's JSON, the benchmarks and their
 * `--predictions` files share. The only place a prediction is made: when the core returns the
 * article's body apart (issue 12), `articleBody` switches to it here, and every figure with it.
 */
import type { CleanPlan } from '../lib';
import { visibleText } from '../lib/text/visible-text';

export interface Prediction {
  /** The article's body alone (no headline, byline, captions or clutter): what extraction is scored on. */
  articleBody: string;
  /** What clean mode leaves visible, head and captions included: what a reader still sees. */
  visibleText: string;
  isArticle: boolean;
}

/** From an analysis (or the detection and plan it starts with) of `document`. */
export function prediction(
  document: Document,
  { isArticle, plan }: { isArticle: boolean; plan: CleanPlan },
): Prediction {
  const visible = visibleText(
    document.body ?? document,
    new Set(plan.hidden.map((b) => b.element)),
  );
  return { articleBody: visible, visibleText: visible, isArticle };
}
