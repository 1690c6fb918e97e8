/**
 * A known one-entry built-in pack for UI tests, whatever the shipped pack holds. Use with
 * `vi.mock('../../lib/glossary/builtin', () => import('./support/builtin-pack'))`.
 */
import type { GlossaryEntry } from '../../../lib/glossary/entry';

export const builtinGlossary: readonly GlossaryEntry[] = [
  {
    id: 'moe',
    term: 'mixture-of-experts',
    aliases: ['MoE'],
    definition: 'Routes each token to a few expert networks.',
    tags: ['ml'],
    origin: 'builtin',
    updatedAt: 0,
  },
];
