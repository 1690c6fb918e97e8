/**
 * The next-term key: opens the card of the next marked term after where the reader is, with
 * focus in it. Where the reader is: the card they last opened while it is still in view, else the
 * top of the window, so after Esc or a scroll the key goes on from the reading position instead
 * of from the top of the page. Terms clean mode hides (no box on screen) are passed over.
 *
 * With the keyboard in the browser's address bar, neither browser lets an extension take it
 * (window.focus(), tabs.update and windows.update all leave it there; Firefox's window.focus()
 * even makes document.hasFocus() say true while keys still go to the address bar). The card
 * still holds the page's focus, so the first key that reaches the page goes to it.
 */
import type { LiveMatch, TermMarks } from './term-marks';
import type { TermHover } from './term-hover';

function box(live: LiveMatch): DOMRect | null {
  const rect = live.range.getBoundingClientRect();
  return rect.width === 0 && rect.height === 0 ? null : rect;
}

const inView = (rect: DOMRect) => rect.bottom > 0 && rect.top < window.innerHeight;

export class NextTermKey {
  private last: LiveMatch | null = null;

  /** Opens the next term's card with focus in it; false when no term is on the page. */
  press(marks: TermMarks, hover: TermHover): boolean {
    const live = this.after(marks.all, hover.openMark);
    if (!live) return false;
    this.last = live;
    hover.openFor(live);
    return true;
  }

  private after(all: readonly LiveMatch[], open: LiveMatch | null): LiveMatch | null {
    const shown = all.filter((live) => box(live) !== null);
    if (shown.length === 0) return null;
    const from = [open, this.last].find((live) => {
      const rect = live && shown.includes(live) ? box(live) : null;
      return rect !== null && inView(rect);
    });
    if (from) return shown[(shown.indexOf(from) + 1) % shown.length]!;
    // Nothing opened in view: the first term below the window's top, else back to the first.
    return shown.find((live) => box(live)!.top >= 0) ?? shown[0]!;
  }
}
