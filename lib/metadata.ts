import type { PageMetadata } from './types';
import { findByline } from './clutter/root';
import { countWords } from './text/visible-text';

/** The text of the byline the clean planner recognises (it already insists on a short line). */
function bylineText(element: Element | null): string | null {
  return element?.textContent?.replace(/\s+/g, ' ').trim() || null;
}

const WORDS_PER_MINUTE = 230;

/** Every `<meta>` content by its property or name, read in one pass (lookups then cost nothing). */
function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of document.getElementsByTagName('meta')) {
    const key = element.getAttribute('property') ?? element.getAttribute('name');
    const content = element.getAttribute('content')?.trim();
    if (key && content && !tags.has(key.toLowerCase())) tags.set(key.toLowerCase(), content);
  }
  return tags;
}

function first(tags: Map<string, string>, ...names: string[]): string | null {
  for (const name of names) {
    const value = tags.get(name);
    if (value) return value;
  }
  return null;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The article's title. `og:title` is the cleanest source, but single-page apps often leave it
 * behind when they swap the article, so it is trusted only while the page's title or its
 * heading still agrees with it.
 */
function readTitle(document: Document, tags: Map<string, string>): string {
  const og = first(tags, 'og:title', 'twitter:title');
  const heading =
    document.getElementsByTagName('h1')[0]?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const pageTitle = document.title.trim();
  if (og) {
    const agrees = [heading, pageTitle].some(
      (other) =>
        other && (squash(other).includes(squash(og)) || squash(og).includes(squash(other))),
    );
    if (agrees || (!heading && !pageTitle)) return og;
  }
  return heading ?? pageTitle;
}

/** Title, byline, site and language from the page's own metadata, cheapest source first. */
export function readMetadata(
  document: Document,
  articleText: string,
  articleRoot: Element | null = null,
): PageMetadata {
  const wordCount = countWords(articleText);
  const tags = metaTags(document);
  const bylineScope = articleRoot?.parentElement ?? articleRoot ?? document.body;
  return {
    title: readTitle(document, tags),
    byline:
      first(tags, 'author', 'article:author') ??
      (bylineScope ? bylineText(findByline(bylineScope)) : null),
    siteName: first(tags, 'og:site_name', 'application-name'),
    lang: document.documentElement.getAttribute('lang') || first(tags, 'og:locale'),
    publishedTime: first(tags, 'article:published_time', 'date', 'pubdate'),
    wordCount,
    readingMinutes: wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
  };
}
