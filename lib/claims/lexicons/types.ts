/**
 * What the claim ranker knows of a language: one table per language (en.ts, de.ts, …), all of
 * the same shape, so adding a language is adding a file. Phrases use the syntax of
 * `../phrases.ts` (`may|might`, `suggest*`, `=may`, `+`, `…`, `word?`).
 *
 * The stance lists follow Hyland's metadiscourse (hedges lower the writer's commitment,
 * boosters raise it) and the indicators argument mining found predictive of claims (Stab &
 * Gurevych: conclusion markers, contrast after a concession).
 */
export interface Lexicon {
  /** BCP 47 primary language subtag. */
  language: string;
  /** Function words, space-separated: dropped when sentences are compared. */
  stopWords: string;
  /** Abbreviations (lower case, no final dot) always followed by a name or number. */
  titles: string;
  /** Abbreviations that may also end a sentence ("U.S.", "etc."). */
  ambiguousAbbreviations: string;
  /** A number with a dot is an ordinal ("am 3. Oktober"), not a sentence end. */
  ordinalDot?: boolean;
  /** The article and its forms, skipped before a name ("according to the Bank of Korea"). */
  articles: string;

  hedges: string[];
  boosters: string[];
  /** Phrases with a hedge or booster word that is neither ("more likely" compares). */
  notCues: string[];
  /** Announce the writer's conclusion or the point of a passage. */
  conclusions: string[];
  /** Judgements and prescriptions: the language of theses rather than of reports. */
  evaluative: string[];
  /** Comparisons ("cheaper than"): with figures, the checkable part of a claim. */
  comparisons: string[];
  numberWords: string[];
  /** Openers that turn from a concession to the writer's own position. */
  contrastOpeners: string[];
  /** Openers of evidence and asides that support a claim rather than make one. */
  supportOpeners: string[];
  /** Openers that lean on the sentence before: rarely a claim on their own. */
  anaphoricOpeners: string[];
  /** How a short sentence ends when it only announces the next ("The lesson is clear."). */
  announcements: string[];
  /** Indirect questions ask rather than claim ("the question is whether …"). */
  indirectQuestions: string[];

  attribution: {
    /** Reporting verbs ("said", "a déclaré": the participle is the verb). */
    verbs: string[];
    /** Phrases after which the source is named ("according to", "selon"). */
    accordingTo: string[];
    /** Subjects that report without a name ("critics", "the study"). */
    unnamed: string[];
    /** Personal pronouns among `unnamed`: a source only when the verb reports. */
    pronouns: string;
    /** The writer and co-authors: "as Robinson and I argued" is still the writer's claim. */
    self: string[];
    /** Words between a subject and its verb: auxiliaries and adverbs ("has also said"). */
    between: string[];
    /** What may follow a verb that reports: "that", or an auxiliary of reported speech. */
    reportedSpeech: string[];
    /**
     * Conjunctions that open a subordinate clause: a source reported inside one ("…, after a
     * study found that …") leaves the main clause, and so the claim, the writer's own.
     */
    subordinators: string;
    /** Lower-case words inside names ("Bank of Korea", "Ursula von der Leyen"). */
    nameJoiners: string;
    /** Capitalised words that are not names (sentence openers). */
    notNames: string;
  };
}
