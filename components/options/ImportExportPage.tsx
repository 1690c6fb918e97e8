/**
 * Import a glossary file (JSON, CSV, TSV or text) with a preview before anything is written,
 * and export the glossary as JSON or as CSV for Anki. An import is applied in one write.
 */
import { useRef, useState } from 'preact/hooks';
import { applyMerge, planMerge } from '../../lib/glossary/merge';
import { exportCsv, exportJson } from '../../lib/glossary/export';
import { parseImport } from '../../lib/glossary/import';
import type { GlossaryEntry } from '../../lib/glossary/entry';
import { LIMITS } from '../../lib/glossary/format';
import { t } from '../../extension/i18n';
import { effectiveEntries, glossaryRecord } from '../../extension/storage/glossary';
import { datedFileName, downloadText } from './download';
import { mergeIntoStored } from './import-merge';
import { type ImportSummary, ImportPreview } from './ImportPreview';
import { useRecord } from './use-record';
import { readChosenFile } from './read-file';

/** Glossary files are text; anything larger is a mistake, and reading it would stall the page. */
export const MAX_IMPORT_BYTES = LIMITS.importBytes;

type Message = { kind: 'error' | 'done'; text: string } | undefined;

export function ImportExportPage() {
  const glossary = useRecord(glossaryRecord);
  const [preview, setPreview] = useState<{ summary: ImportSummary; incoming: GlossaryEntry[] }>();
  const [message, setMessage] = useState<Message>(undefined);
  const [applying, setApplying] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const reset = () => {
    setPreview(undefined);
    if (fileInput.current) fileInput.current.value = '';
  };

  const choose = async (file: File | undefined) => {
    setPreview(undefined);
    setMessage(undefined);
    if (!file || !glossary.value) return;
    const read = await readChosenFile(file, MAX_IMPORT_BYTES);
    if (!read.ok) {
      reset();
      const key = read.reason === 'too-big' ? 'optionsImportTooBig' : 'optionsImportUnreadable';
      setMessage({ kind: 'error', text: t(key, file.name) });
      return;
    }
    const text = read.text;
    const parsed = parseImport(text, file.name);
    if (!parsed.ok) {
      reset();
      setMessage({ kind: 'error', text: t('optionsImportInvalid', [file.name, parsed.error]) });
      return;
    }
    const plan = planMerge(effectiveEntries(glossary.value), parsed.entries);
    setPreview({
      incoming: parsed.entries,
      summary: {
        fileName: file.name,
        added: plan.added,
        updated: plan.updated,
        unchanged: plan.unchanged,
        // The merge numbers its skips by position among the parsed entries, not by line in the
        // file, so they are listed by their reason (which names the term) without a row.
        skipped: [...parsed.skipped, ...plan.skipped.map(({ reason }) => ({ reason }))],
      },
    });
  };

  const apply = async () => {
    if (!preview) return;
    setApplying(true);
    // Re-planned against the latest stored glossary inside the write, so a change made since
    // the preview (in another tab, or from a page) is merged rather than overwritten.
    const ok = await glossary.update((current) =>
      mergeIntoStored(current, (existing) =>
        applyMerge(existing, planMerge(existing, preview.incoming)),
      ),
    );
    setApplying(false);
    const { added, updated } = preview.summary;
    reset();
    setMessage(
      ok
        ? {
            kind: 'done',
            text: t('optionsImportDone', [String(added.length), String(updated.length)]),
          }
        : { kind: 'error', text: t('optionsImportWriteFailed') },
    );
  };

  const exportAs = (format: 'json' | 'csv') => {
    if (!glossary.value) return;
    const entries = effectiveEntries(glossary.value);
    if (format === 'json') {
      downloadText(
        datedFileName('gloss-glossary', 'json'),
        exportJson(entries),
        'application/json',
      );
    } else {
      downloadText(datedFileName('gloss-glossary', 'csv'), exportCsv(entries), 'text/csv');
    }
  };

  return (
    <section aria-labelledby="import-heading">
      <h1 id="import-heading">{t('optionsImportExportHeading')}</h1>

      <h2>{t('optionsImportHeading')}</h2>
      <p class="muted" id="import-hint">
        {t('optionsImportHint')}
      </p>
      <label for="import-file">{t('optionsImportFileLabel')}</label>
      <input
        id="import-file"
        ref={fileInput}
        type="file"
        accept=".json,.csv,.tsv,.txt"
        aria-describedby="import-hint"
        disabled={!glossary.value || applying}
        onChange={(event) => void choose(event.currentTarget.files?.[0])}
      />
      <div
        id="import-message"
        class={message ? `message ${message.kind === 'error' ? 'error' : 'ok'}` : 'message-empty'}
        role={message?.kind === 'error' ? 'alert' : 'status'}
      >
        {message?.text}
      </div>
      {preview && (
        <ImportPreview
          summary={preview.summary}
          applying={applying}
          onApply={apply}
          onCancel={() => {
            reset();
            setMessage({ kind: 'done', text: t('optionsImportCancelled') });
          }}
        />
      )}

      <h2>{t('optionsExportHeading')}</h2>
      <p class="muted">{t('optionsExportHint')}</p>
      <div class="row-buttons">
        <button
          type="button"
          class="secondary"
          onClick={() => exportAs('json')}
          disabled={!glossary.value}
        >
          {t('optionsExportJson')}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => exportAs('csv')}
          disabled={!glossary.value}
        >
          {t('optionsExportCsv')}
        </button>
      </div>
    </section>
  );
}
