/**
 * How much a sentence reads like one of the article's key claims. A linear mix, kept readable
 * so each weight can be argued for: centrality says what the article is about, position and cue
 * phrases say where the writer states a point, stance words say how firmly. The cues come from
 * the article language's lexicon; in a language without one, centrality and position decide.
 */
import type { ClaimKind } from '../types';
import { CUE_GROUPS, type CompiledLexicon } from './lexicons';
import type { Words } from './phrases';

/** The cue words of one sentence, counted once and shared by the kind and the score. */
export interface Cues {
  hedges: number;
  boosters: number;
  conclusions: number;
  evaluative: number;
  comparison: boolean;
  numeric: boolean;
  /** "The question is whether …": asks rather than claims, like a question. */
  indirectQuestion: boolean;
  contrastOpener: boolean;
  supportOpener: boolean;
  anaphoricOpener: boolean;
}

/** Hedges and boosters: the groups a "not a cue" phrase ("more likely") cancels. */
const STANCE_GROUPS = [CUE_GROUPS.indexOf('hedges'), CUE_GROUPS.indexOf('boosters')];

export function readCues(text: string, tokens: Words, lexicon: CompiledLexicon): Cues {
  const counts = lexicon.cues.countGroups(tokens, lexicon.notCues.covered(tokens), STANCE_GROUPS);
  const of = (group: (typeof CUE_GROUPS)[number]): number => counts[CUE_GROUPS.indexOf(group)]!;
  return {
    hedges: of('hedges'),
    boosters: of('boosters'),
    conclusions: of('conclusions'),
    evaluative: of('evaluative'),
    comparison: of('comparisons') > 0,
    numeric: /[\p{N}%]/u.test(text) || of('numberWords') > 0,
    indirectQuestion: of('indirectQuestions') > 0,
    contrastOpener: lexicon.contrastOpeners.startsWith(tokens),
    supportOpener: lexicon.supportOpeners.startsWith(tokens),
    anaphoricOpener: lexicon.anaphoricOpeners.startsWith(tokens),
  };
}

/** Short sentences that only announce the point made by the next one ("The lesson is clear."). */
export function isAnnouncement(text: string, tokens: Words, lexicon: CompiledLexicon): boolean {
  if (tokens.word.length > 12) return false;
  if (/:\s*$/.test(text.slice(-4))) return true;
  // The last word, then at most a full stop or a colon.
  const last = tokens.raw[tokens.raw.length - 1];
  const tail = last === undefined ? text : text.slice(text.lastIndexOf(last) + last.length);
  return (
    /^[.:]?\s*$/.test(tail.slice(0, 4)) &&
    tail.length <= 4 &&
    lexicon.announcements.endsWith(tokens)
  );
}

export interface SentenceContext {
  wordCount: number;
  cues: Cues;
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

const capped = (n: number, max: number): number => Math.min(n, max);

export function scoreSentence(s: SentenceContext): number {
  const { cues } = s;
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
  score += 0.45 * capped(cues.conclusions, 2);
  score += 0.2 * capped(cues.evaluative, 2);
  score += 0.25 * capped(cues.boosters, 2);
  score -= 0.15 * capped(cues.hedges, 3);
  if (s.index > 0 && cues.contrastOpener) score += 0.3;
  if (cues.supportOpener) score -= 0.4;
  if (cues.anaphoricOpener) score -= 0.1;
  if (cues.numeric) score += 0.2;
  if (cues.comparison) score += 0.1;

  // Where the writer mostly speaks in their own voice (essays, reviews), reported views support
  // the writer's claims; in reporting, where most sentences are attributed, they are the news.
  if (s.kind === 'attributed' && s.attributedShare < 0.25) score -= 0.15;
  if (s.quoted) score -= 0.2;
  if (s.wordCount > 50) score -= 0.2;
  return score;
}
