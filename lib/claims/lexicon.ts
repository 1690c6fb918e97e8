/**
 * Word lists for reading a sentence's stance, after Hyland's metadiscourse (hedges lower the
 * writer's commitment, boosters raise it) and the indicators argument mining found predictive
 * of claims (Stab & Gurevych: conclusion markers, contrast after a concession). English only:
 * on other languages these simply never fire and centrality and position decide.
 */

// `\b` rather than Unicode look-arounds: the phrases are ASCII, and V8 runs `\b` much faster.
const anyOf = (phrases: readonly string[], flags = 'g'): RegExp =>
  new RegExp(`\\b(?:${phrases.join('|')})\\b`, `${flags}u`);

/** Lower commitment. Case-sensitive so "May" the month stays out. */
export const HEDGES = anyOf([
  'may',
  'might',
  'could',
  'perhaps',
  'possibly',
  'probably',
  // "15 percent less likely" measures; it does not hedge.
  '(?<!(?:more|less|most|as) )(?:un)?likely',
  'appears?',
  'appeared',
  'seems?',
  'seemed',
  'arguably',
  // "The data suggest …" hedges; "than the folklore suggests." does not.
  'suggest(?:s|ed)?(?= \\p{L})',
  'apparently',
  'presumably',
  'reportedly',
  'somewhat',
  'tends? to',
  'I (?:suspect|think|guess)',
  'remains? to be seen',
  '(?:is|was|remains|seems) (?:also )?unclear',
  'an open question',
]);

/** Raise commitment. */
export const BOOSTERS = anyOf(
  [
    'clearly',
    'it is clear',
    'is clear that',
    'obviously',
    'certainly',
    'undoubtedly',
    'without (?:a )?doubt',
    'no doubt',
    'without exception',
    'of course',
    'in fact',
    'indeed',
    'definitely',
    'surely',
    'plainly',
    'demonstrates?',
    'demonstrated',
    'proves?',
    'proved',
    'always',
    'never',
    'precisely',
  ],
  'gi',
);

/** Phrases that announce the writer's conclusion or the point of a passage. */
export const CONCLUSION_CUES = anyOf(
  [
    'clear that',
    'the (?:key |real |central |open )?question',
    'in short',
    'in sum',
    'to sum up',
    'in conclusion',
    'the bottom line',
    'the upshot',
    'the lesson',
    'the point is',
    'the truth is',
    'the problem is',
    "what [\\p{L}\\p{N}'’ -]{1,40} (?:has|have|had|did) (?:done|achieved|shown|proved) is",
    'nonetheless',
    'nevertheless',
    'one thing (?:seems|is) (?:clear|certain)',
    'therefore',
    'thus',
    'hence',
    'ultimately',
    'above all',
    'this means',
    'in other words',
  ],
  'gi',
);

/** Judgements and prescriptions (appraisal words): the language of theses rather than of reports. */
export const EVALUATIVE = anyOf(
  [
    'good',
    'bad',
    'great',
    'poor',
    'excellent',
    'terrible',
    'superb',
    'remarkable',
    'impressive',
    'disappointing',
    'stunning',
    'strong',
    'weak',
    'fragile',
    'harmful',
    'beneficial',
    'dangerous',
    'useful',
    'useless',
    'valuable',
    'worth',
    'important',
    'significant',
    'crucial',
    'essential',
    'vital',
    'necessary',
    'needs?',
    'deserves?',
    'wrong',
    'unfair',
    'mistakes?',
    'misguided',
    'ill-advised',
    'unworkable',
    'flawed',
    'problems?',
    'fails?',
    'failed',
    'failure',
    'falls? short',
    'success',
    'successful',
    'succeeded',
    'effective',
    'ineffective',
    'overrated',
    'underrated',
    'better',
    'worse',
    'best',
    'worst',
    'obsess(?:ed|ion)',
    'matters?',
    'should',
    'must',
    'ought',
    'cannot',
    "can['’]t",
    'will not',
    "won['’]t",
    'far from',
    'rather than',
    'the (?:biggest|main|real|key|only)',
  ],
  'gi',
);

/** Indirect questions ("the question is whether …") ask rather than claim, like questions. */
export const INDIRECT_QUESTION =
  /\b(?:the (?:\p{L}+ )?question (?:now |here |then )?(?:is|was|of) (?:whether|how|why|what|if)|(?:remains|is) to be seen (?:whether|if|how))\b/iu;

/** Short sentences that announce the point the next sentence makes ("The lesson is clear."). */
export const ANNOUNCEMENT =
  /\b(?:is|are|seems|was) (?:\p{L}+ )?(?:clear|simple|short|plain|obvious|straightforward|this)[.:]?$|:$/iu;

/** Sentence openers that turn from a concession to the writer's own position. */
export const CONTRAST_OPENER =
  /^(?:but|yet|however|still|nonetheless|nevertheless|even so|instead)\b/i;

/** Openers of evidence and asides that support a claim rather than make one. */
export const SUPPORT_OPENER =
  /^(?:for (?:example|instance)|e\.g\.|after all|consider|take|in (?:one|a|another) (?:case|study|example)|as an example|by the way)\b/i;

/** Figures and comparisons: the checkable part of a claim. */
export const NUMERIC = /\p{N}|%|\bpercent\b|\b(?:twice|half|double|triple)\b/iu;
export const COMPARISON =
  /\b(?:\p{L}+er|(?:more|less|fewer)(?:\s+\p{L}+){0,2})\s+than\b|\b(?:most|least)\s+\p{L}{4,}/iu;

export function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}
