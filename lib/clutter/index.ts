/**
 * The clean-reading plan: which element holds the article, and which blocks clean mode hides.
 * Pure and read-only: it measures the live document once, decides, and returns element
 * references; the content script applies the plan with attributes and one stylesheet.
 */
import type { CleanPlan, ClutterCategory, HiddenBlock } from '../types';
import { byLabel, classify } from './classify';
import { measure, measureInSteps } from './measure';
import { DEFAULT_MAX_ELEMENTS, type CleanOptions, enabledCategories } from './options';
import { commonAncestor, findArticleBody, findByline, findTitle } from './root';
import { safeMatches, safeQueryAll } from '../dom/safe-selectors';
import { APP_STORE_LINK } from './rules';
import { elementsOf, visitInSteps } from '../dom/traverse';
import { drain, type Steps } from '../steps';
import { repeatedBlocks } from './repeats';
import { walkInside, walkOutside, type WalkContext } from './walk';

export type { CleanOptions, SiteRules } from './options';

/** What `planAdditions` needs to judge late content the way `planClean` judged the page. */
interface PlanMemory {
  keep: Element[];
  articleProse: number;
}

const memory = new WeakMap<CleanPlan, PlanMemory>();

/** Page landmarks a conservative plan may hide without measuring anything. */
const LANDMARK_TAGS = new Set(['HEADER', 'FOOTER', 'NAV']);
const LANDMARK_ROLES = new Set(['banner', 'contentinfo', 'navigation', 'dialog']);
const MAIN_TAGS = new Set(['ARTICLE', 'MAIN']);

/** Ancestors (up to four levels) of links to app stores: the blocks that promote an app. */
function appStoreBlocks(elements: readonly Element[]): Set<Element> {
  const blocks = new Set<Element>();
  for (const link of elements) {
    if (link.tagName !== 'A' || !APP_STORE_LINK.test(link.getAttribute('href') ?? '')) continue;
    let node: Element | null = link;
    for (let level = 0; node && level < 4; level++, node = node.parentElement) blocks.add(node);
  }
  return blocks;
}

function layoutProbe(document: Document, options: CleanOptions) {
  const view = document.defaultView;
  if (!options.useLayout || !view) return undefined;
  return (element: Element) => view.getComputedStyle(element).position;
}

function isInside(element: Element, set: ReadonlySet<Element>): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (set.has(node)) return true;
  }
  return false;
}

/** Drops blocks inside other blocks, keeping document order: the plan lists outermost only. */
function outermost(blocks: readonly HiddenBlock[]): HiddenBlock[] {
  const all = new Set(blocks.map((b) => b.element));
  const seen = new Set<Element>();
  return blocks.filter(({ element }) => {
    if (seen.has(element) || (element.parentElement && isInside(element.parentElement, all))) {
      return false;
    }
    seen.add(element);
    return true;
  });
}

/**
 * The reader's rules win over the planner's: `hide` selectors add blocks (never one holding the
 * article or its title), `show` selectors keep blocks visible, splitting a hidden block that
 * holds a shown element into its other parts.
 */
function applySiteRules(
  document: Document,
  scope: readonly Element[],
  blocks: HiddenBlock[],
  keep: readonly Element[],
  options: CleanOptions,
): HiddenBlock[] {
  const rules = options.siteRules;
  if (!rules) return blocks;
  const holdsKept = (el: Element) => keep.some((kept) => el.contains(kept));
  for (const selector of rules.hide) {
    for (const root of scope) {
      const matches = [
        ...(safeMatches(root, selector) ? [root] : []),
        ...safeQueryAll(root, selector),
      ];
      for (const element of matches) {
        if (!holdsKept(element)) {
          blocks.push({ element, category: 'navigation', reason: `site-rule:${selector}` });
        }
      }
    }
  }
  const shown = new Set(rules.show.flatMap((selector) => safeQueryAll(document, selector)));
  if (shown.size === 0) return blocks;
  const result: HiddenBlock[] = [];
  const pending = [...blocks];
  while (pending.length > 0) {
    const block = pending.pop()!;
    if (isInside(block.element, shown)) continue;
    if ([...shown].some((el) => block.element.contains(el))) {
      for (const child of block.element.children) pending.push({ ...block, element: child });
    } else result.push(block);
  }
  return result;
}

/**
 * Document order from a pre-order element list (comparing positions pairwise is linear per
 * call in some DOMs, which made 20,000-block pages quadratic). Unlisted elements go last.
 */
function sortByDocument(blocks: HiddenBlock[], order: readonly Element[]): HiddenBlock[] {
  const index = new Map(order.map((element, i) => [element, i]));
  const at = (block: HiddenBlock) => index.get(block.element) ?? Infinity;
  return blocks.sort((a, b) => at(a) - at(b));
}

