/**
 * The matcher's public surface: compile a glossary once, then find its terms in text or in a
 * DOM subtree. The built-in pack (./builtin), import and export (./import, ./export, ./merge)
 * and sync sizing (./sync-quota) are separate modules, so the content script bundles only what
 * marking terms needs.
 */
export type { GlossaryEntry } from './entry';
export { compileGlossary, type GlossaryIndex } from './compile';
export { matchText, type MatchLimits, type TextMatch } from './match-text';
export { matchInElement, type DomMatchOptions, type DomTermMatch } from './match-dom';
