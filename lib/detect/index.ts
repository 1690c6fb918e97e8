// PLACEHOLDER first detector: structured data plus a readerable-style paragraph score.
import type { Detection } from '../types';

const ARTICLE_TYPES =
  /^(Article|NewsArticle|OpinionNewsArticle|ReportageNewsArticle|BlogPosting|TechArticle|ScholarlyArticle|AnalysisNewsArticle)$/;

export function detectArticle(document: Document): Detection {
  const reasons: string[] = [];
  let score = -20;
  if (document.querySelector('meta[property="og:type"][content="article" i]')) {
    score += 10;
    reasons.push('og:type=article');
  }
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    if (ARTICLE_TYPES.test(/"@type"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '')?.[1] ?? '')) {
      score += 10;
      reasons.push('json-ld article');
      break;
    }
  }
  for (const p of document.querySelectorAll('p, pre, article')) {
    const length = (p.textContent ?? '').trim().length;
    if (length > 140) score += Math.sqrt(length - 140);
  }
  return { isArticle: score > 0, score, reasons };
}