/** Roles and tags that are page furniture beside the article, even without measuring. */
const SIDE_TAGS = new Set(['HEADER', 'FOOTER', 'NAV', 'ASIDE']);
const SIDE_ROLES = new Set([
  'banner',
  'contentinfo',
  'navigation',
  'complementary',
  'search',
  'dialog',
  'menu',
  'menubar',
]);
/** What a block beside the conservative root may be hidden as, by its class or id alone. */
const SIDE_LABELS = new Set<ClutterCategory>([
  'ads',
  'newsletter',
  'related',
  'comments',
  'social',
  'navigation',
]);

/**
 * The conservative plan's root: the <article> holding the most paragraphs (teaser cards are
 * <article>s too), else the first <main> or [role=main].
 */
function conservativeRoot(elements: readonly Element[]): Element | null {
  // Paragraphs under each element, summed bottom-up in one pass (reverse document order).
  const paragraphs = new Map<Element, number>();
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i]!;
    const own = (paragraphs.get(element) ?? 0) + (element.tagName === 'P' ? 1 : 0);
    if (own === 0) continue;
    paragraphs.set(element, own);
    const parent = element.parentElement;
    if (parent) paragraphs.set(parent, (paragraphs.get(parent) ?? 0) + own);
  }
  let main: Element | null = null;
  let best: Element | null = null;
  let bestParagraphs = -1;
  for (const element of elements) {
    if (element.tagName === 'ARTICLE') {
      const count = paragraphs.get(element) ?? 0;
      if (count > bestParagraphs) {
        best = element;
        bestParagraphs = count;
      }
    } else if (
      !main &&
      (MAIN_TAGS.has(element.tagName) || element.getAttribute('role') === 'main')
    ) {
      main = element;
    }
  }
  return best ?? main;
}

/** A block beside the root that names itself furniture: by tag, role or class/id words. */
function sideVerdict(element: Element): { category: ClutterCategory; reason: string } | null {
  const role = element.getAttribute('role') ?? '';
  if (SIDE_ROLES.has(role)) {
    return { category: role === 'dialog' ? 'overlay' : 'navigation', reason: `role:${role}` };
  }
  if (SIDE_TAGS.has(element.tagName)) {
    return { category: 'navigation', reason: `tag:${element.tagName.toLowerCase()}` };
  }
  const verdict = byLabel(element);
  return verdict && SIDE_LABELS.has(verdict.category) ? verdict : null;
}

/**
 * Beside the root (its siblings and its ancestors' siblings): hides every block that names
 * itself furniture, and looks inside the others for asides, menus and comment sections.
 */
function sideBlocks(root: Element, body: Element, keep: readonly Element[]): HiddenBlock[] {
  const blocks: HiddenBlock[] = [];
  // An article header kept outside the <article> holds the title: look inside it instead.
  const holdsKept = (el: Element) =>
    keep.some((k) => el.contains(k)) || el.getElementsByTagName('h1').length > 0;
  for (let node = root; node !== body && node.parentElement; node = node.parentElement) {
    for (const sibling of node.parentElement.children) {
      if (sibling === node) continue;
      const stack = [sibling];
      while (stack.length > 0) {
        const element = stack.pop()!;
        const verdict = holdsKept(element) ? null : sideVerdict(element);
        if (verdict) blocks.push({ element, ...verdict });
        else for (const child of element.children) stack.push(child);
      }
    }
    if (node.parentElement === body) break;
  }
  return blocks;
}

/**
 * Over the element cap: no measuring. The root is the main <article> (else <main>); the
 * page's header/footer/nav landmarks, and the asides, menus, comment and related sections
 * beside the root, are hidden; then the reader's own rules apply.
 */
function* conservativePlan(body: Element, options: CleanOptions): Steps<CleanPlan> {
  const elements: Element[] = [];
  const landmarks: Element[] = [];
  yield* visitInSteps(body, (element) => {
    elements.push(element);
    const role = element.getAttribute('role') ?? '';
    if (
      (element.parentElement === body && LANDMARK_TAGS.has(element.tagName)) ||
      LANDMARK_ROLES.has(role)
    ) {
      landmarks.push(element);
    }
  });
  const articleRoot = conservativeRoot(elements);
  const keep = articleRoot ? [articleRoot] : [];
  yield;
  const enabled = enabledCategories(options);
  const blocks: HiddenBlock[] = [];
  if (enabled.has('navigation')) {
    for (const element of landmarks) {
      if (!keep.some((k) => element.contains(k) || k.contains(element))) {
        blocks.push({ element, category: 'navigation', reason: 'landmark' });
      }
    }
  }
  if (articleRoot) {
    for (const block of sideBlocks(articleRoot, body, keep)) {
      if (enabled.has(block.category)) blocks.push(block);
    }
  }
  yield;
  const hidden = outermost(
    sortByDocument(applySiteRules(body.ownerDocument, [body], blocks, keep, options), elements),
  );
  return { articleRoot, hidden };
}

