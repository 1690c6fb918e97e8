/**
 * Clean-reading mode, in place: each planned block gets one attribute, which the page stylesheet
 * hides. Nothing is removed or moved, so turning it off (removing the attributes) gives back
 * the page exactly as it was, scroll position, form input and playing media included.
 */
import type { ClutterCategory, HiddenBlock } from '../lib/types';
import { HIDE_ATTRIBUTE } from '../extension/page-css';
import { keepPlace } from './scroll-anchor';

/** A page that strips our attribute this often from one block is fighting; let that block be. */
const MAX_REAPPLY = 20;

export class CleanMode {
  private blocks: HiddenBlock[] = [];
  private readonly revealed = new Set<Element>();
  private readonly reapplied = new Map<Element, number>();
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
    this.revealed.clear();
    if (wasOn) this.markAll();
  }

  /** Blocks found after the first plan (lazy inserts, infinite scroll). */
  add(blocks: readonly HiddenBlock[]): void {
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
    const count = (this.reapplied.get(element) ?? 0) + 1;
    this.reapplied.set(element, count);
    if (count <= MAX_REAPPLY) this.mark(block);
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
  }
}
