/**
 * A yardstick for the extraction benchmark: how far Gloss's plan could go if it found every
 * last piece of clutter but kept what clean mode keeps on purpose. It takes the plan, then
 * hides every text block the ground truth does not contain, except picture captions and the
 * lines before the story's first paragraph (headline, standfirst, byline, date, lead picture).
 * It reads the truth, so it is not a system: it splits the distance to a target into clutter a
 * planner could still find and the parts a reader keeps.
 */
import { isNeverRendered } from '../lib/dom/rendering';
import { visibleText } from '../lib/text/visible-text';
import { wordString } from './shingle-metric';

/** Picture captions and credits, by element and by the class names sites give them. */
export const CAPTIONS = 'figcaption, [class*="caption"], [class*="credit"]';
/** A block of this many words found in the truth is the story's own (its start, or kept). */
const STORY_LINE_WORDS = 6;

/** Padded, so a line matches only whole words of the truth. */
const wordsOf = (text: string) => ` ${wordString(text)} `;

function ownText(element: Element): string {
  let text = '';
  for (const node of element.childNodes) if (node.nodeType === 3) text += `${node.nodeValue} `;
  return text;
}

function isUnder(element: Element, hidden: ReadonlySet<Element>): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (hidden.has(node)) return true;
  }
  return false;
}

/** Whether any line of the truth's own (a long enough text node) sits under `element`. */
function holdsStoryLine(element: Element, truth: string): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const words = wordsOf(node.nodeValue ?? '');
    if (words.split(' ').length - 2 >= 4 && truth.includes(words)) return true;
  }
  return false;
}

/** The text `body` shows with `hidden` hidden and every findable clutter block hidden too. */
export function ceilingText(
  body: Element,
  hidden: ReadonlySet<Element>,
  truthText: string,
): string {
  const truth = wordsOf(truthText);
  const clutter = new Set(hidden);
  let storyStarted = false;
  for (const element of body.querySelectorAll('*')) {
    if (isNeverRendered(element) || isUnder(element, hidden)) continue;
    const own = wordsOf(ownText(element));
    if (own === '  ') continue;
    if (truth.includes(own)) {
      storyStarted ||= own.split(' ').length - 2 >= STORY_LINE_WORDS;
      continue;
    }
    if (!storyStarted || element.closest(`figure, ${CAPTIONS}`) || holdsStoryLine(element, truth))
      continue;
    clutter.add(element);
  }
  return visibleText(body, clutter);
}
