/**
 * The lexicon for an article's language: its `lang` when Gloss knows that language, else a
 * guess from the function words of its opening (most pages declare no language, or the site's
 * default). An article in a language with no table gets an empty one: then centrality and
 * position alone rank its sentences, which is better than English cues firing by accident.
 */
import { PhraseSet, tokenize, type Words } from '../phrases';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { Lexicon } from './types';

export type { Lexicon } from './types';

export const LEXICONS: readonly Lexicon[] = [en, de, fr, es];

/** The cue lists counted in one pass over a sentence, in this order. */
export const CUE_GROUPS = [
  'hedges',
  'boosters',
  'conclusions',
  'evaluative',
  'comparisons',
  'numberWords',
  'indirectQuestions',
] as const satisfies readonly (keyof Lexicon)[];

const words = (list: string): Set<string> => new Set(list.split(' ').filter(Boolean));

/** A lexicon made ready to match: phrase lists compiled, word lists as sets. */
export interface CompiledLexicon {
  language: string;
  stopWords: Set<string>;
  titles: Set<string>;
  ambiguousAbbreviations: Set<string>;
  ordinalDot: boolean;
  articles: Set<string>;
  hedges: PhraseSet;
  boosters: PhraseSet;
  notCues: PhraseSet;
  /** Every cue counted anywhere in a sentence, in the groups of `CUE_GROUPS`, for one pass. */
  cues: PhraseSet;
  contrastOpeners: PhraseSet;
  supportOpeners: PhraseSet;
  anaphoricOpeners: PhraseSet;
  announcements: PhraseSet;
  /** Group 0: phrases after which a source is named; group 1: reporting verbs. */
  reporting: PhraseSet;
  unnamed: PhraseSet;
  self: PhraseSet;
  between: PhraseSet;
  reportedSpeech: PhraseSet;
  subordinators: Set<string>;
  pronouns: Set<string>;
  nameJoiners: Set<string>;
  notNames: Set<string>;
}

function compile(lexicon: Lexicon): CompiledLexicon {
  const { attribution: a } = lexicon;
  return {
    language: lexicon.language,
    stopWords: words(lexicon.stopWords),
    titles: words(lexicon.titles),
    ambiguousAbbreviations: words(lexicon.ambiguousAbbreviations),
    ordinalDot: lexicon.ordinalDot ?? false,
    articles: words(lexicon.articles),
    hedges: new PhraseSet(lexicon.hedges),
    boosters: new PhraseSet(lexicon.boosters),
    notCues: new PhraseSet(lexicon.notCues),
    cues: new PhraseSet(...CUE_GROUPS.map((group) => lexicon[group])),
    contrastOpeners: new PhraseSet(lexicon.contrastOpeners),
    supportOpeners: new PhraseSet(lexicon.supportOpeners),
    anaphoricOpeners: new PhraseSet(lexicon.anaphoricOpeners),
    announcements: new PhraseSet(lexicon.announcements),
    reporting: new PhraseSet(a.accordingTo, a.verbs),
    unnamed: new PhraseSet(a.unnamed),
    self: new PhraseSet(a.self),
    between: new PhraseSet(a.between),
    reportedSpeech: new PhraseSet(a.reportedSpeech),
    subordinators: words(a.subordinators),
    pronouns: words(a.pronouns),
    nameJoiners: words(a.nameJoiners),
    notNames: words(a.notNames),
  };
}

const EMPTY: Lexicon = {
  language: '',
  stopWords: '',
  titles: '',
  ambiguousAbbreviations: '',
  articles: '',
  hedges: [],
  boosters: [],
  notCues: [],
  conclusions: [],
  evaluative: [],
  comparisons: [],
  numberWords: [],
  contrastOpeners: [],
  supportOpeners: [],
  anaphoricOpeners: [],
  announcements: [],
  indirectQuestions: [],
  attribution: {
    verbs: [],
    accordingTo: [],
    unnamed: [],
    self: [],
    between: [],
    reportedSpeech: [],
    subordinators: '',
    pronouns: '',
    nameJoiners: '',
    notNames: '',
  },
};

const compiled = new Map<string, CompiledLexicon>();

function compiledFor(lexicon: Lexicon): CompiledLexicon {
  let ready = compiled.get(lexicon.language);
  if (!ready) compiled.set(lexicon.language, (ready = compile(lexicon)));
  return ready;
}

/** Words of the opening read to guess a language; enough for function words to show. */
const GUESS_WORDS = 400;

/** The known language whose function words are most frequent among `tokens`; English at a tie. */
export function guessLanguage(words: Words): string {
  const sample = words.word.slice(0, GUESS_WORDS);
  let best = en.language;
  let bestHits = 0;
  for (const lexicon of LEXICONS) {
    const stop = compiledFor(lexicon).stopWords;
    const hits = sample.filter((word) => stop.has(word)).length;
    if (hits > bestHits) [best, bestHits] = [lexicon.language, hits];
  }
  return best;
}

/**
 * The lexicon for `lang` (a BCP 47 tag, possibly empty), guessing from `sample` when the tag is
 * missing. A declared language Gloss has no table for gets the empty lexicon.
 */
export function lexiconFor(lang: string, sample = ''): CompiledLexicon {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const code = primary || guessLanguage(tokenize(sample.slice(0, GUESS_WORDS * 12)));
  const lexicon = LEXICONS.find((l) => l.language === code);
  return lexicon ? compiledFor(lexicon) : compiledFor({ ...EMPTY, language: code });
}
