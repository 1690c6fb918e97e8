/** German. */
import type { Lexicon } from './types';

export const de: Lexicon = {
  language: 'de',
  stopWords:
    'aber alle allem allen aller alles als also am an ans auch auf aus bei beim bin bis bist da ' +
    'dabei damit dann das dass dem den denen denn der deren des dessen die dies diese diesem ' +
    'diesen dieser dieses doch dort du durch ein eine einem einen einer eines er es etwa euch ' +
    'für gegen hat hatte hatten hier hin ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im in ins ' +
    'ist ja jede jedem jeden jeder jedes jetzt kann kein keine können man mehr mit muss nach ' +
    'nicht noch nun nur ob oder ohne sehr sei seien sein seine seinem seinen seiner sich sie ' +
    'sind so soll sollen um und uns unser unter vom von vor war waren was weil wenn wer werden ' +
    'wie wir wird wurde wurden zu zum zur über',
  titles: 'dr prof nr hr fr frl st bzw ca vgl z.b u.a d.h s.o s.u usw evtl ggf inkl zzgl bspw',
  ambiguousAbbreviations: 'jan feb märz apr jun jul aug sep sept okt nov dez etc co',
  ordinalDot: true,
  articles: 'der die das den dem des ein eine einen einem einer eines',

  hedges: [
    'vielleicht',
    'möglicherweise',
    'wahrscheinlich',
    'vermutlich',
    'offenbar',
    'anscheinend',
    'scheinbar',
    'eventuell',
    'womöglich',
    'wohl',
    'dürfte|dürften',
    'könnte|könnten',
    'scheint|scheinen|schien',
    'mag|mögen',
    'angeblich',
    'unklar',
    'ich glaube|vermute|denke',
    'deutet|deuten darauf hin',
    'eher',
    'tendenziell',
  ],
  boosters: [
    'eindeutig',
    'zweifellos',
    'zweifelsohne',
    'offensichtlich',
    'selbstverständlich',
    'natürlich',
    'tatsächlich',
    'sicherlich',
    'gewiss',
    'klar ist',
    'ohne zweifel',
    'in der tat',
    'immer',
    'nie|niemals',
    'beweist|beweisen|bewiesen|belegt|zeigt',
    'ausnahmslos',
    'definitiv',
  ],
  notCues: [],
  conclusions: [
    'kurz gesagt',
    'kurzum',
    'letztlich',
    'letzten endes',
    'schließlich',
    'daher',
    'deshalb',
    'deswegen',
    'folglich',
    'somit',
    'also',
    'dennoch',
    'trotzdem',
    'die frage ist',
    'das problem ist',
    'die lehre',
    'fazit',
    'entscheidend ist',
    'mit anderen worten',
    'das heißt',
    'vor allem',
  ],
  evaluative: [
    'gut|schlecht|großartig|hervorragend|schwach|stark|gefährlich|schädlich|nützlich|wertvoll',
    'wichtig|bedeutend|entscheidend|wesentlich|notwendig|nötig|unverzichtbar|richtig|falsch',
    'fehler|fehlgeleitet|problem|probleme|problematisch|versagt|scheitert|gescheitert',
    'erfolg|erfolgreich|wirksam|unwirksam|besser|schlechter|beste|schlechteste',
    'muss|müssen|sollte|sollten|darf nicht|dürfen nicht',
    'kann nicht|können nicht',
    'statt|anstatt',
    'der|die|das größte|wichtigste|eigentliche|einzige',
  ],
  comparisons: ['*er als', 'mehr|weniger …? als', 'am *sten'],
  numberWords: ['prozent', 'doppelt', 'hälfte', 'verdoppelt', 'halbiert'],
  contrastOpeners: ['aber', 'doch', 'jedoch', 'dennoch', 'trotzdem', 'allerdings', 'stattdessen'],
  supportOpeners: ['zum beispiel', 'z b', 'beispielsweise', 'so', 'etwa', 'nehmen wir'],
  anaphoricOpeners: ['dies|diese|dieser|dieses|das|es|sie|er|solche|sein|seine|ihr|ihre'],
  announcements: ['ist|sind|scheint|war +? klar|einfach|eindeutig|offensichtlich'],
  indirectQuestions: ['die +? frage ist|bleibt ob|wie|warum|was', 'bleibt abzuwarten ob|wie'],

  attribution: {
    verbs: [
      'sagte|sagten|sagt|sagen|gesagt|erklärte|erklärten|erklärt|betonte|betont|warnte|warnt',
      'meinte|meint|fügte|schrieb|schreibt|berichtete|berichtet|kritisierte|kritisiert',
      'behauptete|behauptet|argumentiert|argumentierte|räumte|stellte|teilte|hieß|heißt',
      'glaubt|schätzt|schätzte|prognostiziert|bestätigte|kündigte|verwies|forderte|fordert',
    ],
    accordingTo: ['laut', 'nach angaben', 'zufolge', 'wie + berichtet|mitteilte'],
    unnamed: [
      'kritiker|experten|beobachter|forscher|wissenschaftler|ökonomen|befürworter|gegner',
      'behörden|beamte|analysten|einige|viele|andere|er|sie|es',
      'studie|bericht|umfrage|unternehmen|ministerium|behörde|sprecher|sprecherin',
    ],
    self: ['ich|wir'],
    between: ['hat|haben|hatte|hatten|auch|zudem|außerdem|bereits|noch|erneut'],
    reportedSpeech: ['dass', '…? dass'],
    nameJoiners: 'von der den zu van de',
    notNames:
      'der die das den dem des ein eine es er sie wir ich aber und doch dann nun so auch in im ' +
      'am an auf wenn als kritiker experten beobachter forscher',
  },
};
