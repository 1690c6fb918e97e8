/**
 * Glossary matches in a DOM subtree, as ranges over its text nodes. Text is scanned per block:
 * inline tags (<em>, <a>, <span>) do not break a term, so "<em>mixture</em>-of-experts" matches,
 * while a block boundary, a <br> or a skipped element always does. Nothing is matched where the
 * reader types, in code, in headings, in navigation, in our own UI, or in what the page never
 * shows. Each stretch of text is matched only against the terms of its language: the nearest
 * `lang` attribute, else the caller's, else a guess from the text.
 */
import { isBlockElement, isNeverRendered } from '../dom/rendering';
import type { GlossaryIndex } from './compile';
import { guessLanguage, primaryLanguage } from './language';
import { MatchBudget, scanText, trieFor, type MatchLimits } from './match-text';

/** A match inside the DOM: a range over text nodes (it may span inline tags). */
export interface DomTermMatch {
  entryId: string;
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

export interface DomMatchOptions extends MatchLimits {
  /** Subtrees to skip, e.g. the clutter clean-reading mode hides. */
  exclude?: ReadonlySet<Element>;
  /** The language of text no `lang` attribute covers; guessed from the text when absent. */
  lang?: string;
}

/** Editable, code-like, non-text or our own: never marked (local names, lower case). */
const OFF_LIMITS = new Set([
  'input',
  'textarea',
  'select',
  'code',
  'pre',
  'kbd',
  'samp',
  'script',
  'style',
  'noscript',
  'svg',
  'math',
  // A heading names what follows: a mark there is noise, and the card would cover the title.
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'nav',
]);
const OFF_LIMITS_ROLES = new Set(['heading', 'navigation', 'menu', 'menubar', 'tablist']);
/** Ruby annotations (pronunciation over CJK text) are left out without splitting the base text. */
const ANNOTATIONS = new Set(['rt', 'rp']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** What may not be marked, for one scan: the caller's exclusions and what the page shows. */
class OffLimits {
  /** For each parent of a link: its first two children with text (a link alone is navigation). */
  private readonly texted = new Map<Node, Node[]>();

  constructor(private readonly exclude: ReadonlySet<Element> | undefined) {}

  has(element: Element): boolean {
    const name = element.localName.toLowerCase();
    const editable = element.getAttribute('contenteditable');
    const role = element.getAttribute('role');
    return (
      OFF_LIMITS.has(name) ||
      (role !== null && OFF_LIMITS_ROLES.has(role.trim().toLowerCase())) ||
      (name === 'a' && this.isStandaloneLink(element)) ||
      (editable !== null && editable.toLowerCase() !== 'false') ||
      element.hasAttribute('data-gloss-ui') ||
      this.exclude?.has(element) === true ||
      isNeverRendered(element)
    );
  }

  /**
   * A link with no text beside it ("<li><a>…</a></li>", a teaser's title) is navigation, not
   * prose: a term in it would open a card over a link the reader meant to follow. Siblings are
   * read once per parent, so a parent of many links costs no more than its children.
   */
  private isStandaloneLink(link: Element): boolean {
    const parent = link.parentNode;
    if (!parent) return true;
    let texted = this.texted.get(parent);
    if (!texted) {
      texted = [];
      for (let child = parent.firstChild; child && texted.length < 2; child = child.nextSibling) {
        if (child.textContent?.trim()) texted.push(child);
      }
      this.texted.set(parent, texted);
    }
    return texted.every((child) => child === link);
  }
}

/** The characters of text read to guess the language of a page that declares none. */
const GUESS_SAMPLE = 3000;

/**
 * The language of each element's text: its nearest `lang` (an empty one means unknown), else
 * the fallback. Memoized per element, and elements are met parent first, so each is read once.
 */
class Languages {
  private readonly declared = new Map<Element, string>();
  private guessed: string | undefined;

  constructor(
    private readonly root: Element,
    private readonly fallback: string | undefined,
  ) {}

  of(element: Element): string {
    return this.declaredOf(element) || this.fallbackLanguage();
  }

  /** Iterative, not recursive: pages nest deep. */
  private declaredOf(element: Element): string {
    const unknown: Element[] = [];
    let language = '';
    for (let el: Element | null = element; el; el = el.parentElement) {
      const known = this.declared.get(el);
      if (known !== undefined) {
        language = known;
        break;
      }
      unknown.push(el);
      const own = el.getAttribute('lang');
      if (own !== null) {
        language = primaryLanguage(own);
        break;
      }
    }
    for (const el of unknown) this.declared.set(el, language);
    return language;
  }

  private fallbackLanguage(): string {
    this.guessed ??= primaryLanguage(this.fallback ?? '') || guessLanguage(sampleOf(this.root));
    return this.guessed;
  }
}

/** The first few thousand characters of text under `root`. */
function sampleOf(root: Element): string {
  let sample = '';
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && sample.length < GUESS_SAMPLE; node = walker.nextNode())
    sample += `${(node as Text).data} `;
  return sample.slice(0, GUESS_SAMPLE);
}

export function matchInElement(
  index: GlossaryIndex,
  root: Element,
  options: DomMatchOptions = {},
): DomTermMatch[] {
  const offLimits = new OffLimits(options.exclude);
  const matches: DomTermMatch[] = [];
  const budget = new MatchBudget(options);
  // A root inside an editor, a code block or our UI (an incremental rescan) is off limits too.
  for (let el: Element | null = root; el; el = el.parentElement) {
    if (offLimits.has(el)) return matches;
  }
  const block = new BlockText(index, budget, matches);
  const languages = new Languages(root, options.lang);
  // A walk by sibling and parent links, with no recursion and no stack: pages nest deep.
  let node: Node | null = root.firstChild;
  while (node && !budget.full) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      block.add(node as Text, languages.of(node.parentElement ?? root));
    } else if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      // A ruby annotation is left out without splitting the base text around it.
      if (!ANNOTATIONS.has(element.localName.toLowerCase())) {
        const skipped = offLimits.has(element);
        if (skipped || isBlockElement(element)) block.flush();
        descend = !skipped;
      }
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (!node) break;
      if (node !== root && isBlockElement(node as Element)) block.flush();
    }
    node = node === root || !node ? null : node.nextSibling;
  }
  block.flush();
  return matches;
}

