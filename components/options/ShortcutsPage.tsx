/**
 * The keyboard commands and their current keys. Browsers do not let an extension change them,
 * so this says where the browser's own shortcut settings are.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { t } from '../../extension/i18n';

type Command = Browser.commands.Command;

/** The action button's command has no description of its own. */
const OPEN_POPUP = ['_execute_action', '_execute_browser_action'];

export function ShortcutsPage() {
  const [commands, setCommands] = useState<Command[] | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    browser.commands.getAll().then(setCommands, () => setFailed(true));
  }, []);

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
                <td>
                  {command.shortcut ? <kbd>{command.shortcut}</kbd> : t('optionsShortcutNone')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('optionsShortcutsChangeHeading')}</h2>
      {import.meta.env.FIREFOX ? (
        <p>{t('optionsShortcutsFirefox')}</p>
      ) : (
        <p>
          {t('optionsShortcutsChrome')}{' '}
          <button
            type="button"
            class="secondary"
            onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}
          >
            {t('optionsShortcutsOpenChrome')}
          </button>
        </p>
      )}
    </section>
  );
}