export function planClean(document: Document, options: CleanOptions = {}): CleanPlan {
  return drain(planCleanInSteps(document, options));
}

/**
 * `planClean`, pausing inside the measuring pass and between the passes after it, so a page
 * of tens of thousands of elements is planned in slices rather than one long task.
 */
export function* planCleanInSteps(
  document: Document,
  options: CleanOptions = {},
): Steps<CleanPlan> {
  const body = document.body;
  if (!body) return { articleRoot: null, hidden: [] };
  const measurement = yield* measureInSteps(body, options.maxElements ?? DEFAULT_MAX_ELEMENTS);
  if (!measurement) return yield* conservativePlan(body, options);

  const articleBody = findArticleBody(measurement, body);
  const title = findTitle(document, measurement, articleBody);
  let articleRoot = articleBody ?? title?.parentElement ?? null;
  if (articleBody && title) {
    const both = commonAncestor(articleBody, title);
    if (both && both !== body && both !== document.documentElement) articleRoot = both;
  }
  const byline = articleRoot ? findByline(articleRoot) : null;
  const keep = [title, byline].filter((el): el is Element => el !== null);
  const context: WalkContext = {
    measurement,
    enabled: enabledCategories(options),
    keep,
    hidden: [],
    appStoreBlocks: appStoreBlocks(measurement.elements),
    articleProse: articleBody ? (measurement.stats.get(articleBody)?.proseChars ?? 0) : 0,
    computedPosition: layoutProbe(document, options),
  };
  yield;
  if (articleBody) walkOutside(articleBody, body, context);
  else walkInside(body, context);
  yield;
  if (articleRoot && context.enabled.has('repeats')) {
    const holdsKept = (el: Element) => keep.some((k) => el.contains(k) || k.contains(el));
    context.hidden.push(...repeatedBlocks(articleRoot, measurement, holdsKept));
  }

  const hidden = outermost(
    sortByDocument(
      applySiteRules(document, [body], context.hidden, keep, options),
      measurement.elements,
    ),
  );
  const plan: CleanPlan = { articleRoot, hidden };
  memory.set(plan, { keep, articleProse: context.articleProse });
  return plan;
}

/**
 * Classifies subtrees inserted after `plan` was made (lazy comments, ad slots, sticky
 * banners) with the same rules: inside the article only high-precision clutter, outside it
 * anything that names itself or sits beside the article. Returns only the new blocks.
 */
export function planAdditions(
  document: Document,
  plan: CleanPlan,
  added: readonly Element[],
  options: CleanOptions = {},
): HiddenBlock[] {
  const root = plan.articleRoot;
  if (!root) return [];
  const remembered = memory.get(plan);
  const keep = remembered?.keep ?? [root];
  const alreadyHidden = new Set(plan.hidden.map((b) => b.element));
  const fresh = added.filter(
    (el) =>
      el.isConnected &&
      !isInside(el, alreadyHidden) &&
      !el.contains(root) &&
      !keep.some((k) => el.contains(k)),
  );
  const blocks: HiddenBlock[] = [];
  const enabled = enabledCategories(options);
  for (const element of fresh) {
    const measurement = measure(element, options.maxElements ?? DEFAULT_MAX_ELEMENTS);
    const stats = measurement?.stats.get(element);
    if (!measurement || !stats) continue;
    const context: WalkContext = {
      measurement,
      enabled,
      keep,
      hidden: blocks,
      appStoreBlocks: appStoreBlocks(measurement.elements),
      articleProse: remembered?.articleProse ?? stats.proseChars,
      computedPosition: layoutProbe(document, options),
    };
    const inside = root.contains(element);
    const verdict = classify(element, stats, context, inside);
    if (verdict && enabled.has(verdict.category)) {
      blocks.push({ element, ...verdict });
    } else if (inside) {
      walkInside(element, context);
    } else if (stats.chars > 0 && enabled.has('navigation')) {
      blocks.push({ element, category: 'navigation', reason: 'outside-article' });
    }
  }
  const order = fresh.flatMap((element) => [...elementsOf(element)]);
  return outermost(sortByDocument(applySiteRules(document, fresh, blocks, keep, options), order));
}
