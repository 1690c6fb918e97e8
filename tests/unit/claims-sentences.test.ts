import { describe, expect, it } from 'vitest';
import { sentenceSplitter } from '../../lib/claims/sentences';

const sentences = (text: string, useIntl = true): string[] =>
  sentenceSplitter('en', useIntl)(text).map(({ start, end }) => text.slice(start, end));

describe.each([
  ['Intl.Segmenter', true],
  ['the regex fallback', false],
])('sentence splitting with %s', (_name, useIntl) => {
  it('does not split after abbreviations', () => {
    expect(
      sentences(
        'Mr. Smith met Dr. Jones at 3 p.m. in the U.S. Capitol. On Jan. 20 Acme Inc. paid No. 5, e.g. apples, etc. and left. It rained.',
        useIntl,
      ),
    ).toEqual([
      'Mr. Smith met Dr. Jones at 3 p.m. in the U.S. Capitol.',
      'On Jan. 20 Acme Inc. paid No. 5, e.g. apples, etc. and left.',
      'It rained.',
    ]);
  });

  it('still ends a sentence at an abbreviation when a new one starts', () => {
    expect(
      sentences(
        'Prices rose sharply in the U.S. Europe followed a month later, analysts said.',
        useIntl,
      ),
    ).toEqual(['Prices rose sharply in the U.S.', 'Europe followed a month later, analysts said.']);
    expect(sentences('The firm moved to the U.S. in 2019. Then it grew.', useIntl)).toEqual([
      'The firm moved to the U.S. in 2019.',
      'Then it grew.',
    ]);
  });

  it('keeps quotations with their attribution', () => {
    expect(sentences('"Is it over?" she asked. They said "Stop." He left.', useIntl)).toEqual([
      '"Is it over?" she asked.',
      'They said "Stop."',
      'He left.',
    ]);
  });

  it('keeps initials in names', () => {
    expect(
      sentences(
        'As James A. Robinson and I have argued, institutions matter. That is all.',
        useIntl,
      ),
    ).toEqual(['As James A. Robinson and I have argued, institutions matter.', 'That is all.']);
  });
});
