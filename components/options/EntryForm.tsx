/** The add / edit form for one glossary term. Everything typed is stored as plain text. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../extension/i18n';
import { routeHash } from '../../entrypoints/options/route';
import {
  checkDraft,
  type DraftErrors,
  type EntryDraft,
  MAX_DEFINITION_LENGTH,
  MAX_TERM_LENGTH,
} from './glossary-edits';

export interface EntryFormProps {
  /** The term being edited, or undefined when adding one. */
  editing: { term: string; builtin: boolean } | undefined;
  initial: EntryDraft;
  /** The sentence the term was selected in, from the context menu's "Add to glossary". */
  context?: string;
  /** The entry already named by this term or one of its aliases, if any. */
  existing(term: string): { id: string; term: string } | undefined;
  /** Saves the draft; resolves to false when the write failed (the page shows why). */
  onSave(draft: EntryDraft): Promise<boolean>;
  onCancel(): void;
}

export function EntryForm(props: EntryFormProps) {
  const { editing, initial, context, onSave, onCancel } = props;
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  // A new term that is already in the glossary would be a silent twin: offer the one there.
  const [twin, setTwin] = useState<{ id: string; term: string } | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The form opens from a link or a button elsewhere: move focus to it so keyboard and screen
  // reader users land where the change happened.
  useEffect(() => headingRef.current?.focus(), []);

  const set = (field: keyof EntryDraft) => (event: Event) =>
    setDraft({ ...draft, [field]: (event.currentTarget as HTMLInputElement).value });

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = checkDraft(draft);
    setErrors(found);
    const existing = editing || found.term ? undefined : props.existing(draft.term);
    setTwin(existing);
    if (Object.keys(found).length > 0 || existing) {
      const first = existing ? 'term' : Object.keys(found)[0];
      document.getElementById(`entry-${first}`)?.focus();
      return;
    }
    setSaving(true);
    await onSave(draft);
    setSaving(false);
  };

  const errorFor = (field: keyof EntryDraft) => {
    const error = errors[field];
    return error ? (
      <p id={`entry-${field}-error`} class="field-error">
        {t(`optionsEntryError_${error.code}`, String(error.limit ?? ''))}
      </p>
    ) : null;
  };

  const described = (field: keyof EntryDraft, hint?: string) =>
    [hint, errors[field] || (field === 'term' && twin) ? `entry-${field}-error` : undefined]
      .filter(Boolean)
      .join(' ') || undefined;

  return (
    <form class="entry-form" onSubmit={submit} aria-labelledby="entry-form-heading" noValidate>
      <h2 id="entry-form-heading" tabIndex={-1} ref={headingRef}>
        {editing ? t('optionsEditHeading', editing.term) : t('optionsAddHeading')}
      </h2>
      {editing?.builtin && <p class="muted">{t('optionsEditBuiltinNote')}</p>}
      {context && (
        <p class="context-hint" id="entry-context">
          <span class="muted">{t('optionsContextLabel')}</span> <q>{context}</q>
        </p>
      )}

      <label for="entry-term">{t('optionsFieldTerm')}</label>
      <input
        id="entry-term"
        value={draft.term}
        onInput={set('term')}
        required
        maxLength={MAX_TERM_LENGTH}
        aria-invalid={errors.term || twin ? true : undefined}
        aria-describedby={described('term')}
      />
      {errorFor('term')}
      {twin && (
        <p id="entry-term-error" class="field-error">
          {t('optionsEntryError_exists', twin.term)}{' '}
          <a href={routeHash({ page: 'glossary', form: { kind: 'edit', id: twin.id } })}>
            {t('optionsEditTerm', twin.term)}
          </a>
        </p>
      )}

      <label for="entry-aliases">{t('optionsFieldAliases')}</label>
      <input
        id="entry-aliases"
        value={draft.aliases}
        onInput={set('aliases')}
        aria-invalid={errors.aliases ? true : undefined}
        aria-describedby={described('aliases', 'entry-aliases-hint')}
      />
      <p id="entry-aliases-hint" class="hint">
        {t('optionsListHint')}
      </p>
      {errorFor('aliases')}

      <label for="entry-definition">{t('optionsFieldDefinition')}</label>
      <textarea
        id="entry-definition"
        rows={5}
        value={draft.definition}
        onInput={set('definition')}
        placeholder={context ? t('optionsDefinitionPlaceholderContext', context) : ''}
        aria-invalid={errors.definition ? true : undefined}
        aria-describedby={described('definition', 'entry-definition-count')}
      />
      <p
        id="entry-definition-count"
        class={draft.definition.length > MAX_DEFINITION_LENGTH ? 'hint over' : 'hint'}
      >
        {t('optionsDefinitionCount', [
          String(draft.definition.length),
          String(MAX_DEFINITION_LENGTH),
        ])}
      </p>
      {errorFor('definition')}

      <label for="entry-source">{t('optionsFieldSource')}</label>
      <input
        id="entry-source"
        type="url"
        inputMode="url"
        placeholder="https://"
        value={draft.source}
        onInput={set('source')}
        aria-invalid={errors.source ? true : undefined}
        aria-describedby={described('source')}
      />
      {errorFor('source')}

      <label for="entry-tags">{t('optionsFieldTags')}</label>
      <input
        id="entry-tags"
        value={draft.tags}
        onInput={set('tags')}
        aria-invalid={errors.tags ? true : undefined}
        aria-describedby={described('tags', 'entry-tags-hint')}
      />
      <p id="entry-tags-hint" class="hint">
        {t('optionsListHint')}
      </p>
      {errorFor('tags')}

      <div class="row-buttons">
        <button type="submit" class="primary" disabled={saving}>
          {t('optionsSave')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('optionsCancel')}
        </button>
      </div>
    </form>
  );
}
