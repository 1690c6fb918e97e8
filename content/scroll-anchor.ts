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

/**
 * The block the reader is at: the first one that starts inside the viewport (the paragraph they
 * are most likely reading from), or else the one the viewport's top cuts through.
 */
function firstVisibleBlock(root: Element): Element | null {
  let cut: Element | null = null;
  for (const block of root.querySelectorAll('p, h1, h2, h3, li, figure, pre, blockquote')) {
    const rect = block.getBoundingClientRect();
    if (rect.height === 0 || rect.bottom <= 0) continue;
    if (rect.top >= 0) return block;
    cut ??= block;
  }
  return cut;
}
