/** The core's pausable passes: they pause on big pages and give the same answer as straight runs. */
import { describe, expect, it } from 'vitest';
import { parseHtml } from './support/parse-html';
import { analyze, analyzeInSteps } from '../../lib';
import { planClean, planCleanInSteps } from '../../lib/clutter';
import { detectArticle, detectArticleInSteps } from '../../lib/detect';
import { measureInSteps } from '../../lib/clutter/measure';
import { ELEMENTS_PER_STEP, type Steps } from '../../lib/steps';

/** Runs `steps` to the end, counting its pauses. */
function countPauses<T>(steps: Steps<T>): { value: T; pauses: number } {
  let pauses = 0;
  let step = steps.next();
  while (!step.done) {
    pauses++;
    step = steps.next();
  }
  return { value: step.value, pauses };
}

const paragraph =
  '<p>The council weighed the budget, heard from residents and, after a long debate, voted to delay the decision until spring, when the new figures are due.</p>';
const comments = Array.from(
  { length: 1500 },
  (_, i) => `<div class="comment"><span>reader${i}</span><p>Good point, reader ${i}.</p></div>`,
).join('');
const BIG = `<html><head><title>Council delays budget vote</title></head><body>
<main><article><h1>Council delays budget vote</h1>${paragraph.repeat(12)}</article>
<section class="comments">${comments}</section></main></body></html>`;

describe('pausable passes', () => {
  const elements = parseHtml(BIG).getElementsByTagName('*').length;

  it('detection pauses about once per step of elements and answers as detectArticle does', () => {
    const document = parseHtml(BIG);
    const { value, pauses } = countPauses(detectArticleInSteps(document));
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(elements / ELEMENTS_PER_STEP));
    expect(value).toEqual(detectArticle(document));
    expect(value.isArticle).toBe(true);
  });

  it('the clean plan pauses inside its measuring pass and plans as planClean does', () => {
    const document = parseHtml(BIG);
    const { value, pauses } = countPauses(planCleanInSteps(document));
    expect(pauses).toBeGreaterThanOrEqual(Math.floor((2 * elements) / ELEMENTS_PER_STEP));
    const straight = planClean(document);
    expect(value.articleRoot).toBe(straight.articleRoot);
    expect(value.hidden.map((b) => b.element)).toEqual(straight.hidden.map((b) => b.element));
    expect(value.hidden.some((b) => b.category === 'comments')).toBe(true);
  });

  it('the measuring pass, across its pauses, measures every element once, children first', () => {
    const document = parseHtml(BIG);
    const { value, pauses } = countPauses(measureInSteps(document.body, 50_000));
    expect(pauses).toBeGreaterThan(2);
    const preorder: Element[] = [];
    const walk = (element: Element) => {
      preorder.push(element);
      for (const child of element.children) walk(child);
    };
    walk(document.body);
    expect(value!.elements).toEqual(preorder);
    expect(value!.stats.size).toBe(preorder.length);
    for (const element of preorder) {
      const own = value!.stats.get(element)!;
      const children = [...element.children].map((child) => value!.stats.get(child)!.chars);
      expect(own.chars).toBeGreaterThanOrEqual(children.reduce((a, b) => a + b, 0));
    }
    const last = value!.stats.get(document.body.lastElementChild!.lastElementChild!)!;
    expect(last.chars).toBeGreaterThan(0);
  });

  it('a whole analysis in steps equals analyze()', () => {
    const document = parseHtml(BIG);
    const stepped = countPauses(analyzeInSteps(document)).value;
    const straight = analyze(document);
    expect(stepped.claims).toEqual(straight.claims);
    expect(stepped.plan.hidden.length).toBe(straight.plan.hidden.length);
  });
});
