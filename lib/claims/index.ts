// PLACEHOLDER until the claims extractor lands.
import type { Claim } from '../types';

export interface ClaimOptions {
  /** Elements inside the article root that are not the author's prose (hidden clutter). */
  exclude?: ReadonlySet<Element>;
  max?: number;
}

export function extractClaims(_articleRoot: Element, _options: ClaimOptions = {}): Claim[] {
  return [];
}
