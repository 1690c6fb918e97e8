/**
 * How much a sentence reads like one of the article's key claims. A linear mix, kept readable
 * so each weight can be argued for: centrality says what the article is about, position and cue
 * phrases say where the writer states a point, stance words say how firmly.
 */
import {
  ANNOUNCEMENT,
  BOOSTERS,
  COMPARISON,
  CONCLUSION_CUES,
  CONTRAST_OPENER,
  EVALUATIVE,
  HEDGES,
  NUMERIC,
  SUPPORT_OPENER,
  count,
} from './lexicon';
import type { ClaimKind } from '../types';

export interface SentenceContext {
  text: string;
  wordCount: number;
  /** 0..1, 1 for the most central sentence of the article. */
  centrality: number;
  paragraph: number;
  paragraphCount: number;
  /** Position of the sentence inside its paragraph. */
  index: number;
  last: boolean;
  /** The sentence before announced a point ("The lesson is clear.") that this one makes. */
  announced: boolean;
  quoted: boolean;
  kind: ClaimKind;
  /** Share of the article's candidate sentences that report others' views. */
  attributedShare: number;
}

/** Pronouns and demonstratives that lean on the sentence before: rarely a claim on their own. */
const ANAPHORIC_OPENER = /^(?:this|these|those|it|its|they|their|such|he|she|his|her)\b/i;

const capped = (n: number, max: number): number => Math.min(n, max);

/** Short sentences that only announce the point made by the next one. */
export function isAnnouncement(text: string, wordCount: number): boolean {
  return wordCount <= 12 && ANNOUNCEMENT.test(text);
}

export function scoreSentence(s: SentenceContext): number {
  let score = s.centrality;
  // Leads state the story (first sentence, news) or the thesis (last sentence of an essay's
  // opening paragraph); closings give the verdict. Argument mining's strongest feature.
  if (s.paragraph === 0) score += s.index === 0 || s.last ? 0.35 : 0.15;
  if (s.paragraphCount > 3 && s.paragraph >= s.paragraphCount - 2) score += 0.25;
  // Topic sentences open paragraphs; concluding ones close them.
  if (s.index === 0) score += 0.2;
  else if (s.last) score += 0.1;

  // Theses are stated crisply; details and evidence run long.
  if (s.wordCount <= 15) score += 0.15;
  if (s.announced) score += 0.45;
  score += 0.45 * capped(count(CONCLUSION_CUES, s.text), 2);
  score += 0.2 * capped(count(EVALUATIVE, s.text), 2);
  score += 0.25 * capped(count(BOOSTERS, s.text), 2);
  score -= 0.15 * capped(count(HEDGES, s.text), 3);
  if (s.index > 0 && CONTRAST_OPENER.test(s.text)) score += 0.3;
  if (SUPPORT_OPENER.test(s.text)) score -= 0.4;
  if (ANAPHORIC_OPENER.test(s.text)) score -= 0.1;
  if (NUMERIC.test(s.text)) score += 0.1;
  if (COMPARISON.test(s.text)) score += 0.1;

  // Where the writer mostly speaks in their own voice (essays, reviews), reported views support
  // the writer's claims; in reporting, where most sentences are attributed, they are the news.
  if (s.kind === 'attributed' && s.attributedShare < 0.25) score -= 0.15;
  if (s.quoted) score -= 0.2;
  if (s.wordCount > 50) score -= 0.2;
  return score;
}
