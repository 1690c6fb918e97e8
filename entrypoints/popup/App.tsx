/** The toolbar popup: the page's status, clean mode, what was hidden, key claims, terms found. */
import { useEffect, useState } from 'preact/hooks';
import { askTab } from '../../extension/ask-tab';
import { t } from '../../extension/i18n';
import type { ContentApi, Message, PageState } from '../../extension/messages';
import { readRecord, writeRecord } from '../../extension/storage/record';
import { emptySiteRule, sitesRecord } from '../../extension/storage/sites';
import { Switch } from '../../components/Switch';
import { ClaimsSection } from './ClaimsSection';
import { HiddenSection } from './HiddenSection';
import { ModelPoints } from './ModelPoints';
import { TermsSection } from './TermsSection';
import { targetTabId } from './target-tab';

type Status =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'ready'; tabId: number; state: PageState };

type StateRequest = Extract<
  Message<ContentApi>,
  { type: 'get-state' | 'set-clean' | 'reveal-block' | 'undo-correction' | 'analyze-anyway' }
>;

export function App() {
  const [status, setStatus] = useState<Status>({ kind: 'loading' });

  const refresh = async (tabId: number, message: StateRequest = { type: 'get-state' }) => {
    const state = (await askTab(tabId, message)) as PageState | undefined;
    if (performance.getEntriesByName('gloss:popup-ready').length === 0)
      performance.mark('gloss:popup-ready');
    setStatus(state ? { kind: 'ready', tabId, state } : { kind: 'unavailable' });
  };

  useEffect(() => {
    void targetTabId().then((tabId) =>
      tabId === undefined ? setStatus({ kind: 'unavailable' }) : refresh(tabId),
    );
  }, []);

  if (status.kind === 'loading')
    return (
      <p class="muted" role="status">
        {t('popupLoading')}
      </p>
    );
  if (status.kind === 'unavailable')
    return (
      <p class="muted" role="status">
        {t('popupUnavailable')}
      </p>
    );

  const { tabId, state } = status;
  const active = state.isArticle || state.forced;
  const setAlwaysClean = async (on: boolean) => {
    const { value } = await readRecord(sitesRecord);
    await writeRecord(sitesRecord, {
      ...value,
      [state.host]: { ...(value[state.host] ?? emptySiteRule()), alwaysClean: on },
    });
    await refresh(tabId, { type: 'set-clean', on: on || state.clean });
  };

  return (
    <>
      <header class="page">
        <h1 class="page-title">{state.title || state.host}</h1>
        <p class="page-status" data-testid="page-status">
          {state.isArticle
            ? t('popupArticle', [String(state.readingMinutes), String(state.wordCount)])
            : state.forced
              ? t('popupForced')
              : t('popupNotArticle')}
        </p>
        {!active && (
          <button
            type="button"
            class="secondary"
            onClick={() => refresh(tabId, { type: 'analyze-anyway' })}
          >
            {t('popupAnalyzeAnyway')}
          </button>
        )}
      </header>
      {active && (
        <>
          <section class="controls" aria-label={t('popupCleanSection')}>
            <Switch
              id="clean"
              label={t('popupCleanMode')}
              checked={state.clean}
              onChange={(on) => refresh(tabId, { type: 'set-clean', on })}
            />
            <label class="check">
              <input
                type="checkbox"
                checked={state.alwaysClean}
                onChange={(e) => setAlwaysClean(e.currentTarget.checked)}
              />
              {t('popupAlwaysClean', state.host)}
            </label>
          </section>
          <HiddenSection
            tabId={tabId}
            state={state}
            onReveal={(index) => refresh(tabId, { type: 'reveal-block', index })}
            onUndo={({ mode, selector }) =>
              refresh(tabId, { type: 'undo-correction', mode, selector })
            }
          />
          <ClaimsSection tabId={tabId} state={state} />
          <ModelPoints tabId={tabId} title={state.title} />
          <TermsSection tabId={tabId} state={state} />
        </>
      )}
      <footer>
        <a href="/options.html" target="_blank">
          {t('popupOptions')}
        </a>
      </footer>
    </>
  );
}
