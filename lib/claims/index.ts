/**
 * Key claims of an article: its sentences, scored for how much they read like the writer's
 * main points, near-duplicates merged, best first, each with a TextQuote anchor to find it
 * again in the page. Extractive and local: no model, linear in the article's length.
 */
import type { Claim } from '../types';
import { makeAnchor } from './anchor';
import { articleSentences, type ArticleSentence } from './article-sentences';
import { linkShare, type ArticleText } from './blocks';
import { centrality, tfidfVectors } from './centrality';
import { classify } from './kind';
import type { CompiledLexicon } from './lexicons';
import { quotedShare } from './quotes';
import { isAnnouncement, readCues, scoreSentence } from './score';
import { jaccard } from './tokens';

export { alignPoints, splitPoints, type AlignedPoint } from './align';
export { findAnchor } from './anchor';
export { textFragmentLink } from './text-fragment';
export type { TextRange } from './text-index';

export interface ClaimOptions {
  /** Elements inside the article root that are not the author's prose (hidden clutter). */
  exclude?: ReadonlySet<Element>;
  /** How many claims to return; 10 by default. */
  max?: number;
}

const MIN_WORDS = 6;
/** Token Jaccard at or above which two sentences say the same thing. */
const DUPLICATE = 0.6;
const QUESTION = /[?¿？]["'”’»)\]]*$/;

export function extractClaims(articleRoot: Element, options: ClaimOptions = {}): Claim[] {
  const { article, sentences, lexicon } = articleSentences(articleRoot, options.exclude);
  // Every sentence counts towards what the article is about, even those never offered as claims.
  const central = centrality(tfidfVectors(sentences.map((s) => s.terms)));

  const candidates = sentences
    .map((sentence, i) => ({ sentence, i }))
    .filter(({ sentence }) => isCandidate(sentence, article, lexicon))
    .map(({ sentence, i }) => ({
      sentence,
      i,
      cues: readCues(sentence.text, sentence.tokens, lexicon),
    }))
    // Indirect questions ("the question is whether …") ask rather than claim, like questions.
    .filter(({ cues }) => !cues.indirectQuestion)
    .map((candidate) => {
      const { text, tokens, quoted } = candidate.sentence;
      return { ...candidate, ...classify(text, { quoted, lexicon, tokens, ...candidate.cues }) };
    });
  const attributedShare =
    candidates.filter((c) => c.kind === 'attributed').length / (candidates.length || 1);

  const scored = candidates
    .map((candidate) => {
      const { sentence, i } = candidate;
      const previous = sentences[i - 1];
      const score = scoreSentence({
        ...sentence,
        cues: candidate.cues,
        centrality: central[i]!,
        paragraphCount: article.blocks.length,
        last: sentences[i + 1]?.paragraph !== sentence.paragraph,
        announced:
          previous?.paragraph === sentence.paragraph &&
          isAnnouncement(previous.text, previous.tokens, lexicon),
        kind: candidate.kind,
        attributedShare,
      });
      return { ...candidate, score };
    })
    .sort((a, b) => b.score - a.score || a.i - b.i);

  const kept: typeof scored = [];
  const max = options.max ?? 10;
  for (const candidate of scored) {
    if (kept.length >= max) break;
    if (kept.some((k) => jaccard(k.sentence.terms, candidate.sentence.terms) >= DUPLICATE))
      continue;
    kept.push(candidate);
  }
  return kept.map(({ sentence, kind, source, score }) => ({
    text: sentence.text,
    kind,
    ...(source ? { source } : {}),
    score: Math.round(score * 1000) / 1000,
    anchor: makeAnchor(article.index, sentence.start, sentence.end),
  }));
}

/** Questions, fragments and sentences that are mostly links or quotation are not claims. */
function isCandidate(
  sentence: ArticleSentence,
  article: ArticleText,
  lexicon: CompiledLexicon,
): boolean {
  const { text, tokens, wordCount } = sentence;
  if (wordCount < MIN_WORDS || QUESTION.test(text.slice(-8))) return false;
  // Announcements ("The lesson is clear.") say nothing themselves; the next sentence does.
  if (isAnnouncement(text, tokens, lexicon)) return false;
  return linkShare(article, sentence.start, sentence.end) <= 0.5 && quotedShare(text) <= 0.6;
}
