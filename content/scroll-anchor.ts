/**
 * Keeps the reader's place while blocks above them appear or disappear: remember where the
 * first visible piece of the article sits in the viewport, change the page, then scroll so it
 * sits there again.
 */
export function keepPlace(root: Element | null, change: () => void): void {
  const anchor = root ? firstVisibleBlock(root) : null;
  const before = anchor?.getBoundingClientRect().top;
  change();
  if (!anchor || before === undefined || !anchor.isConnected) return;
  const after = anchor.getBoundingClientRect().top;
  if (Math.abs(after - before) >= 1) window.scrollBy({ top: after - before, behavior: 'instant' });
}

function firstVisibleBlock(root: Element): Element | null {
  const blocks = root.querySelectorAll('p, h1, h2, h3, li, figure, pre, blockquote');
  for (const block of blocks) {
    const rect = block.getBoundingClientRect();
    if (rect.height > 0 && rect.bottom > 0) return block;
  }
  return null;
}
