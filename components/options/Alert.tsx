/**
 * Messages that must be heard: `role="alert"` for failures (announced at once), `role="status"`
 * for confirmations (announced politely). Both render plain text only.
 */
import type { ComponentChildren } from 'preact';

export function Alert({ id, children }: { id?: string; children: ComponentChildren }) {
  return (
    <div id={id} class="message error" role="alert">
      {children}
    </div>
  );
}

export function Notice({ id, children }: { id?: string; children: ComponentChildren }) {
  return (
    <div id={id} class="message ok" role="status">
      {children}
    </div>
  );
}