/** The text nodes of one block, scanned as one string and mapped back to nodes. */
class BlockText {
  private nodes: Text[] = [];
  private texts: string[] = [];
  private lang = '';

  constructor(
    private readonly index: GlossaryIndex,
    private readonly budget: MatchBudget,
    private readonly out: DomTermMatch[],
  ) {}

  /** Adds a text node in language `lang`; a change of language ends the block's text. */
  add(node: Text, lang: string): void {
    const text = node.data;
    if (text.length === 0) return;
    if (lang !== this.lang) {
      this.flush();
      this.lang = lang;
    }
    this.nodes.push(node);
    this.texts.push(text);
  }

  flush(): void {
    const { nodes, texts } = this;
    if (nodes.length === 0) return;
    this.nodes = [];
    this.texts = [];
    const trie = trieFor(this.index, this.lang);
    if (this.budget.full || !trie) return;
    const joined = texts.join('');
    // Matches arrive in order, so one forward pointer maps both ends: linear in the block.
    let at = 0;
    let atStart = 0;
    scanText(trie, joined, 0, joined.length, (start, end, entryId) => {
      if (!this.budget.admit(entryId)) return !this.budget.full;
      while (start >= atStart + texts[at]!.length) atStart += texts[at++]!.length;
      const startContainer = nodes[at]!;
      const startOffset = start - atStart;
      while (end > atStart + texts[at]!.length) atStart += texts[at++]!.length;
      this.out.push({
        entryId,
        startContainer,
        startOffset,
        endContainer: nodes[at]!,
        endOffset: end - atStart,
      });
      return !this.budget.full;
    });
  }
}
