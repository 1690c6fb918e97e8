import type { PageMetadata } from './types';
import { countWords } from './text/visible-text';

const WORDS_PER_MINUTE = 230;

function meta(document: Document, ...names: string[]): string | null {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`);
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

function bylineFromPage(document: Document): string | null {
  const element = document.querySelector('[rel="author"], [itemprop~="author"], .byline, .author');
  const text = element?.textContent?.replace(/\s+/g, ' ').trim();
  return text && text.length < 100 ? text : null;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The article's title. `og:title` is the cleanest source, but single-page apps often leave it
 * behind when they swap the article, so it is trusted only while the page's title or its
 * heading still agrees with it.
 */
function readTitle(document: Document): string {
  const og = meta(document, 'og:title', 'twitter:title');
  const heading = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
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
export function readMetadata(document: Document, articleText: string): PageMetadata {
  const wordCount = countWords(articleText);
  return {
    title: readTitle(document),
    byline: meta(document, 'author', 'article:author') ?? bylineFromPage(document),
    siteName: meta(document, 'og:site_name', 'application-name'),
    lang: document.documentElement.getAttribute('lang') || meta(document, 'og:locale'),
    publishedTime: meta(document, 'article:published_time', 'date', 'pubdate'),
    wordCount,
    readingMinutes: wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
  };
}
