/**
 * The part of the content script that runs on every page, kept small: it answers the popup for
 * pages that are not articles, and loads the rest of Gloss (the article script, injected by the
 * background) only where detection says "article" or the reader asks for it. Both scripts live
 * in the extension's isolated world, so the article script hands its entry over as a global.
 */
import { browser } from 'wxt/browser';
import type { ContentApi, Message, PageState, ResponseOf } from '../extension/messages';
import type { Detection } from '../lib/types';
import type { PageSession } from './session';
import { selectionContext } from './selection-context';

/** What the article script leaves on the isolated world's global object. */
export interface ArticleScriptEntry {
  createSession(detection: Detection): PageSession;
}

export const ARTICLE_SCRIPT_GLOBAL = '__glossArticleScript';

export class ArticleLoader {
  private session: Promise<PageSession> | null = null;

  constructor(private detection: Detection) {}

  /** A fresh detection after a single-page app changed its URL, before anything started. */
  redetected(detection: Detection): void {
    if (!this.session) this.detection = detection;
  }

  get started(): boolean {
    return this.session !== null;
  }

  get isArticle(): boolean {
    return this.detection.isArticle;
  }

  /** Injects the article script once and starts the page session. */
  start(): Promise<PageSession> {
    this.session ??= (async () => {
      await browser.runtime.sendMessage({ type: 'load-article-script' });
      const entry = (globalThis as Record<string, unknown>)[ARTICLE_SCRIPT_GLOBAL] as
        ArticleScriptEntry | undefined;
      if (!entry) throw new Error('the article script did not load');
      const session = entry.createSession(this.detection);
      await session.activate();
      return session;
    })();
    return this.session;
  }

  async handle(message: Message<ContentApi>): Promise<ResponseOf<ContentApi, typeof message.type>> {
    if (message.type === 'selection-context') return selectionContext();
    if (message.type === 'get-state' && !this.session) return this.unanalysedState();
    // Anything else needs the whole of Gloss: on a page detection passed over, the reader asked.
    return (await this.start()).handle(message);
  }

  private unanalysedState(): PageState {
    return {
      host: location.hostname,
      pageUrl: location.href.split('#')[0]!,
      isArticle: this.detection.isArticle,
      forced: false,
      title: document.title,
      siteName: null,
      wordCount: 0,
      readingMinutes: 0,
      clean: false,
      alwaysClean: false,
      hidden: [],
      corrections: [],
      claims: [],
      terms: [],
    };
  }
}
