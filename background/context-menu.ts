/** "Add to glossary" on selected text: opens the options page with the term and its sentence. */
import { browser } from 'wxt/browser';
import { openOptionsAt } from './options-page';
import { askTab } from '../extension/ask-tab';

const MENU_ID = 'gloss-add-term';

export function installContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: browser.i18n.getMessage('menuAddToGlossary'),
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    const selection =
      tab?.id === undefined ? undefined : await askTab(tab.id, { type: 'selection-context' });
    const term = (selection?.term || info.selectionText || '').trim().slice(0, 100);
    const params = new URLSearchParams({ term, context: selection?.sentence ?? '' });
    await openOptionsAt(`add?${params}`);
  });
}
