/**
 * The glossary: every term (built-ins with the reader's edits in place, then the reader's own),
 * a search box, and the add / edit form opened by the `#add…` and `#edit=…` routes.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import type { GlossaryEntry } from '../../lib/glossary/entry';
import { t } from '../../extension/i18n';
import { effectiveEntries, glossaryRecord } from '../../extension/storage/glossary';
import { Alert, Notice } from './Alert';
import { EntryForm } from './EntryForm';
import { GlossaryRow } from './GlossaryRow';
import {
  deleteEntry,
  draftOf,
  emptyDraft,
  type EntryDraft,
  entryFromDraft,
  isBuiltinId,
  matchesSearch,
  newEntryId,
  putEntry,
  setMuted,
} from './glossary-edits';
import { useRecord } from './use-record';

export type GlossaryForm =
  { kind: 'edit'; id: string } | { kind: 'add'; term: string; context: string };

export interface GlossaryPageProps {
  form: GlossaryForm | undefined;
  /** Opens or closes the form by changing the route, so the back button works as expected. */
  openForm(form: GlossaryForm | undefined): void;
}

/** After a delete: what to put back if the reader presses Undo. */
interface Undo {
  entry: GlossaryEntry;
  wasMuted: boolean;
}

export function GlossaryPage({ form, openForm }: GlossaryPageProps) {
  const glossary = useRecord(glossaryRecord);
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [undo, setUndo] = useState<Undo | undefined>(undefined);
  const undoRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  /**
   * Closing the form removes the focused control: focus goes to the term just saved, wherever
   * it sorts in the list, so the reader sees it; else back to the top of the list.
   */
  const closeForm = (savedId?: string) => {
    openForm(undefined);
    requestAnimationFrame(() => {
      const saved = savedId ? document.getElementById(`term-${savedId}`) : null;
      (saved ?? headingRef.current)?.focus();
      saved?.scrollIntoView({ block: 'center' });
    });
  };

  const stored = glossary.value;
  const all = useMemo(
    () =>
      stored
        ? effectiveEntries(stored).sort((a, b) =>
            a.term.localeCompare(b.term, undefined, { sensitivity: 'base' }),
          )
        : [],
    [stored],
  );
  const muted = useMemo(() => new Set(stored?.muted ?? []), [stored]);
  const shown = all.filter((entry) => matchesSearch(entry, query));

  if (!stored) {
    return glossary.error ? (
      <Alert>{t('optionsReadFailed', glossary.error)}</Alert>
    ) : (
      <p class="muted" role="status">
        {t('optionsLoading')}
      </p>
    );
  }

  const editing = form?.kind === 'edit' ? all.find((entry) => entry.id === form.id) : undefined;

  const save = async (draft: EntryDraft) => {
    const id = editing?.id ?? newEntryId();
    const entry = entryFromDraft(draft, id, Date.now());
    const ok = await glossary.update((current) => putEntry(current, entry));
    if (ok) {
      setUndo(undefined);
      setNotice(t('optionsSaved', entry.term));
      closeForm(entry.id);
    }
    return ok;
  };

  const remove = async (entry: GlossaryEntry) => {
    const ok = await glossary.update((current) => deleteEntry(current, entry.id));
    if (!ok) return;
    if (isBuiltinId(entry.id)) {
      setUndo(undefined);
      setNotice(t('optionsMutedNotice', entry.term));
    } else {
      setNotice(undefined);
      setUndo({ entry, wasMuted: muted.has(entry.id) });
      // The pressed button is gone; put focus on Undo, the one thing the reader may want next.
      requestAnimationFrame(() => undoRef.current?.focus());
    }
  };

  const restoreDeleted = async ({ entry, wasMuted }: Undo) => {
    const ok = await glossary.update((current) =>
      setMuted(putEntry(current, entry), entry.id, wasMuted),
    );
    if (ok) {
      setUndo(undefined);
      setNotice(t('optionsRestored', entry.term));
    }
  };

  /** Drops the reader's copy of a built-in, so the shipped definition shows again. */
  const restoreBuiltin = (entry: GlossaryEntry) =>
    glossary.update((current) => ({
      ...current,
      entries: current.entries.filter((e) => e.id !== entry.id),
    }));

  return (
    <section aria-labelledby="glossary-heading">
      <h1 id="glossary-heading" tabIndex={-1} ref={headingRef}>
        {t('optionsGlossaryHeading')}
      </h1>
      {glossary.problem && <Alert>{glossary.problem}</Alert>}
      {glossary.error && <Alert>{t('optionsWriteFailed', glossary.error)}</Alert>}
      {notice && <Notice>{notice}</Notice>}
      {undo && (
        <div class="message ok" role="status">
          {t('optionsDeletedNotice', undo.entry.term)}{' '}
          <button type="button" class="link" ref={undoRef} onClick={() => restoreDeleted(undo)}>
            {t('optionsUndo')}
          </button>
        </div>
      )}

      {form?.kind === 'edit' && !editing && <Alert>{t('optionsEntryNotFound')}</Alert>}
      {form && (form.kind === 'add' || editing) ? (
        <EntryForm
          // A new key per target resets the form's state when the route changes.
          key={form.kind === 'edit' ? `edit:${form.id}` : `add:${form.term}`}
          editing={editing ? { term: editing.term, builtin: isBuiltinId(editing.id) } : undefined}
          initial={editing ? draftOf(editing) : emptyDraft(form.kind === 'add' ? form.term : '')}
          context={form.kind === 'add' ? form.context : undefined}
          existing={(term) => {
            const key = term.trim().toLowerCase();
            // A term the reader deleted (a muted built-in) is theirs to add again.
            return all.find(
              (entry) =>
                !muted.has(entry.id) &&
                [entry.term, ...entry.aliases].some((name) => name.toLowerCase() === key),
            );
          }}
          onSave={save}
          onCancel={() => closeForm()}
        />
      ) : (
        <div class="toolbar">
          <button
            type="button"
            class="primary"
            onClick={() => openForm({ kind: 'add', term: '', context: '' })}
          >
            {t('optionsAddTerm')}
          </button>
        </div>
      )}

      <div class="search">
        <label for="glossary-search">{t('optionsSearchLabel')}</label>
        <input
          id="glossary-search"
          type="search"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          aria-describedby="glossary-count"
        />
        <p id="glossary-count" class="muted" role="status">
          {t('optionsTermCount', [String(shown.length), String(all.length)])}
        </p>
      </div>

      <ul class="entries">
        {shown.map((entry) => (
          <GlossaryRow
            key={entry.id}
            entry={entry}
            builtin={isBuiltinId(entry.id)}
            editedBuiltin={isBuiltinId(entry.id) && entry.origin === 'user'}
            muted={muted.has(entry.id)}
            onEdit={() => openForm({ kind: 'edit', id: entry.id })}
            onDelete={() => remove(entry)}
            onUnmute={() => glossary.update((current) => setMuted(current, entry.id, false))}
            onRestore={() => restoreBuiltin(entry)}
          />
        ))}
      </ul>
    </section>
  );
}
