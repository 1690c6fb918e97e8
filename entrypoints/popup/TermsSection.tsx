import { askTab } from '../../extension/ask-tab';
import { t } from '../../extension/i18n';
import type { PageState } from '../../extension/messages';

/** Glossary terms found in the article, with counts; each opens its first occurrence. */
export function TermsSection({ tabId, state }: { tabId: number; state: PageState }) {
  if (state.terms.length === 0) return null;
  return (
    <section aria-labelledby="terms-heading">
      <h2 id="terms-heading">{t('popupTermsHeading', String(state.terms.length))}</h2>
      <ul class="terms">
        {state.terms.map((term) => (
          <li key={term.id}>
            <button
              type="button"
              class="term"
              onClick={() => askTab(tabId, { type: 'go-to-term', id: term.id })}
            >
              <span class="term-name">{term.term}</span>
              <span class="count" aria-label={t('popupOccurrences', String(term.count))}>
                ×{term.count}
              </span>
              <span class="term-definition">{term.definition}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
