import { describe, expect, it } from 'vitest';
import { compileGlossary, matchInElement, matchText, type GlossaryEntry } from '../../lib/glossary';
import { guessLanguage, primaryLanguage } from '../../lib/glossary/language';
import { parseHtml } from './support/parse-html';

function entry(id: string, term: string, lang?: string): GlossaryEntry {
  return {
    id,
    term,
    aliases: [],
    definition: `About ${term}.`,
    tags: [],
    ...(lang ? { lang } : {}),
    origin: 'user',
    updatedAt: 0,
  };
}

const index = compileGlossary([
  entry('transformer', 'transformer'),
  entry('inflation-fr', 'inflation', 'fr'),
  entry('inflation-de', 'Inflation', 'de-AT'),
]);

/** "entryId:text" of each match in the page's body. */
function marked(html: string, lang?: string): string[] {
  const document = parseHtml(html);
  return matchInElement(index, document.body, lang ? { lang } : {}).map(
    (m) => `${m.entryId}:${m.startContainer.data.slice(m.startOffset, m.endOffset)}`,
  );
}

describe('language-aware matching', () => {
  it('matches an entry without a language in English text only', () => {
    expect(marked('<html lang="en-GB"><body><p>A transformer model.</p></body></html>')).toEqual([
      'transformer:transformer',
    ]);
    expect(
      marked('<html lang="fr"><body><p>Il veut transformer le pays.</p></body></html>'),
    ).toEqual([]);
  });

  it('follows the nearest lang attribute, down to an inline quotation', () => {
    const html = `<html lang="fr"><body>
      <p>L'inflation recule. <q lang="en">The transformer is new.</q> Fin.</p>
      <p lang="de">Die Inflation steigt.</p>
      <p lang="">Unknown: the page's language applies.</p>
    </body></html>`;
    expect(marked(html)).toEqual([
      'inflation-fr:inflation',
      'transformer:transformer',
      'inflation-de:Inflation',
    ]);
  });

  it("uses the caller's language where the page declares none, else a guess", () => {
    const french = '<p>Le gouvernement veut transformer la politique contre l’inflation.</p>';
    expect(marked(`<body>${french}</body>`)).toEqual(['inflation-fr:inflation']);
    expect(marked(`<body>${french}</body>`, 'en')).toEqual(['transformer:transformer']);
  });

  it('matchText reads text as English unless told otherwise', () => {
    expect(matchText(index, 'inflation and a transformer').map((m) => m.entryId)).toEqual([
      'transformer',
    ]);
    expect(matchText(index, 'inflation et transformer', {}, 'fr-CA').map((m) => m.entryId)).toEqual(
      ['inflation-fr'],
    );
  });
});

describe('guessLanguage', () => {
  it('names a script other than Latin, and reads function words in Latin text', () => {
    expect(guessLanguage('機械学習はデータから学ぶ。')).toBe('ja');
    expect(guessLanguage('机器学习是人工智能的一个分支。')).toBe('zh');
    expect(guessLanguage('Машинное обучение — это раздел искусственного интеллекта.')).toBe('ru');
    expect(guessLanguage('The model is trained on the data and it is then used.')).toBe('en');
    expect(guessLanguage('Le modèle est entraîné sur les données et il est ensuite utilisé.')).toBe(
      'fr',
    );
    expect(guessLanguage('Das Modell wird mit den Daten trainiert und dann verwendet.')).toBe('de');
    expect(guessLanguage('El modelo se entrena con los datos y luego se usa.')).toBe('es');
  });

  it('reads primary subtags and refuses what is no language tag', () => {
    expect(primaryLanguage(' EN-us ')).toBe('en');
    expect(primaryLanguage('zh_Hant')).toBe('zh');
    expect(primaryLanguage('<script>')).toBe('');
  });
});

describe('marks stay out of headings, navigation and code', () => {
  it('skips headings, nav, standalone links and code, but not links inside prose', () => {
    const html = `<html lang="en"><body>
      <h2>The transformer</h2><div role="heading">transformer</div>
      <nav><a href="/x">transformer</a></nav>
      <ul><li><a href="/y">Why the transformer won</a></li></ul>
      <p>Read about the <a href="/z">transformer</a> here.</p>
      <pre>transformer</pre>
    </body></html>`;
    expect(marked(html)).toEqual(['transformer:transformer']);
  });
});
