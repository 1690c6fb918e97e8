/** Per-site rules: "always clean", and the selectors picked with "hide this" / "show this". */
import { Switch } from '../Switch';
import { t } from '../../extension/i18n';
import { type SiteRule, sitesRecord } from '../../extension/storage/sites';
import { Alert } from './Alert';
import { useRecord } from './use-record';

export function SitesPage() {
  const sites = useRecord(sitesRecord);
  const hosts = Object.keys(sites.value ?? {}).sort();

  const changeSite = (host: string, change: (rule: SiteRule) => SiteRule) =>
    sites.update((current) => {
      const rule = current[host];
      return rule ? { ...current, [host]: change(rule) } : current;
    });

  /** The pressed Remove button disappears; focus moves to the site's name instead of the page top. */
  const removeSelector = async (
    host: string,
    index: number,
    change: (rule: SiteRule) => SiteRule,
  ) => {
    await changeSite(host, change);
    document.getElementById(`site-${index}`)?.focus();
  };

  const removeSite = (host: string) => {
    if (!window.confirm(t('optionsSiteRemoveConfirm', host))) return;
    void sites.update((current) =>
      Object.fromEntries(Object.entries(current).filter(([name]) => name !== host)),
    );
  };

  return (
    <section aria-labelledby="sites-heading">
      <h1 id="sites-heading">{t('optionsSitesHeading')}</h1>
      <p class="muted">{t('optionsSitesExplained')}</p>
      {sites.problem && <Alert>{sites.problem}</Alert>}
      {sites.error && <Alert>{t('optionsWriteFailed', sites.error)}</Alert>}
      {sites.value && hosts.length === 0 && <p>{t('optionsSitesEmpty')}</p>}
      <ul class="sites">
        {hosts.map((host, index) => {
          const rule = sites.value![host]!;
          return (
            <li key={host} class="site" aria-labelledby={`site-${index}`}>
              <h2 id={`site-${index}`} class="site-host" tabIndex={-1}>
                {host}
              </h2>
              <Switch
                id={`site-${index}-clean`}
                label={t('optionsSiteAlwaysClean')}
                checked={rule.alwaysClean}
                onChange={(on) => void changeSite(host, (r) => ({ ...r, alwaysClean: on }))}
              />
              <SelectorList
                label={t('optionsSiteHidden')}
                selectors={rule.hide}
                onRemove={(s) =>
                  removeSelector(host, index, (r) => ({
                    ...r,
                    hide: r.hide.filter((x) => x !== s),
                  }))
                }
              />
              <SelectorList
                label={t('optionsSiteShown')}
                selectors={rule.show}
                onRemove={(s) =>
                  removeSelector(host, index, (r) => ({
                    ...r,
                    show: r.show.filter((x) => x !== s),
                  }))
                }
              />
              <button type="button" class="secondary" onClick={() => removeSite(host)}>
                {t('optionsSiteRemove', host)}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function SelectorList(props: {
  label: string;
  selectors: string[];
  onRemove(selector: string): void;
}) {
  if (props.selectors.length === 0) return null;
  return (
    <div class="selectors">
      <h3>{props.label}</h3>
      <ul>
        {props.selectors.map((selector) => (
          <li key={selector}>
            <code>{selector}</code>
            <button
              type="button"
              class="link"
              onClick={() => props.onRemove(selector)}
              aria-label={t('optionsSelectorRemove', selector)}
            >
              {t('optionsRemove')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
