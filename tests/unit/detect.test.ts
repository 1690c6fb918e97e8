/** Article detection on the project's fixtures: articles in, listings/apps/forms out. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from './support/parse-html';
import { detectArticle } from '../../lib/detect';

const FIXTURES = join(__dirname, '..', 'fixtures');
const html = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((name) => ({ name, html: readFileSync(join(dir, name), 'utf8') }));

const articles = [
  { name: 'seed-article.html', html: readFileSync(join(FIXTURES, 'seed-article.html'), 'utf8') },
  ...html(join(FIXTURES, 'articles')),
];
const nonArticles = html(join(FIXTURES, 'non-articles'));

describe('detectArticle', () => {
  it.each(articles)('says $name is an article', ({ html }) => {
    const detection = detectArticle(parseHtml(html));
    expect(detection.isArticle).toBe(true);
    expect(detection.score).toBeGreaterThan(0);
    expect(detection.reasons.length).toBeGreaterThan(0);
  });

  it.each(nonArticles)('says $name is not an article', ({ html }) => {
    expect(detectArticle(parseHtml(html)).isArticle).toBe(false);
  });

  it('has non-article fixtures to check', () => {
    expect(nonArticles.length).toBeGreaterThanOrEqual(8);
  });

  it('reads article types from a JSON-LD @graph', () => {
    const prose =
      '<p>' + 'A sentence of plain reporting, with a clause or two. '.repeat(4) + '</p>';
    const page = (type: string) =>
      `<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"${type}"}]}</script></head><body>${prose}</body></html>`;
    expect(detectArticle(parseHtml(page('NewsArticle'))).reasons).toContain('json-ld:NewsArticle');
    expect(detectArticle(parseHtml(page('ItemList'))).reasons).toContain('json-ld:ItemList');
  });

  it('counts CJK text by weight, so a short Chinese article passes', () => {
    const paragraph = `<p>${'这是一个关于城市供水的新闻报道，记者采访了多位居民和专家。'.repeat(4)}</p>`;
    const document = parseHtml(
      `<html><body><article>${paragraph.repeat(3)}</article></body></html>`,
    );
    expect(detectArticle(document).isArticle).toBe(true);
  });

  it('leaves documents that are not HTML alone (a text file the browser shows in a <pre>)', () => {
    const prose =
      'The council weighed the budget, heard from residents and voted to delay. '.repeat(40);
    const document = parseHtml(`<html><body><pre>${prose}\n\n${prose}</pre></body></html>`);
    Object.defineProperty(document, 'contentType', { value: 'text/plain' });
    expect(detectArticle(document)).toMatchObject({
      isArticle: false,
      reasons: ['content-type:text/plain'],
    });
  });

  it('survives broken JSON-LD and an empty body', () => {
    const document = parseHtml(
      '<html><head><script type="application/ld+json">{"@type": "Article",</script></head><body></body></html>',
    );
    expect(() => detectArticle(document)).not.toThrow();
    expect(detectArticle(document).isArticle).toBe(false);
  });
});
