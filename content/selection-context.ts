/** The selected text and the sentence around it, to pre-fill "Add to glossary". */
const MAX_SENTENCE = 400;

export function selectionContext(): { term: string; sentence: string } {
  const selection = window.getSelection();
  const term = selection?.toString().trim().replace(/\s+/g, ' ') ?? '';
  const block = selection?.anchorNode?.parentElement?.closest(
    'p, li, blockquote, dd, td, h1, h2, h3, div',
  );
  const text = block?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const at = term ? text.indexOf(term) : -1;
  if (at < 0) return { term, sentence: '' };
  const start = Math.max(text.lastIndexOf('. ', at) + 2, 0);
  const endDot = text.indexOf('. ', at + term.length);
  const end = endDot < 0 ? text.length : endDot + 1;
  return { term, sentence: text.slice(start, end).slice(0, MAX_SENTENCE) };
}
