/** Which clutter clean-reading mode hides, and the optional reading-comfort styles. */
import { Switch } from '../Switch';
import { CLUTTER_CATEGORIES, type ClutterCategory } from '../../lib/types';
import { type MessageKey, t } from '../../extension/i18n';
import { type ComfortTheme, type Settings, settingsRecord } from '../../extension/storage/settings';
import { Alert } from './Alert';
import { NumberField } from './NumberField';
import { useRecord } from './use-record';

const THEMES: ComfortTheme[] = ['page', 'light', 'sepia', 'dark'];

/** The popup's labels for the same categories, so both pages name them alike. */
const CATEGORY_LABELS: Record<ClutterCategory, MessageKey> = {
  ads: 'category_ads',
  'app-promo': 'category_app_promo',
  upsell: 'category_upsell',
  newsletter: 'category_newsletter',
  related: 'category_related',
  comments: 'category_comments',
  social: 'category_social',
  overlay: 'category_overlay',
  navigation: 'category_navigation',
  repeats: 'category_repeats',
};

export function CleanReadingPage() {
  const settings = useRecord(settingsRecord);
  const value = settings.value;
  const setComfort = (change: Partial<Settings['comfort']>) =>
    void settings.update((s) => ({ ...s, comfort: { ...s.comfort, ...change } }));

  return (
    <section aria-labelledby="clean-heading">
      <h1 id="clean-heading">{t('optionsCleanHeading')}</h1>
      {settings.problem && <Alert>{settings.problem}</Alert>}
      {settings.error && <Alert>{t('optionsWriteFailed', settings.error)}</Alert>}
      {value && (
        <>
          <h2 id="categories-heading">{t('optionsCategoriesHeading')}</h2>
          <p class="muted">{t('optionsCategoriesExplained')}</p>
          <div class="stack" role="group" aria-labelledby="categories-heading">
            {CLUTTER_CATEGORIES.map((category) => (
              <Switch
                key={category}
                id={`category-${category}`}
                label={t(CATEGORY_LABELS[category])}
                checked={value.categories[category]}
                onChange={(on) =>
                  void settings.update((s) => ({
                    ...s,
                    categories: { ...s.categories, [category]: on },
                  }))
                }
              />
            ))}
          </div>

          <h2 id="comfort-heading">{t('optionsComfortHeading')}</h2>
          <p class="muted">{t('optionsComfortExplained')}</p>
          <div class="stack" role="group" aria-labelledby="comfort-heading">
            <Switch
              id="comfort-enabled"
              label={t('optionsComfortEnabled')}
              checked={value.comfort.enabled}
              onChange={(enabled) => setComfort({ enabled })}
            />
            <NumberField
              id="comfort-font-scale"
              label={t('optionsComfortFontScale')}
              value={value.comfort.fontScale}
              min={0.75}
              max={2}
              step={0.05}
              onCommit={(fontScale) => setComfort({ fontScale })}
            />
            <NumberField
              id="comfort-line-width"
              label={t('optionsComfortLineWidth')}
              value={value.comfort.lineWidthCh}
              min={40}
              max={120}
              step={5}
              onCommit={(lineWidthCh) => setComfort({ lineWidthCh })}
            />
            <NumberField
              id="comfort-line-height"
              label={t('optionsComfortLineHeight')}
              value={value.comfort.lineHeight}
              min={1}
              max={2.5}
              step={0.1}
              onCommit={(lineHeight) => setComfort({ lineHeight })}
            />
            <div class="field">
              <label for="comfort-theme">{t('optionsComfortTheme')}</label>
              <select
                id="comfort-theme"
                value={value.comfort.theme}
                onChange={(event) =>
                  setComfort({ theme: event.currentTarget.value as ComfortTheme })
                }
              >
                {THEMES.map((theme) => (
                  <option key={theme} value={theme}>
                    {t(`optionsTheme_${theme}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </>
      )}
    </section>
  );
}
