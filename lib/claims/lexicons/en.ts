/** English. */
import type { Lexicon } from './types';

const AUXILIARY = 'would|will|was|were|is|are|had|has|could|should|must|did';

export const en: Lexicon = {
  language: 'en',
  stopWords:
    'a about above after again against all also am an and any are as at be because been before ' +
    'being below between both but by can could did do does doing done down during each even ever ' +
    'few for from further had has have having he her here hers herself him himself his how i if ' +
    'in into is it its itself just let me more most my myself no nor not now of off on once only ' +
    'or other our ours ourselves out over own same she should so some such than that the their ' +
    'theirs them themselves then there these they this those through to too under until up upon ' +
    'us very was we were what when where which while who whom why will with would yet you your ' +
    'yours yourself yourselves may might must shall one ones much many every s t',
  titles:
    'mr mrs ms dr prof st jr sr sen rep gov gen col lt sgt capt rev fr hon pres vs v cf vol pp approx ca e.g i.e et al',
  ambiguousAbbreviations:
    'u.s u.k u.n e.u inc ltd co corp bros etc no nos fig figs jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m',
  articles: 'the a an',

  hedges: [
    '=may',
    'might',
    'could',
    'perhaps',
    'possibly',
    'probably',
    'likely|unlikely',
    'appear|appears|appeared',
    'seem|seems|seemed',
    'arguably',
    // "The data suggest …" hedges; "than the folklore suggests." does not.
    'suggest|suggests|suggested +',
    'apparently',
    'presumably',
    'reportedly',
    'somewhat',
    'tend|tends to',
    'i suspect|think|guess',
    'remain|remains to be seen',
    'is|was|remains|seems also? unclear',
    'an open question',
  ],
  boosters: [
    'clearly',
    'it is clear',
    'is clear that',
    'obviously',
    'certainly',
    'undoubtedly',
    'without a? doubt',
    'no doubt',
    'without exception',
    'of course',
    'in fact',
    'indeed',
    'definitely',
    'surely',
    'plainly',
    'demonstrate|demonstrates|demonstrated',
    'prove|proves|proved',
    'always',
    'never',
    'precisely',
  ],
  // "15 percent less likely" measures; it does not hedge.
  notCues: ['more|less|most|as likely|unlikely'],
  conclusions: [
    'clear that',
    'the key|real|central|open? question',
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
    'what + …? has|have|had|did done|achieved|shown|proved is',
    'nonetheless',
    'nevertheless',
    'one thing seems|is clear|certain',
    'therefore',
    'thus',
    'hence',
    'ultimately',
    'above all',
    'this means',
    'in other words',
  ],
  evaluative: [
    'good|bad|great|poor|excellent|terrible|superb|remarkable|impressive|disappointing|stunning',
    'strong|weak|fragile|harmful|beneficial|dangerous|useful|useless|valuable|worth',
    'important|significant|crucial|essential|vital|necessary|need|needs|deserve|deserves',
    'wrong|unfair|mistake|mistakes|misguided|unworkable|flawed|problem|problems',
    'ill advised',
    'fail|fails|failed|failure|success|successful|succeeded|effective|ineffective',
    'fall|falls short',
    'overrated|underrated|better|worse|best|worst|obsessed|obsession|matter|matters',
    "should|must|ought|cannot|can't|won't",
    'will not',
    'far from',
    'rather than',
    'the biggest|main|real|key|only',
  ],
  comparisons: ['*er than', 'more|less|fewer …? than', 'most|least +'],
  numberWords: ['percent', 'twice', 'half', 'double', 'triple'],
  contrastOpeners: [
    'but',
    'yet',
    'however',
    'still',
    'nonetheless',
    'nevertheless',
    'even so',
    'instead',
  ],
  supportOpeners: [
    'for example|instance',
    'e g',
    'after all',
    'consider',
    'take',
    'in one|a|another case|study|example',
    'as an example',
    'by the way',
  ],
  anaphoricOpeners: ['this|these|those|it|its|they|their|such|he|she|his|her'],
  announcements: ['is|are|seems|was +? clear|simple|short|plain|obvious|straightforward|this'],
  indirectQuestions: [
    'the +? question now|here|then? is|was|of whether|how|why|what|if',
    'remains|is to be seen whether|if|how',
  ],

  attribution: {
    verbs: [
      'said|says|say|told|tells|argues|argued|argue|claims|claimed|assert|asserts|asserted',
      'declare|declared|declares|insist|insists|insisted|contend|contends|contended',
      'maintain|maintains|maintained|warned|warns|noted|notes|added|adds|wrote|writes|believes',
      'estimated|estimates|estimating|predicted|predicts|reported|reports|stated|states',
      'acknowledged|admitted|announced|confirmed|explained|concluded|found|cautioned|countered',
      'projected|projects|forecast|forecasts|calculated|calculates|recommends|recommended',
      'pointed out',
    ],
    accordingTo: ['according to'],
    unnamed: [
      'some|many|others|critics|officials|analysts|experts|observers|researchers|scientists',
      'economists|supporters|opponents|residents|he|she|they|it',
      'study|report|survey|paper|author|authors|company|agency|ministry|department',
      'spokesman|spokeswoman|spokesperson',
    ],
    pronouns: 'he she they it',
    self: ['i|we'],
    between: ['*ly|also|even|has|have|had'],
    reportedSpeech: [
      'that',
      `+ ${AUXILIARY}`,
      `the + ${AUXILIARY}`,
      '…? that|after|before|during',
      '…? in|at a|an',
    ],
    subordinators: 'after because since when while although though before until once unless',
    nameJoiners: 'of for and de van von der al bin la le',
    notNames:
      'the this that these those it he she they some many others but and yet so still then now ' +
      'in on at as if when while critics officials analysts experts observers researchers ' +
      'scientists economists supporters opponents residents',
  },
};
