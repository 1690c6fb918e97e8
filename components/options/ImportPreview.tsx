/** What an import would do, shown before anything is written: counts, names and skipped rows. */
import { useEffect, useRef } from 'preact/hooks';
import type { GlossaryEntry } from '../../lib/glossary/entry';
import { t } from '../../extension/i18n';

export interface ImportSummary {
  fileName: string;
  added: readonly GlossaryEntry[];
  updated: readonly { before: GlossaryEntry; after: GlossaryEntry }[];
  unchanged: number;
  /** Rows the file had that will not be imported, with why (from parsing and from merging). */
  skipped: readonly { row?: number; reason: string }[];
}

export interface ImportPreviewProps {
  summary: ImportSummary;
  applying: boolean;
  onApply(): void;
  onCancel(): void;
}

/** Enough names to recognise the file, few enough to keep the preview readable. */
const NAMES_SHOWN = 12;

export function ImportPreview({ summary, applying, onApply, onCancel }: ImportPreviewProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const { added, updated, unchanged, skipped } = summary;
  const nothingToDo = added.length === 0 && updated.length === 0;

  return (
    <section class="import-preview" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading" tabIndex={-1} ref={headingRef}>
        {t('optionsImportPreviewHeading', summary.fileName)}
      </h3>
      <dl class="counts">
        <dt>{t('optionsImportAdded')}</dt>
        <dd data-count="added">{added.length}</dd>
        <dt>{t('optionsImportUpdated')}</dt>
        <dd data-count="updated">{updated.length}</dd>
        <dt>{t('optionsImportUnchanged')}</dt>
        <dd data-count="unchanged">{unchanged}</dd>
        <dt>{t('optionsImportSkipped')}</dt>
        <dd data-count="skipped">{skipped.length}</dd>
      </dl>
      {added.length > 0 && (
        <NameList label={t('optionsImportAddedNames')} names={added.map((e) => e.term)} />
      )}
      {updated.length > 0 && (
        <NameList label={t('optionsImportUpdatedNames')} names={updated.map((u) => u.after.term)} />
      )}
      {skipped.length > 0 && (
        <details open={skipped.length <= 5}>
          <summary>{t('optionsImportSkippedDetails')}</summary>
          <ul class="skipped">
            {skipped.map((item, index) => (
              <li key={index}>
                {item.row === undefined
                  ? item.reason
                  : t('optionsImportSkippedRow', [String(item.row), item.reason])}
              </li>
            ))}
          </ul>
        </details>
      )}
      {nothingToDo && <p class="muted">{t('optionsImportNothing')}</p>}
      <div class="row-buttons">
        <button
          id="import-apply"
          type="button"
          class="primary"
          onClick={onApply}
          disabled={applying || nothingToDo}
        >
          {t('optionsImportApply')}
        </button>
        <button type="button" class="secondary" onClick={onCancel} disabled={applying}>
          {t('optionsCancel')}
        </button>
      </div>
    </section>
  );
}

function NameList({ label, names }: { label: string; names: string[] }) {
  const rest = names.length - NAMES_SHOWN;
  return (
    <p class="names">
      <span class="muted">{label}</span> {names.slice(0, NAMES_SHOWN).join(', ')}
      {rest > 0 && ` ${t('optionsAndMore', String(rest))}`}
    </p>
  );
}
