/**
 * Claims in the reader's language: sentences split in the page's language (abbreviations and
 * German ordinals do not end a sentence), the language guessed when the page does not say, and
 * the kinds read with each language's lexicon.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../lib/claims';
import { classify } from '../../lib/claims/kind';
import { lexiconFor } from '../../lib/claims/lexicons';
import { sentenceSplitter } from '../../lib/claims/sentences';

const split = (lang: string, text: string, useIntl = true): string[] =>
  sentenceSplitter(lang, useIntl)(text).map(({ start, end }) => text.slice(start, end));

describe.each([
  ['Intl.Segmenter', true],
  ['the regex fallback', false],
])('sentence splitting in four languages with %s', (_name, useIntl) => {
  it('keeps German abbreviations and ordinals inside the sentence', () => {
    expect(
      split(
        'de',
        'Das gilt z. B. für Dr. Müller und Prof. Schmidt. Er kam am 3. Oktober an. Ende gut.',
        useIntl,
      ),
    ).toEqual([
      'Das gilt z. B. für Dr. Müller und Prof. Schmidt.',
      'Er kam am 3. Oktober an.',
      'Ende gut.',
    ]);
  });

  it('keeps French and Spanish abbreviations inside the sentence', () => {
    expect(
      split('fr', 'Il a vu M. Dupont, p. ex. hier. Selon le Dr. Martin, tout va bien.', useIntl),
    ).toEqual(['Il a vu M. Dupont, p. ex. hier.', 'Selon le Dr. Martin, tout va bien.']);
    expect(
      split('es', 'El Sr. García habló con la Dra. López. EE. UU. firmó el acuerdo.', useIntl),
    ).toEqual(['El Sr. García habló con la Dra. López.', 'EE. UU. firmó el acuerdo.']);
  });
});

describe('the article language', () => {
  it('is guessed from function words when the page declares none', () => {
    expect(
      lexiconFor(
        '',
        'Die Regierung hat am Montag beschlossen, dass die Steuer nicht steigt und der Haushalt reicht.',
      ).language,
    ).toBe('de');
    expect(
      lexiconFor(
        '',
        'Le gouvernement a décidé lundi que la taxe ne serait pas relevée et que le budget suffit.',
      ).language,
    ).toBe('fr');
    expect(
      lexiconFor(
        '',
        'El gobierno decidió el lunes que el impuesto no sube y que el presupuesto es suficiente para todos.',
      ).language,
    ).toBe('es');
    expect(lexiconFor('de-AT').language).toBe('de');
  });

  it('gives a declared language without a lexicon no English cues', () => {
    const italian = lexiconFor('it');
    expect(classify('Il ministro said that the tax may rise.', { lexicon: italian }).kind).toBe(
      'asserted',
    );
  });

  it('reads an undeclared German article with the German lexicon', () => {
    const document = new DOMParser().parseFromString(
      `<!doctype html><html><body><article>
        <p>Der Stadtrat hat am Dienstag die neue Parkgebühr für die Innenstadt beschlossen, die ab März gilt.</p>
        <p>Die Gebühr dürfte nach ersten Berechnungen rund zwei Millionen Euro im Jahr einbringen.</p>
        <p>Die Händler sagten, dass sie gegen den Beschluss klagen wollen, weil er Kunden vertreibe.</p>
      </article></body></html>`,
      'text/html',
    );
    const claims = extractClaims(document.querySelector('article')!);
    const kindOf = (start: string) => claims.find((claim) => claim.text.startsWith(start))?.kind;
    expect(kindOf('Der Stadtrat')).toBe('asserted');
    expect(kindOf('Die Händler')).toBe('attributed');
  });
});

describe('kinds in four languages', () => {
  it.each([
    [
      'en',
      'The charge will raise $41 million a year, according to the Bank of Korea.',
      'attributed',
      'Bank of Korea',
    ],
    ['en', 'The charge might raise less than the council hopes.', 'hedged', undefined],
    ['en', 'The charge is the right answer to the traffic in the old town.', 'asserted', undefined],
    [
      'de',
      'Die Gebühr sei rechtswidrig, sagte der Anwalt Peter Brandt am Montag.',
      'attributed',
      'Anwalt Peter Brandt',
    ],
    [
      'de',
      'Laut Bundesamt stieg die Zahl der Anträge um zwölf Prozent.',
      'attributed',
      'Bundesamt',
    ],
    ['de', 'Die Preise dürften im Herbst weiter steigen.', 'hedged', undefined],
    [
      'fr',
      'Le ministre a déclaré que la réforme entrerait en vigueur en janvier.',
      'attributed',
      undefined,
    ],
    [
      'fr',
      "Selon l'Insee, le chômage a reculé de 0,3 point au dernier trimestre.",
      'attributed',
      undefined,
    ],
    ['fr', 'La réforme pourrait coûter plus cher que prévu aux communes.', 'hedged', undefined],
    [
      'es',
      'Según el Banco de España, la economía crecerá un 2 % este año.',
      'attributed',
      'Banco de España',
    ],
    ['es', 'El ministro dijo que la medida se aplicará desde enero.', 'attributed', undefined],
    ['es', 'La sequía probablemente se prolongará durante el verano.', 'hedged', undefined],
    ['es', 'La reforma es un error que pagarán los jóvenes.', 'asserted', undefined],
  ])('%s: %s', (lang, text, kind, source) => {
    const result = classify(text, { lexicon: lexiconFor(lang) });
    expect(result.kind).toBe(kind);
    if (source) expect(result.source).toBe(source);
  });
});
