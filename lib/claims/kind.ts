/**
 * Whose claim a sentence is: the writer's own ('asserted', or 'hedged' when hedges outweigh
 * boosters) or someone else's reported view ('attributed', with the source when it is named).
 */
import type { ClaimKind } from '../types';
import { BOOSTERS, HEDGES, count } from './lexicon';

export interface KindResult {
  kind: ClaimKind;
  source?: string;
}

const VERB =
  '(?:said|says|say|told|tells|argues|argued|argue|claims|claimed|asserts?|asserted|declared?|declares|insists?|insisted|contends?|contended|maintains?|maintained|warned|warns|noted|notes|added|adds|wrote|writes|believes|estimated|estimates|estimating|predicted|predicts|reported|reports|stated|states|acknowledged|admitted|announced|confirmed|explained|conceded|concluded|found|pointed out|cautioned|countered)';

/** A name: capitalised words, allowing initials and a few lower-case joiners ("Bank of Korea"). */
const NAME =
  "\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:(?:of|for|and|de|van|von|der|al|bin|la|le)\\s+)?\\p{Lu}[\\p{L}.'’-]*)*";

/**
 * What follows a reporting verb when it reports: "that", a quote or colon, the end of the
 * clause, reported speech ("said it would"), or an audience ("told reporters after …").
 * Without it, "DeepSeek has told us the whole story" would read as a quotation.
 */
const REPORTS =
  '(?=\\s+that\\b|\\s*[:,"“\'‘]|\\s*[.!]?$|\\s+(?:it|he|she|they|we|the \\p{L}+|\\p{L}+)\\s+(?:would|will|was|were|is|are|had|has|could|should|must|did)\\b|\\s+(?:\\p{L}+\\s+){0,3}?(?:that|after|before|during|in an?|at an?|on \\p{Lu}))';

/** "X said", "X, the mayor, said", "the office also argued": the name is kept when there is one. */
const SUBJECT_VERB = new RegExp(
  `(?:^|[^\\p{L}])(?:(${NAME})|\\p{Ll}[\\p{L}'’]*)((?:\\s*,[^,]{1,120},)?,?\\s+(?:\\p{Ll}+ly\\s+|also\\s+|even\\s+|has\\s+|have\\s+|had\\s+)*)${VERB}(?![\\p{L}])${REPORTS}`,
  'u',
);
/** `"…," said Jane Doe.` */
const VERB_SUBJECT = new RegExp(`[,"”’]\\s*${VERB}\\s+(${NAME})`, 'u');
const ACCORDING_TO = new RegExp(`\\baccording to (?:the\\s+)?(${NAME})?`, 'u');
/** Somebody unnamed: "some declared", "critics say", "the study found". */
const UNNAMED_SUBJECT = new RegExp(
  `\\b(?:some|many|others|critics|officials|analysts|experts|observers|researchers|scientists|economists|supporters|opponents|residents|he|she|they|it|the (?:\\p{L}+ )?(?:study|report|survey|paper|authors?|company|agency|ministry|department|spokes(?:man|woman|person)))\\s+(?:\\p{Ll}+ly\\s+|also\\s+|even\\s+|have\\s+|has\\s+)*${VERB}(?![\\p{L}])`,
  'iu',
);
/**
 * Quoted spans in any common quote marks. Each alternative is a plain run between two marks, so
 * matching stays linear; a nested "(words and spaces){3,}" form backtracks exponentially when a
 * quote is never closed, which froze real pages.
 */
const QUOTED_SPANS =
  /["“][^"”]*["”]|‘[^’]*’|(?<![\p{L}\p{N}])'(?=\p{L})[^']*(?<=[\p{L}\p{N}.,!?])'(?![\p{L}\p{N}])/gu;
const QUOTED_WORDS = 4;

/** A quotation of four words or more. */
function hasQuotation(text: string): boolean {
  for (const [span] of text.matchAll(QUOTED_SPANS)) {
    if (span.trim().split(/\s+/).length >= QUOTED_WORDS) return true;
  }
  return false;
}

/** The writer and co-authors: "as Robinson and I argued" is still the writer's claim. */
const SELF = /(?:^|\s)(?:I|we|We)$/;
const NOT_A_NAME =
  /^(?:The|This|That|These|Those|It|He|She|They|Some|Many|Others|But|And|Yet|So|Still|Then|Now|In|On|At|As|If|When|While|Critics|Officials|Analysts|Experts|Observers|Researchers|Scientists|Economists|Supporters|Opponents|Residents)$/;

function cleanName(name: string | undefined): string | undefined {
  const trimmed = name?.trim().replace(/[.,]+$/, '');
  if (!trimmed || NOT_A_NAME.test(trimmed)) return undefined;
  return trimmed.replace(/^(?:The|But|And|Yet|So|Still|Then|Now)\s+/, '');
}

/** A cheap test first: most sentences have no reporting verb, and the patterns above are slow. */
const ANY_VERB = new RegExp(`\\b${VERB}\\b`);

function attribution(text: string, quoted: boolean): KindResult | null {
  const according = ACCORDING_TO.exec(text);
  if (according) return { kind: 'attributed', source: cleanName(according[1]) };
  if (!ANY_VERB.test(text)) return quoted || hasQuotation(text) ? { kind: 'attributed' } : null;
  const inverted = VERB_SUBJECT.exec(text);
  if (inverted) return { kind: 'attributed', source: cleanName(inverted[1]) };
  const direct = SUBJECT_VERB.exec(text);
  if (direct && !/^That$/.test(direct[1] ?? '')) {
    const subject = direct[1] ?? '';
    if (SELF.test(subject) || /\band I$/.test(subject)) return null;
    return { kind: 'attributed', source: cleanName(subject) };
  }
  if (UNNAMED_SUBJECT.test(text) && !/\bthat said\b/i.test(text)) return { kind: 'attributed' };
  if (quoted || hasQuotation(text)) return { kind: 'attributed' };
  return null;
}

/** `quoted` marks sentences from a blockquote: quoted by definition. */
export function classify(text: string, quoted = false): KindResult {
  const reported = attribution(text, quoted);
  if (reported) return reported.source ? reported : { kind: 'attributed' };
  const hedges = count(HEDGES, text);
  return { kind: hedges > 0 && hedges > count(BOOSTERS, text) ? 'hedged' : 'asserted' };
}
