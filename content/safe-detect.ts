import { detectArticleInSteps } from '../lib/detect';
import type { Detection } from '../lib/types';
import { runInSlices } from './slices';

/**
 * Detection in slices (a 40,000-element page is still one pass, just not one task), and never
 * throwing into the page, whatever the page has done to its own DOM.
 */
export async function safeDetect(): Promise<Detection> {
  try {
    return await runInSlices('gloss:detection', detectArticleInSteps(document));
  } catch {
    return { isArticle: false, score: 0, reasons: ['detection failed'] };
  }
}
