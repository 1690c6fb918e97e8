/**
 * Character counts that treat scripts fairly. Readability's thresholds (140 characters a
 * paragraph) were tuned on Latin text, where a word is about six characters; a CJK character
 * carries roughly a word, so it counts three times here (readability#381).
 */

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;

/** Length of `text` with runs of white space folded, CJK characters weighted ×3. */
export function weightedLength(text: string): number {
  const folded = text.replace(/\s+/g, ' ').trim();
  if (folded.length === 0) return 0;
  const cjk = folded.match(CJK)?.length ?? 0;
  return folded.length + 2 * cjk;
}

/** Inline tags: their text belongs to the paragraph around them. */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'A',
  'SPAN',
  'EM',
  'STRONG',
  'B',
  'I',
  'U',
  'FONT',
  'SMALL',
  'SUP',
  'SUB',
  'MARK',
  'Q',
  'CITE',
  'ABBR',
  'TIME',
  'CODE',
]);
