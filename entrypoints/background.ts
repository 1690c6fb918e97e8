import { browser } from 'wxt/browser';
import { loadArticleScript } from '../background/article-script';
import { listenForCommands } from '../background/commands';
import { installContextMenu } from '../background/context-menu';
import { keepFirstPaintRegistered } from '../background/first-paint';
import { openOptionsAt } from '../background/options-page';
import { setPageCss } from '../background/page-css';
import { parseBackgroundMessage } from '../extension/messages';
import { isOurContentScript } from '../extension/senders';
import { startGlossarySync } from '../extension/storage/glossary-sync';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseBackgroundMessage(raw);
    if (!message || !isOurContentScript(sender)) return undefined;
    switch (message.type) {
      case 'clean-css':
        return setPageCss(sender, message.on);
      case 'load-article-script':
        return loadArticleScript(sender);
      case 'open-options':
        return openOptionsAt(`edit=${encodeURIComponent(message.entryId)}`);
    }
  });
  listenForCommands();
  installContextMenu();
  keepFirstPaintRegistered();
  // Keeps the reader's own terms in browser sync (when they turned it on) while no options page
  // is open; pushes only write what changed, so the options page doing the same is harmless.
  startGlossarySync(() => {});
});
