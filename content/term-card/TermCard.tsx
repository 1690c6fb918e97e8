/** The definition card: plain text only, labelled for screen readers, operable from the keyboard. */
import type { GlossaryEntry } from '../../lib/glossary/entry';
import { t } from '../../extension/i18n';

export interface TermCardProps {
  entry: GlossaryEntry;
  onEdit(): void;
  onMute(): void;
  onClose(): void;
}

export function TermCard({ entry, onEdit, onMute, onClose }: TermCardProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };
  return (
    <div
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby="gloss-card-term"
      aria-describedby="gloss-card-definition"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div class="head">
        <h2 id="gloss-card-term">{entry.term}</h2>
        <button type="button" class="close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </div>
      {entry.aliases.length > 0 && <p class="aliases">{entry.aliases.join(' · ')}</p>}
      <p id="gloss-card-definition" class="definition">
        {entry.definition}
      </p>
      {entry.source && (
        <a class="source" href={entry.source} target="_blank" rel="noopener noreferrer">
          {t('cardReadMore')}
        </a>
      )}
      <div class="actions">
        <button type="button" onClick={onEdit}>
          {t('cardEdit')}
        </button>
        <button type="button" onClick={onMute}>
          {t('cardMute')}
        </button>
      </div>
    </div>
  );
}
