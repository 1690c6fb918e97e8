/**
 * Is this page an article? Cheap enough to run on every page load: one pass over the page
 * (the head's metadata, the body's paragraphs and links), no cloning, no layout.
 *
 * The score starts from the prose in the page's best single column (Readability's readerable
 * gate, grouped by column) and moves with what the publisher declares and with the shapes of
 * non-articles: catalogues, result lists, teaser grids, login forms and link farms.
 */
import type { Detection } from '../types';
import { visitInSteps } from '../dom/traverse';
import { PageShapeTally } from './page-shape';
import { drain, type Steps } from '../steps';
import { emptySignals, isArticleOgType, isNonArticleOgType, noteMetadata } from './structured-data';

/** Readability's readerable threshold: about one 540-character paragraph. */
const PROSE_NEEDED = 20;
/** Documents that are pages; the browser wraps plain text, JSON and images in HTML of its own. */
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

interface Signal {
  reason: string;
  weight: number;
}

export function detectArticle(document: Document): Detection {
  return drain(detectArticleInSteps(document));
}

/**
 * `detectArticle`, pausing inside its pass (see lib/steps.ts). One walk: the head for what the
 * page declares, the body for that (JSON-LD scripts sit anywhere) and for the page's shape.
 */
export function* detectArticleInSteps(document: Document): Steps<Detection> {
  // A text file the browser shows in a <pre> is not a page someone wrote for reading in one.
  if (!HTML_TYPES.has(document.contentType ?? 'text/html')) {
    return {
      isArticle: false,
      score: -PROSE_NEEDED,
      reasons: [`content-type:${document.contentType}`],
    };
  }
  const data = emptySignals();
  const tally = new PageShapeTally();
  const { head, body } = document;
  if (head) yield* visitInSteps(head, (element) => noteMetadata(element, data));
  if (body) {
    yield* visitInSteps(body, (element) => {
      noteMetadata(element, data);
      tally.note(element);
    });
  }
  const shape = tally.result();
  const signals: Signal[] = [];
  const add = (when: boolean, reason: string, weight: number) => {
    if (when) signals.push({ reason, weight });
  };

  add(shape.columnScore > 0, `prose:${Math.round(shape.columnScore)}`, shape.columnScore);
  add(data.articleType !== null, `json-ld:${data.articleType}`, 16);
  add(isArticleOgType(data.ogType), 'og:type=article', 8);
  add(data.published, 'published-time', 4);
  // A declared catalogue or media page only counts against when nothing declares an article.
  const declared = data.articleType !== null || isArticleOgType(data.ogType);
  add(!declared && data.nonArticleType !== null, `json-ld:${data.nonArticleType}`, -30);
  add(isNonArticleOgType(data.ogType), `og:type=${data.ogType}`, -15);
  // Prose spread over many cards (comments, reviews, previews) but no column of its own.
  add(
    shape.totalScore > 2 * shape.columnScore + PROSE_NEEDED,
    'scattered-prose',
    -Math.min(20, (shape.totalScore - shape.columnScore) / 4),
  );
  // Teaser grids: every article has a few related headlines, a front page has dozens.
  add(
    shape.headlineLinks > 8,
    `headline-links:${shape.headlineLinks}`,
    -Math.min(20, shape.headlineLinks - 8),
  );
  // App shapes only count against pages whose prose does not already make the case.
  const weakProse = shape.columnScore < PROSE_NEEDED;
  add(weakProse && shape.passwordFields > 0, 'password-form', -15);
  add(weakProse && shape.linkDensity > 0.5, 'link-dense', -10);

  const score = signals.reduce((sum, s) => sum + s.weight, -PROSE_NEEDED);
  return {
    isArticle: score > 0,
    score,
    reasons: signals.map((s) => s.reason),
  };
}
