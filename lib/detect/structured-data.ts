/**
 * Signals a publisher declares about the page itself: JSON-LD `@type`s (top level, `@graph`
 * members and a page's `mainEntity`), OpenGraph `og:type` and `article:published_time`.
 * They are cheap and usually honest, but not decisive: a docs index may claim
 * `og:type=article`, and article pages embed VideoObjects, so prose still has to agree.
 */
import { textOf } from '../dom/text';

/** Schema.org types that mean "this page is one piece of writing". */
const ARTICLE_TYPE = /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report|APIReference)$/;
/** Types whose main entity is a catalogue, a result list, a product or a media player. */
const NON_ARTICLE_TYPE =
  /^(?:Product|ProductGroup|ItemList|OfferCatalog|SearchResultsPage|CollectionPage|ProfilePage|VideoObject|MusicRecording|Movie|Store|QAPage|CheckoutPage)$/;
const NON_ARTICLE_OG = /^(?:product|video(?:\.\w+)?|music\.\w+|profile|books?\.\w+)$/;

export interface StructuredSignals {
  /** The first article-like type declared, if any. */
  articleType: string | null;
  /** The first catalogue/product/media type declared at the top level, if any. */
  nonArticleType: string | null;
  ogType: string | null;
  published: boolean;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function typesOf(node: Json): string[] {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return [];
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

/**
 * The entities a JSON-LD block declares about the page: top-level items, `@graph` members and
 * their `mainEntity`. Nested values (a Product's reviews, an article's author) do not count.
 */
function pageEntities(data: Json): Json[] {
  const top = Array.isArray(data) ? data : [data];
  const out: Json[] = [];
  for (const item of top) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
    const graph = item['@graph'];
    const members = Array.isArray(graph) ? [item, ...graph] : [item];
    for (const member of members) {
      out.push(member);
      if (member && typeof member === 'object' && !Array.isArray(member)) {
        const main = member['mainEntity'];
        if (main) out.push(...(Array.isArray(main) ? main : [main]));
      }
    }
  }
  return out;
}

/** Types from one JSON-LD script; sloppy JSON (common in the wild) falls back to a scan. */
function declaredTypes(source: string): string[] {
  try {
    return pageEntities(JSON.parse(source) as Json).flatMap(typesOf);
  } catch {
    return [...source.matchAll(/"@type"\s*:\s*"([^"]+)"/g)].map((m) => m[1]!);
  }
}

/** Nothing declared yet: what `noteMetadata` fills in as the detection pass walks the page. */
export function emptySignals(): StructuredSignals {
  return { articleType: null, nonArticleType: null, ogType: null, published: false };
}

/**
 * What one element declares about the page: a `<meta>` og:type or publication time, or the
 * types in a JSON-LD script (found wherever they are, without a selector engine).
 */
export function noteMetadata(element: Element, signals: StructuredSignals): void {
  if (element.tagName === 'SCRIPT') {
    if (element.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') return;
    for (const type of declaredTypes(textOf(element))) {
      if (!signals.articleType && ARTICLE_TYPE.test(type)) signals.articleType = type;
      if (!signals.nonArticleType && NON_ARTICLE_TYPE.test(type)) signals.nonArticleType = type;
    }
    return;
  }
  if (element.tagName !== 'META') return;
  const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? '').trim();
  const content = element.getAttribute('content')?.trim().toLowerCase() ?? '';
  if (key === 'og:type' && !signals.ogType) signals.ogType = content;
  else if (key === 'article:published_time' && content) signals.published = true;
}

export function isArticleOgType(ogType: string | null): boolean {
  return ogType === 'article';
}

export function isNonArticleOgType(ogType: string | null): boolean {
  return ogType !== null && NON_ARTICLE_OG.test(ogType);
}
