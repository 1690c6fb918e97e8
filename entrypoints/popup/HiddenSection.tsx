import { useRef, useState } from 'preact/hooks';
import { askTab } from '../../extension/ask-tab';
import { type MessageKey, t } from '../../extension/i18n';
import type { PageState } from '../../extension/messages';
import { CLUTTER_CATEGORIES } from '../../lib/types';

type Correction = PageState['corrections'][number];

interface Props {
  tabId: number;
  state: PageState;
  onReveal(index: number): Promise<void>;
  onUndo(correction: Correction): Promise<void>;
}

/**
 * How many blocks clean mode hides (or would hide, while it is off), by category, with a way to
 * bring any one back (kept for the site), and the reader's own corrections on the site, each of
 * which can be undone.
 */
export function HiddenSection({ tabId, state, onReveal, onUndo }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const section = useRef<HTMLElement>(null);
  const hidden = state.hidden.filter((block) => !block.revealed);
  // A shown block leaves its list: keep the keyboard where it was, on its row or the heading,
  // once the list has been drawn again.
  const reveal = async (index: number, category: string) => {
    await onReveal(index);
    setTimeout(() => {
      const row = section.current?.querySelector<HTMLElement>(`[data-category="${category}"] .row`);
      (row ?? section.current?.querySelector<HTMLElement>('#hidden-heading'))?.focus();
    });
  };
  // An undone correction leaves its list: the keyboard goes to the next one, or the heading.
  const undo = async (correction: Correction) => {
    await onUndo(correction);
    setTimeout(() => {
      const next = section.current?.querySelector<HTMLElement>('.corrections button');
      (next ?? section.current?.querySelector<HTMLElement>('#hidden-heading'))?.focus();
    });
  };
  const pick = async (mode: 'hide' | 'show') => {
    await askTab(tabId, { type: 'start-picker', mode });
    window.close();
  };
  return (
    <section aria-labelledby="hidden-heading" ref={section}>
      <h2 id="hidden-heading" tabIndex={-1}>
        {t(state.clean ? 'popupHiddenHeading' : 'popupWouldHideHeading', String(hidden.length))}
      </h2>
      <ul class="categories">
        {CLUTTER_CATEGORIES.map((category) => {
          const blocks = hidden.filter((block) => block.category === category);
          if (blocks.length === 0) return null;
          const expanded = open === category;
          return (
            <li key={category} data-category={category}>
              <button
                type="button"
                class="row"
                aria-expanded={expanded}
                onClick={() => setOpen(expanded ? null : category)}
              >
                <span>{t(`category_${category.replace('-', '_')}` as MessageKey)}</span>
                <span class="count">{blocks.length}</span>
              </button>
              {expanded && (
                <ul class="blocks">
                  {blocks.map((block) => (
                    <li key={block.index}>
                      <span class="preview">{block.preview || t('popupNoText')}</span>
                      {state.clean && (
                        <button
                          type="button"
                          class="link"
                          onClick={() => reveal(block.index, category)}
                        >
                          {t('popupReveal')}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      {state.corrections.length > 0 && (
        <>
          <h3 id="corrections-heading">{t('popupCorrectionsHeading', state.host)}</h3>
          <ul class="blocks corrections" aria-labelledby="corrections-heading">
            {state.corrections.map((correction) => {
              const what = correction.preview || t('popupCorrectionElsewhere');
              const kind = t(
                correction.mode === 'hide' ? 'popupCorrectionHidden' : 'popupCorrectionShown',
              );
              return (
                <li key={`${correction.mode} ${correction.selector}`} data-mode={correction.mode}>
                  <span class="preview">
                    <span class="kind">{kind}</span> {what}
                  </span>
                  <button
                    type="button"
                    class="link"
                    aria-label={t('popupUndoLabel', [kind, what])}
                    onClick={() => undo(correction)}
                  >
                    {t('popupUndo')}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <div class="row-buttons">
        <button type="button" class="secondary" onClick={() => pick('hide')}>
          {t('popupPickHide')}
        </button>
        <button type="button" class="secondary" onClick={() => pick('show')}>
          {t('popupPickShow')}
        </button>
      </div>
    </section>
  );
}
