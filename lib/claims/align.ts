/**
 * Ties each point of a model's summary back to the article sentence that best supports it, so
 * a model's bullet, like a local claim, always leads to the text. A point that shares too little
 * with every sentence is returned without a source rather than pinned to a poor match.
 */
import type { TextQuoteAnchor } from '../types';
import { makeAnchor } from './anchor';
import { articleSentences } from './article-sentences';
import { contentTerms, words } from './tokens';

/** Share of the point's content terms that must appear in the sentence. */
const MIN_SUPPORT = 0.4;

export interface AlignedPoint {
  point: string;
  /** The best supporting sentence, or null when none supports the point well enough. */
  sentence: string | null;
  anchor: TextQuoteAnchor | null;
}

export function alignPoints(
  root: Element,
  points: readonly string[],
  exclude?: ReadonlySet<Element>,
): AlignedPoint[] {
  const { article, sentences, lexicon } = articleSentences(root, exclude);
  const sentenceTerms = sentences.map((s) => new Set(s.terms));
  return points.map((point) => {
    const terms = [...new Set(contentTerms(words(point), lexicon.stopWords))];
    let best = -1;
    let bestScore = 0;
    sentenceTerms.forEach((set, i) => {
      if (terms.length === 0) return;
      const shared = terms.filter((term) => set.has(term)).length;
      // Support for the point, with a little weight on the sentence being about it too.
      const score = shared / terms.length + (0.1 * shared) / Math.max(set.size, 1);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    });
    const sentence = best >= 0 && bestScore >= MIN_SUPPORT ? sentences[best]! : null;
    return {
      point,
      sentence: sentence?.text ?? null,
      anchor: sentence ? makeAnchor(article.index, sentence.start, sentence.end) : null,
    };
  });
}

/** Splits a model's key-points text ("- one\n- two", "* …", "1. …") into points. */
export function splitPoints(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').trim())
    .filter((line) => line.length > 0);
}
