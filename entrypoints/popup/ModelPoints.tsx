/**
 * Optional key points from the browser's own on-device model (Chrome's Summarizer API), where
 * the browser has one. Nothing is downloaded unless the reader asks, the local claims stay the
 * default, and every point is tied back to its best source sentence before it is shown.
 */
import { useEffect, useState } from 'preact/hooks';
import { askTab } from '../../extension/ask-tab';
import { t } from '../../extension/i18n';
import { splitPoints } from '../../lib/claims/align';

interface SummarizerLike {
  summarize(text: string, options?: { context?: string }): Promise<string>;
  inputQuota?: number;
  destroy?(): void;
}

interface SummarizerOptions {
  type: 'key-points';
  format: 'plain-text';
  length: 'medium';
  outputLanguage: string;
}

interface SummarizerApi {
  availability(
    options: SummarizerOptions,
  ): Promise<'unavailable' | 'downloadable' | 'downloading' | 'available'>;
  create(options: SummarizerOptions): Promise<SummarizerLike>;
}

/** The languages Chrome's summarizer writes in; points come in the reader's, else English. */
const OUTPUT_LANGUAGES = new Set(['en', 'es', 'ja', 'de', 'fr']);

function modelOptions(): SummarizerOptions {
  const reader = navigator.language.split('-')[0]!.toLowerCase();
  return {
    type: 'key-points',
    format: 'plain-text',
    length: 'medium',
    outputLanguage: OUTPUT_LANGUAGES.has(reader) ? reader : 'en',
  };
}

/** The browser's summarizer, if this browser has one. */
const summarizerApi = (): SummarizerApi | undefined =>
  (globalThis as { Summarizer?: SummarizerApi }).Summarizer;

type Status = 'hidden' | 'ready' | 'working' | 'failed' | 'done';

export function ModelPoints({ tabId, title }: { tabId: number; title: string }) {
  const [status, setStatus] = useState<Status>('hidden');
  const [items, setItems] = useState<{ point: string; sentence: string | null }[]>([]);

  useEffect(() => {
    void summarizerApi()
      ?.availability(modelOptions())
      .then((a) => setStatus(a === 'unavailable' ? 'hidden' : 'ready'))
      .catch(() => setStatus('hidden'));
  }, []);

  if (status === 'hidden') return null;

  const run = async () => {
    setStatus('working');
    try {
      const article = await askTab(tabId, { type: 'article-text' });
      const summarizer = await summarizerApi()!.create(modelOptions());
      const text = article?.text.slice(0, summarizer.inputQuota ?? 12_000) ?? '';
      const points = splitPoints(await summarizer.summarize(text, { context: title })).slice(0, 10);
      summarizer.destroy?.();
      const aligned = await askTab(tabId, { type: 'align-points', points });
      setItems(aligned?.items ?? []);
      setStatus('done');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <section aria-labelledby="model-heading">
      <h2 id="model-heading">{t('popupModelHeading')}</h2>
      {status === 'done' ? (
        <ol class="claims">
          {items.map((item, index) => (
            <li key={index}>
              <button
                type="button"
                class="claim"
                disabled={!item.sentence}
                onClick={() => askTab(tabId, { type: 'go-to-point', index })}
              >
                <span class="claim-text">{item.point}</span>
                <span class="kind">
                  {item.sentence ? t('popupModelSourced') : t('popupModelUnsourced')}
                </span>
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <button type="button" class="secondary" disabled={status === 'working'} onClick={run}>
          {status === 'working' ? t('popupModelWorking') : t('popupModelAsk')}
        </button>
      )}
      {status === 'failed' && <p role="alert">{t('popupModelFailed')}</p>}
    </section>
  );
}
