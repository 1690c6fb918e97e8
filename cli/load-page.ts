/**
 * Reads a saved page (`.html` or gzip) and parses it as a browser would: its bytes decoded with
 * the browser's encoding rules (cli/encoding.ts) and parsed by jsdom, whose parser (parse5)
 * follows the HTML standard, so misnested and unclosed tags build the tree Chromium and Firefox
 * build. The page's scripts never run and nothing is fetched. Shared by the CLI and the
 * benchmarks so both see the same DOM.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { type DOMWindow, JSDOM, VirtualConsole } from 'jsdom';
import jsdomWrappers from 'jsdom/lib/jsdom/living/generated/utils.js';
import { type DecodedPage, declaredEncoding, decodeHtml } from './encoding';

export class PageLoadError extends Error {}

const GZIP_MAGIC = [0x1f, 0x8b];
const PAGE_URL = 'http://127.0.0.1/';

export interface LoadOptions {
  /**
   * The charset the page would be served with (`Content-Type: text/html; charset=…`): it
   * overrides everything in the page but a byte order mark. Leave it out for a page served
   * with no charset, which the browser then sniffs.
   */
  charset?: string;
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
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
}

function gunzipped(path: string, bytes: Buffer): Buffer {
  if (bytes.length === 0) throw new PageLoadError(`${path}: the file is empty`);
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) return bytes;
  try {
    return gunzipSync(bytes);
  } catch {
    throw new PageLoadError(`${path}: looks gzipped but does not decompress`);
  }
}

/** The page's text, or a clear error when the bytes are not an HTML page. */
function pageText(path: string, bytes: Buffer, charset: string | undefined): DecodedPage {
  const page = decodeHtml(bytes, charset);
  // Checked on the text, not the bytes: a UTF-16 page has a zero byte in every other place.
  if (page.text.slice(0, 4096).includes('\u0000'))
    throw new PageLoadError(`${path}: binary data, not an HTML page`);
  if (
    !/<\s*(!doctype|html|head|body|p|div|article|main|title)\b/i.test(page.text.slice(0, 65536))
  ) {
    throw new PageLoadError(`${path}: no HTML markup found`);
  }
  return page;
}

/**
 * The parser's scripting flag on, as in a browser with JavaScript on (the readers' case), while
 * no script runs: `<noscript>` then holds raw text, not markup. jsdom ties the flag to running
 * scripts and has no option for it, so it is set on its document before parsing (a unit test
 * pins this down). With the flag off, a tracking pixel in a `<noscript>` in the head ends the
 * head there and moves the page's remaining metadata into the body.
 */
function parseWithScriptingFlag(window: DOMWindow): void {
  const document = jsdomWrappers.implForWrapper(window.document) as {
    _parseOptions: { scriptingEnabled?: boolean };
  };
  document._parseOptions.scriptingEnabled = true;
}

/** Parses HTML text into a document; scripts do not run and no resource is loaded. */
export function parseHtml(html: string): Document {
  const dom = new JSDOM(html, {
    url: PAGE_URL,
    // A console of its own that prints nothing: jsdom reports every stylesheet it cannot parse.
    virtualConsole: new VirtualConsole(),
    beforeParse: parseWithScriptingFlag,
  });
  return dom.window.document;
}

/**
 * Closes the window behind a parsed document, and resolves once it can be freed. A window holds
 * its document (tens of MB for a large news page) until it is closed, and jsdom queues tasks
 * that hold it until the event loop next turns: a loop over a corpus must await this for each
 * page, or it keeps every page it read (3.7 GB over 511 pages).
 */
export async function disposePage(document: Document): Promise<void> {
  document.defaultView?.close();
  await new Promise((resolve) => setImmediate(resolve));
}

export function loadPage(path: string, options: LoadOptions = {}): Document {
  const bytes = gunzipped(path, readBytes(path));
  const page = pageText(path, bytes, options.charset);
  const document = parseHtml(page.text);
  if (page.certain) return document;
  // The parser's "change the encoding": a <meta> in the head past the prescan's 1024 bytes
  // that names another encoding makes the browser read the page again in that one.
  const declared = declaredEncoding(document);
  if (declared === null || declared === page.encoding) return document;
  void disposePage(document);
  return parseHtml(pageText(path, bytes, declared).text);
}
