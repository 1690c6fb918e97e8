/**
 * Glossary marks drawn with the CSS Custom Highlight API: an underline painted by the browser
 * over text ranges, with no element added to the page, so the page's DOM, layout and scripts are
 * untouched. Hover lookup goes from a screen point to a text node and offset, then to the match.
 */
import type { DomTermMatch } from '../lib/glossary';
import { toRange } from './dom-range';

const MARKS = 'gloss-term';
const ACTIVE = 'gloss-term-active';

export interface LiveMatch {
  match: DomTermMatch;
  range: Range;
}

export class TermMarks {
  private readonly live: LiveMatch[];
  private readonly byNode = new Map<Text, LiveMatch[]>();

  constructor(matches: readonly DomTermMatch[], firstOnly: boolean) {
    const seen = new Set<string>();
    this.live = [];
    for (const match of matches) {
      if (firstOnly && seen.has(match.entryId)) continue;
      const range = toRange(match);
      if (!range) continue;
      seen.add(match.entryId);
      const live = { match, range };
      this.live.push(live);
      for (const node of [match.startContainer, match.endContainer]) {
        const list = this.byNode.get(node) ?? [];
        if (!list.includes(live)) list.push(live);
        this.byNode.set(node, list);
      }
    }
  }

  static get supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  }

  show(): void {
    if (TermMarks.supported)
      CSS.highlights.set(MARKS, new Highlight(...this.live.map((l) => l.range)));
  }

  clear(): void {
    if (!TermMarks.supported) return;
    CSS.highlights.delete(MARKS);
    CSS.highlights.delete(ACTIVE);
  }

  setActive(live: LiveMatch | null): void {
    if (!TermMarks.supported) return;
    if (live) CSS.highlights.set(ACTIVE, new Highlight(live.range));
    else CSS.highlights.delete(ACTIVE);
  }

  /** The mark under a screen point, if any. */
  at(x: number, y: number): LiveMatch | null {
    const caret = caretAt(x, y);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
    for (const live of this.byNode.get(caret.node as Text) ?? []) {
      if (live.range.isPointInRange(caret.node, caret.offset) && pointInRects(live.range, x, y))
        return live;
    }
    return null;
  }

  firstOf(entryId: string): LiveMatch | null {
    return this.live.find((l) => l.match.entryId === entryId) ?? null;
  }

  /** Every mark, in page order. */
  get all(): readonly LiveMatch[] {
    return this.live;
  }
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const legacy = (
    document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }
  ).caretRangeFromPoint;
  const range = legacy?.call(document, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The caret snaps to the nearest text, so check the pointer is really over the term. */
function pointInRects(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1)
      return true;
  }
  return false;
}
