/** Keyboard shortcuts (the commands API), forwarded to the active tab's content script. */
import { browser } from 'wxt/browser';
import { askTab } from '../extension/ask-tab';
import { activeTabId } from './tabs';

export function listenForCommands(): void {
  browser.commands.onCommand.addListener(async (command) => {
    const tabId = await activeTabId();
    if (tabId === undefined) return;
    if (command === 'toggle-clean-mode') await askTab(tabId, { type: 'toggle-clean' });
    if (command === 'next-term') await askTab(tabId, { type: 'next-term' });
  });
}
