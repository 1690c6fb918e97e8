/** Turns the core's text-node spans into live DOM Ranges, skipping any the page has since changed. */
export interface TextSpan {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

export function toRange(span: TextSpan): Range | null {
  if (!span.startContainer.isConnected || !span.endContainer.isConnected) return null;
  if (span.startOffset > span.startContainer.length || span.endOffset > span.endContainer.length)
    return null;
  const range = document.createRange();
  range.setStart(span.startContainer, span.startOffset);
  range.setEnd(span.endContainer, span.endOffset);
  return range;
}

/** Scrolls a range into the middle of the viewport, the way find-in-page does. */
export function scrollToRange(range: Range): void {
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: 'instant' });
}

/** Shows a range with a named CSS highlight for a moment (no DOM change). */
export function flashRange(range: Range, name: string, ms = 2500): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.set(name, new Highlight(range));
  setTimeout(() => CSS.highlights.delete(name), ms);
}
