/** How terms are marked on the page and how soon their card opens. */
import { t } from '../../extension/i18n';
import { type MarkMode, settingsRecord } from '../../extension/storage/settings';
import { Alert } from './Alert';
import { NumberField } from './NumberField';
import { useRecord } from './use-record';

const MARK_MODES: MarkMode[] = ['all', 'first', 'off'];

export function AppearancePage() {
  const settings = useRecord(settingsRecord);
  const value = settings.value;
  return (
    <section aria-labelledby="appearance-heading">
      <h1 id="appearance-heading">{t('optionsAppearanceHeading')}</h1>
      {settings.problem && <Alert>{settings.problem}</Alert>}
      {settings.error && <Alert>{t('optionsWriteFailed', settings.error)}</Alert>}
      {value && (
        <>
          <fieldset class="stack">
            <legend>{t('optionsMarkTerms')}</legend>
            {MARK_MODES.map((mode) => (
              <label key={mode} class="check">
                <input
                  type="radio"
                  name="mark-terms"
                  value={mode}
                  checked={value.markTerms === mode}
                  onChange={() => void settings.update((s) => ({ ...s, markTerms: mode }))}
                />
                {t(`optionsMark_${mode}`)}
              </label>
            ))}
          </fieldset>
          <NumberField
            id="card-delay"
            label={t('optionsCardDelay')}
            value={value.cardDelayMs}
            min={0}
            max={2000}
            step={50}
            onCommit={(cardDelayMs) => void settings.update((s) => ({ ...s, cardDelayMs }))}
          />
        </>
      )}
    </section>
  );
}
