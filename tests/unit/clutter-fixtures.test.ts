/**
 * Clean mode on the project's own article fixtures: every `mustKeep` sentence stays visible,
 * every `mustHide` one is hidden, and the plan never touches the document.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from './support/parse-html';
import { planClean } from '../../lib/clutter';
import { visibleText } from '../../lib/text/visible-text';

const FIXTURES = join(__dirname, '..', 'fixtures');

interface Expectation {
  mustKeep: string[];
  mustHide: string[];
}

const pages = [
  { name: 'seed-article', base: join(FIXTURES, 'seed-article') },
  ...readdirSync(join(FIXTURES, 'articles'))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => ({
      name: f.replace(/\.html$/, ''),
      base: join(FIXTURES, 'articles', f.replace(/\.html$/, '')),
    })),
];

const fold = (text: string) => text.replace(/\s+/g, ' ');

describe.each(pages)('clean plan on $name', ({ base }) => {
  const html = readFileSync(`${base}.html`, 'utf8');
  const expectation = JSON.parse(readFileSync(`${base}.expect.json`, 'utf8')) as Expectation;

  it('keeps every mustKeep sentence visible', () => {
    const document = parseHtml(html);
    const plan = planClean(document);
    const shown = fold(visibleText(document.body, new Set(plan.hidden.map((b) => b.element))));
    for (const sentence of expectation.mustKeep) expect(shown).toContain(fold(sentence));
  });

  it('hides every mustHide string', () => {
    const document = parseHtml(html);
    const plan = planClean(document);
    const shown = fold(visibleText(document.body, new Set(plan.hidden.map((b) => b.element))));
    for (const text of expectation.mustHide) expect(shown).not.toContain(fold(text));
  });

  it('keeps the article root, its title and nothing hidden around them', () => {
    const document = parseHtml(html);
    const plan = planClean(document);
    expect(plan.articleRoot).not.toBeNull();
    for (const { element } of plan.hidden) {
      expect(element.contains(plan.articleRoot!)).toBe(false);
      for (const h1 of plan.articleRoot!.querySelectorAll('h1'))
        expect(element.contains(h1)).toBe(false);
    }
  });

  it('lists outermost blocks only', () => {
    const plan = planClean(parseHtml(html));
    const elements = plan.hidden.map((b) => b.element);
    for (const a of elements)
      for (const b of elements) if (a !== b) expect(a.contains(b)).toBe(false);
  });

  it('does not mutate the document', () => {
    const document = parseHtml(html);
    const before = document.documentElement.outerHTML;
    planClean(document, { siteRules: { hide: ['p'], show: ['h1'] } });
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
