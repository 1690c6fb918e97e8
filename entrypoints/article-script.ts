/**
 * The article script: everything Gloss does on an article page (analysis, clean mode, marks,
 * card, claims). The content script's loader asks the background to inject it only where it is
 * needed, so pages that are not articles never load or parse it.
 */
import { ARTICLE_SCRIPT_GLOBAL, type ArticleScriptEntry } from '../content/article-loader';
import { PageSession } from '../content/session';

export default defineUnlistedScript(() => {
  const entry: ArticleScriptEntry = { createSession: (detection) => new PageSession(detection) };
  Object.defineProperty(globalThis, ARTICLE_SCRIPT_GLOBAL, { value: entry, configurable: true });
});
