/**
 * Clean-reading mode, in place: each planned block gets one attribute, which the page stylesheet
 * hides. Nothing is removed or moved, so turning it off (removing the attributes) gives back
 * the page exactly as it was, scroll position, form input and playing media included.
 */
import type { ClutterCategory, HiddenBlock } from '../lib/types';
import { HIDE_ATTRIBUTE } from '../extension/page-css';
import { keepPlace } from './scroll-anchor';

/**
 * A page may strip our attribute again and again (a framework re-rendering, or on purpose): put it
 * back each time, but at most this often per block per window. A page that strips it from a
 * MutationObserver would otherwise ping-pong with ours for ever inside one task; past the budget
 * one retry waits for the next window, so a block still ends hidden unless the page strips it the
 * instant it is set (then the page wins, at the cost of a few dozen attribute writes a second).
 * 60 a second keeps pace with a page that strips on every animation frame.
 */
const REAPPLY_BUDGET = 60;
const REAPPLY_WINDOW_MS = 1_000;

interface Reapplied {
  since: number;
  count: number;
  retrying: boolean;
}

export class CleanMode {
  private blocks: HiddenBlock[] = [];
  /** The first plan's elements: kept even while detached, since they are never planned again. */
  private initial = new WeakSet<Element>();
  private revealed = new WeakSet<Element>();
  private readonly reapplied = new WeakMap<Element, Reapplied>();
  private active = false;

  constructor(
    private readonly articleRoot: Element | null,
    private isCategoryOn: (category: ClutterCategory) => boolean,
    /** Gives the article the room its hidden neighbours leave (see reading-layout.ts). */
    private readonly layout: { apply(): void; clear(): void },
  ) {}

  get isOn(): boolean {
    return this.active;
  }

  /** The plan, in a stable order: popup indexes refer to it. */
  get planned(): readonly HiddenBlock[] {
    return this.blocks;
  }

  isRevealed(block: HiddenBlock): boolean {
    return this.revealed.has(block.element);
  }

  replacePlan(blocks: readonly HiddenBlock[]): void {
    const wasOn = this.active;
    if (wasOn) this.unmarkAll();
    this.blocks = [...blocks];
    this.initial = new WeakSet(blocks.map((block) => block.element));
    this.revealed = new WeakSet();
    if (wasOn) this.markAll();
  }

  /** Blocks found after the first plan (lazy inserts, infinite scroll). */
  add(blocks: readonly HiddenBlock[]): void {
    // Forget added blocks the page has since thrown away: a page that re-inserts its clutter
    // (ad rotators, carousels) would otherwise grow the plan, and the popup's list, without end.
    // One that comes back is planned again as new.
    this.blocks = this.blocks.filter(
      (block) => block.element.isConnected || this.initial.has(block.element),
    );
    const known = new Set(this.blocks.map((block) => block.element));
    const fresh = blocks.filter((block) => !known.has(block.element));
    this.blocks.push(...fresh);
    if (this.active) for (const block of fresh) this.mark(block);
  }

  setOn(on: boolean): void {
    if (on === this.active) return;
    keepPlace(this.articleRoot, () => {
      if (on) {
        this.markAll();
        this.layout.apply();
      } else {
        this.unmarkAll();
        this.layout.clear();
      }
    });
    this.active = on;
  }

  /** Re-applies the layout after the reader changed their comfort settings. */
  refreshLayout(): void {
    if (this.active) keepPlace(this.articleRoot, () => this.layout.apply());
  }

  setCategoryFilter(isCategoryOn: (category: ClutterCategory) => boolean): void {
    this.isCategoryOn = isCategoryOn;
    if (!this.active) return;
    keepPlace(this.articleRoot, () => {
      this.unmarkAll();
      this.markAll();
    });
  }

  reveal(index: number): boolean {
    const block = this.blocks[index];
    if (!block) return false;
    this.revealed.add(block.element);
    block.element.removeAttribute(HIDE_ATTRIBUTE);
    return true;
  }

  /** Called when the page removed our attribute from an element: put it back, within reason. */
  reassert(element: Element): void {
    if (!this.active || element.hasAttribute(HIDE_ATTRIBUTE)) return;
    const block = this.blocks.find((b) => b.element === element);
    if (!block || !this.shouldHide(block)) return;
    const now = performance.now();
    let budget = this.reapplied.get(element);
    if (!budget) {
      budget = { since: now, count: 0, retrying: false };
      this.reapplied.set(element, budget);
    } else if (now - budget.since >= REAPPLY_WINDOW_MS) {
      budget.since = now;
      budget.count = 0;
    }
    budget.count += 1;
    if (budget.count <= REAPPLY_BUDGET) {
      this.mark(block);
    } else if (!budget.retrying) {
      const spent = budget;
      spent.retrying = true;
      setTimeout(
        () => {
          spent.retrying = false;
          this.reassert(element);
        },
        spent.since + REAPPLY_WINDOW_MS - now,
      );
    }
  }

  private shouldHide(block: HiddenBlock): boolean {
    return this.isCategoryOn(block.category) && !this.revealed.has(block.element);
  }

  private mark(block: HiddenBlock): void {
    if (this.shouldHide(block)) block.element.setAttribute(HIDE_ATTRIBUTE, block.category);
  }

  private markAll(): void {
    for (const block of this.blocks) this.mark(block);
  }

  private unmarkAll(): void {
    for (const block of this.blocks) block.element.removeAttribute(HIDE_ATTRIBUTE);
    // A page that copies a hidden block (cloneNode, carousels' loop slides) copies our attribute
    // too; the copy may never have been planned, so sweep the document for strays as well.
    for (const stray of document.querySelectorAll(`[${HIDE_ATTRIBUTE}]`)) {
      stray.removeAttribute(HIDE_ATTRIBUTE);
    }
  }
}
