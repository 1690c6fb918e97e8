import { useState } from 'preact/hooks';
import { askTab } from '../../extension/ask-tab';
import { type MessageKey, t } from '../../extension/i18n';
import type { PageState } from '../../extension/messages';
import { claimsAsMarkdown } from '../../components/claim-markdown';

const FIRST = 5;

/** The key claims, best first; each one takes the reader to its sentence. */
export function ClaimsSection({ tabId, state }: { tabId: number; state: PageState }) {
  const [more, setMore] = useState(false);
  const [copied, setCopied] = useState(false);
  const claims = state.claims.slice(0, more ? 10 : FIRST);
  if (state.claims.length === 0) return null;
  const copy = async () => {
    await navigator.clipboard.writeText(claimsAsMarkdown(state, claims));
    setCopied(true);
  };
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading">{t('popupClaimsHeading')}</h2>
      <ol class="claims">
        {claims.map((claim) => (
          <li key={claim.index}>
            <button
              type="button"
              class="claim"
              onClick={() => askTab(tabId, { type: 'go-to-claim', index: claim.index })}
            >
              <span class="claim-text">{claim.text}</span>
              <span class={`kind kind-${claim.kind}`}>
                {claim.kind === 'attributed' && claim.source
                  ? t('kindAttributedTo', claim.source)
                  : t(`kind_${claim.kind}` as MessageKey)}
              </span>
            </button>
          </li>
        ))}
      </ol>
      <div class="row-buttons">
        {state.claims.length > FIRST && (
          <button type="button" class="secondary" onClick={() => setMore(!more)}>
            {more ? t('popupFewer') : t('popupMore')}
          </button>
        )}
        <button type="button" class="secondary" onClick={copy}>
          {copied ? t('popupCopied') : t('popupCopyMarkdown')}
        </button>
      </div>
    </section>
  );
}
