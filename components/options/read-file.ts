/**
 * Reads a file the reader chose, refusing one over the size limit before reading a byte of it,
 * so a 50 MB mistake fails at once instead of freezing the page.
 */
export type ReadFileResult =
  { ok: true; text: string } | { ok: false; reason: 'too-big' | 'unreadable' };

export async function readChosenFile(file: File, maxBytes: number): Promise<ReadFileResult> {
  if (file.size > maxBytes) return { ok: false, reason: 'too-big' };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
