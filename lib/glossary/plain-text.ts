/**
 * Imported text is made plain before it is stored: Gloss shows definitions as text, never as
 * HTML, so markup (from Anki's HTML fields, or pasted from a web page) would only show up as
 * angle brackets. Rather than refuse such rows, tags are dropped, with script-like elements
 * and their content dropped whole, and entities decoded. Safety does not depend on this: the
 * UI renders every field as text whatever it holds.
 *
 * The patterns stop at the next "<" and always succeed on unclosed elements, so a hostile
 * 5 MB field costs one linear pass, not a quadratic one.
 */

const HIDDEN_ELEMENTS =
  /<(script|style|template|iframe|object|noscript|svg|math)\b[^<>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const LINE_BREAK_TAG = /<(?:br|\/p|\/div|\/li|\/h[1-6]|\/tr)\b[^<>]*>/gi;
const TAG = /<\/?[a-z][^<>]*>/gi;
/**
 * A "<" that still opens something tag-like once the tags are gone: nested brackets ("<<a>a>"
 * leaves "<a>"). Dropping it leaves no markup. (An escaped tag, "&lt;b&gt;", is the writer's
 * text about markup and is decoded after this.)
 */
const TAG_START = /<+(?=\/?[a-z])/gi;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};
// Control characters other than tab and line feed have no business in a definition.
const CONTROLS = /[^\P{Cc}\t\n]/gu;

/** `text` with markup removed; line breaks kept (a <br> or block end becomes one). */
export function toPlainText(text: string): string {
  let plain = text.replace(/\r\n?/g, '\n');
  const stripped = plain
    .replace(HIDDEN_ELEMENTS, '')
    .replace(COMMENT, '')
    .replace(LINE_BREAK_TAG, '\n')
    .replace(TAG, '');
  // Only text that was HTML loses its leftover brackets and has its entities decoded: in plain
  // text "i<n" and "&amp;" mean themselves.
  if (stripped !== plain) plain = stripped.replace(TAG_START, '').replace(ENTITY, decodeEntity);
  return plain
    .replace(CONTROLS, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** `toPlainText` on one line: for terms, aliases and tags. */
export function toPlainLine(text: string): string {
  return toPlainText(text).replace(/\s+/g, ' ');
}

function decodeEntity(entity: string, decimal?: string, hex?: string, name?: string): string {
  if (name) return NAMED[name.toLowerCase()]!;
  const code = decimal ? Number(decimal) : parseInt(hex!, 16);
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return valid ? String.fromCodePoint(code) : entity;
}
