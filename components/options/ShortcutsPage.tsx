/**
 * The keyboard commands and the keys the browser actually gave them (a browser may refuse a
 * suggested key, or another extension may hold it). Browsers do not let an extension change its
 * keys, so this opens the browser's own shortcut settings.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { t } from '../../extension/i18n';

type Command = Browser.commands.Command;

/** The action button's command has no description of its own. */
const OPEN_POPUP = ['_execute_action', '_execute_browser_action'];

/** Firefox 137+ opens its shortcut settings for an extension; Chromium has no such call. */
const firefoxCommands = browser.commands as { openShortcutSettings?: () => Promise<void> };

function openShortcutSettings(): void {
  if (import.meta.env.FIREFOX) void firefoxCommands.openShortcutSettings?.();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

export function ShortcutsPage() {
  const [commands, setCommands] = useState<Command[] | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    browser.commands.getAll().then(setCommands, () => setFailed(true));
  }, []);
  const canOpen = !import.meta.env.FIREFOX || Boolean(firefoxCommands.openShortcutSettings);

  return (
    <section aria-labelledby="shortcuts-heading">
      <h1 id="shortcuts-heading">{t('optionsShortcutsHeading')}</h1>
      {failed && <p role="alert">{t('optionsShortcutsUnavailable')}</p>}
      {commands && (
        <table class="shortcuts">
          <thead>
            <tr>
              <th scope="col">{t('optionsShortcutAction')}</th>
              <th scope="col">{t('optionsShortcutKeys')}</th>
            </tr>
          </thead>
          <tbody>
            {commands.map((command) => (
              <tr key={command.name}>
                <td>
                  {OPEN_POPUP.includes(command.name ?? '')
                    ? t('optionsShortcutOpenPopup')
                    : command.description || command.name}
                </td>
                <td data-command={command.name}>
                  {command.shortcut ? <kbd>{command.shortcut}</kbd> : t('optionsShortcutNone')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('optionsShortcutsChangeHeading')}</h2>
      {canOpen ? (
        <p>
          {t('optionsShortcutsChange')}{' '}
          <button type="button" class="secondary" onClick={openShortcutSettings}>
            {t('optionsShortcutsOpen')}
          </button>
        </p>
      ) : (
        <p>{t('optionsShortcutsFirefox')}</p>
      )}
    </section>
  );
}
