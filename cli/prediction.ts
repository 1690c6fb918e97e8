/**
 * Gloss's prediction for a page, in the one shape the CLI's JSON, the benchmarks and their
 * `--predictions` files share. The only place a prediction is made: `articleBody` is the body
 * the core returns apart (lib/article/parts.ts), the whole page's text when no article was found.
 */
import type { CleanPlan } from '../lib';
import { articleBodyText, articleParts } from '../lib/article/parts';
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
  const body = isArticle && plan.articleRoot ? articleBodyText(articleParts(plan)) : visible;
  return { articleBody: body, visibleText: visible, isArticle };
}
