// PLACEHOLDER until the built-in pack lands.
import type { GlossaryEntry } from './entry';

export const builtinGlossary: readonly GlossaryEntry[] = [];
