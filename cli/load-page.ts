/**
 * Reads a saved page (`.html` or gzip) and parses it with happy-dom, never running its scripts
 * or fetching anything. Shared by the CLI and the benchmarks so both see the same DOM.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Window } from 'happy-dom';

export class PageLoadError extends Error {}

const GZIP_MAGIC = [0x1f, 0x8b];

function decode(path: string, bytes: Buffer): string {
  if (bytes.length === 0) throw new PageLoadError(`${path}: the file is empty`);
  let raw = bytes;
  if (bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1]) {
    try {
      raw = gunzipSync(bytes);
    } catch {
      throw new PageLoadError(`${path}: looks gzipped but does not decompress`);
    }
  }
  const sample = raw.subarray(0, 4096);
  if (sample.includes(0)) throw new PageLoadError(`${path}: binary data, not an HTML page`);
  const text = raw.toString('utf8');
  if (!/<\s*(!doctype|html|head|body|p|div|article|main|title)\b/i.test(text.slice(0, 65536))) {
    throw new PageLoadError(`${path}: no HTML markup found`);
  }
  return text;
}

/** The window behind each parsed document, so the document can be let go of (see `disposePage`). */
const windows = new WeakMap<Document, Window>();

/** Parses HTML text into a document with scripts, styles, frames and navigation all disabled. */
export function parseHtml(html: string): Document {
  const window = new Window({
    url: 'http://127.0.0.1/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  windows.set(document, window);
  return document;
}

/**
 * Closes the window behind a parsed document. A happy-dom window keeps every document it
 * parsed, about 10 MB for a news page, until it is closed: a loop over a corpus must dispose of
 * each page or run out of memory.
 */
export function disposePage(document: Document): void {
  void windows.get(document)?.happyDOM.close();
  windows.delete(document);
}

export function loadPage(path: string): Document {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PageLoadError(
      code === 'ENOENT'
        ? `${path}: no such file`
        : code === 'EISDIR'
          ? `${path}: is a folder, not a page`
          : `${path}: cannot read (${code ?? String(error)})`,
    );
  }
  return parseHtml(decode(path, bytes));
}
