import { detectArticle } from '../lib/detect';
import type { Detection } from '../lib/types';

/** Detection must never throw into the page, whatever the page has done to its own DOM. */
export function safeDetect(): Detection {
  try {
    return detectArticle(document);
  } catch {
    return { isArticle: false, score: 0, reasons: ['detection failed'] };
  }
}
