/** One term in the glossary list. Definitions and all reader text render as text, never HTML. */
import type { GlossaryEntry } from '../../lib/glossary/entry';
import { t } from '../../extension/i18n';

export interface GlossaryRowProps {
  entry: GlossaryEntry;
  /** A built-in the reader edited: their copy stands in its place. */
  editedBuiltin: boolean;
  builtin: boolean;
  muted: boolean;
  onEdit(): void;
  onDelete(): void;
  onUnmute(): void;
  onRestore(): void;
}

export function GlossaryRow(props: GlossaryRowProps) {
  const { entry, builtin, editedBuiltin, muted } = props;
  const headingId = `term-${entry.id}`;
  const badge = editedBuiltin
    ? t('optionsOriginEdited')
    : builtin
      ? t('optionsOriginBuiltin')
      : t('optionsOriginUser');
  return (
    <li class={muted ? 'entry is-muted' : 'entry'} aria-labelledby={headingId}>
      <div class="entry-head">
        <h2 id={headingId} class="entry-term" tabIndex={-1}>
          {entry.term}
        </h2>
        <span class="badge">{badge}</span>
        {muted && <span class="badge badge-muted">{t('optionsMuted')}</span>}
      </div>
      {entry.aliases.length > 0 && (
        <p class="entry-aliases">
          <span class="muted">{t('optionsAliasesLabel')}</span> {entry.aliases.join(', ')}
        </p>
      )}
      <p class="entry-definition">{entry.definition || t('optionsNoDefinition')}</p>
      {entry.tags.length > 0 && (
        <ul class="tags" aria-label={t('optionsTagsLabel')}>
          {entry.tags.map((tag) => (
            <li key={tag} class="tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
      <div class="row-buttons">
        <RowAction
          label={t('optionsEdit')}
          name={t('optionsEditTerm', entry.term)}
          onClick={props.onEdit}
        />
        {muted && (
          <RowAction
            label={t('optionsUnmute')}
            name={t('optionsUnmuteTerm', entry.term)}
            onClick={props.onUnmute}
          />
        )}
        {/* A built-in cannot be deleted (it ships with Gloss), only muted; the reader's own can. */}
        {!(builtin && muted) && (
          <RowAction
            label={builtin ? t('optionsMute') : t('optionsDelete')}
            name={t(builtin ? 'optionsMuteTerm' : 'optionsDeleteTerm', entry.term)}
            onClick={props.onDelete}
          />
        )}
        {editedBuiltin && (
          <RowAction
            label={t('optionsRestore')}
            name={t('optionsRestoreTerm', entry.term)}
            onClick={props.onRestore}
          />
        )}
      </div>
    </li>
  );
}

/** A row's action: a short visible label, and an accessible name that says which term. */
function RowAction({ label, name, onClick }: { label: string; name: string; onClick(): void }) {
  return (
    <button type="button" class="secondary" onClick={onClick} aria-label={name}>
      {label}
    </button>
  );
}
