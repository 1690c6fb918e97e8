/**
 * Opens the definition card when the pointer rests on a marked term (after a short delay), keeps
 * it open while the pointer is on the term or the card, and closes it on Esc or after the
 * pointer has left both (WCAG 1.4.13: dismissible, hoverable, persistent).
 */
import type { GlossaryEntry } from '../lib/glossary/entry';
import { CardHost } from './term-card/card-host';
import type { LiveMatch, TermMarks } from './term-marks';

const CLOSE_GRACE_MS = 300;

export interface TermHoverOptions {
  delayMs: () => number;
  entry(id: string): GlossaryEntry | undefined;
  onEdit(entry: GlossaryEntry): void;
  onMute(entry: GlossaryEntry): void;
}

export class TermHover {
  private readonly card = new CardHost();
  private current: LiveMatch | null = null;
  /** What had focus before a card took it, to hand focus back when the card closes. */
  private returnFocus: Element | null = null;
  private openTimer = 0;
  private closeTimer = 0;
  private frame = 0;
  private lastPoint = { x: 0, y: 0 };
  private readonly abort = new AbortController();

  constructor(
    private marks: TermMarks,
    private readonly options: TermHoverOptions,
  ) {
    const signal = this.abort.signal;
    document.addEventListener('pointermove', (e) => this.onPointerMove(e), {
      passive: true,
      signal,
    });
    document.addEventListener('keydown', (e) => this.onKeyDown(e), { capture: true, signal });
    window.addEventListener('scroll', () => this.current && !this.hasFocus() && this.close(), {
      passive: true,
      signal,
    });
  }

  setMarks(marks: TermMarks): void {
    this.close();
    this.marks = marks;
  }

  /** Opens the card for a mark and moves focus into it (keyboard and popup paths). */
  openFor(live: LiveMatch): void {
    live.range.startContainer.parentElement?.scrollIntoView({
      block: 'center',
      behavior: 'instant',
    });
    this.show(live, true);
  }

  get openMark(): LiveMatch | null {
    return this.current;
  }

  destroy(): void {
    this.close();
    this.abort.abort();
  }

  private onPointerMove(event: PointerEvent): void {
    this.lastPoint = { x: event.clientX, y: event.clientY };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.track();
    });
  }

  private track(): void {
    const { x, y } = this.lastPoint;
    const overCard = this.card.contains(document.elementFromPoint(x, y));
    const hit = overCard ? this.current : this.marks.at(x, y);
    if (hit && hit === this.current) {
      clearTimeout(this.closeTimer);
      this.closeTimer = 0;
      return;
    }
    clearTimeout(this.openTimer);
    if (hit) {
      this.openTimer = window.setTimeout(() => this.show(hit, false), this.options.delayMs());
    } else if (this.current && !this.closeTimer) {
      this.closeTimer = window.setTimeout(() => this.close(), CLOSE_GRACE_MS);
    }
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.current) this.close();
  }

  private hasFocus(): boolean {
    return this.card.contains(document.activeElement);
  }

  private show(live: LiveMatch, focus: boolean): void {
    const entry = this.options.entry(live.match.entryId);
    if (!entry) return;
    if (focus && !this.hasFocus()) this.returnFocus = document.activeElement;
    clearTimeout(this.closeTimer);
    this.closeTimer = 0;
    this.current = live;
    this.marks.setActive(live);
    this.card.open(
      {
        entry,
        onEdit: () => this.options.onEdit(entry),
        onMute: () => {
          this.close();
          this.options.onMute(entry);
        },
        onClose: () => this.close(),
      },
      live.range.getBoundingClientRect(),
      focus,
    );
  }

  private close(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.closeTimer = 0;
    const hadFocus = this.hasFocus();
    const back = this.returnFocus;
    this.returnFocus = null;
    this.current = null;
    this.marks.setActive(null);
    this.card.close();
    // Hand the keyboard back to what had it, so Tab goes on from there, not from the top.
    if (hadFocus && back instanceof HTMLElement && back !== document.body && back.isConnected) {
      back.focus({ preventScroll: true });
    }
  }
}
