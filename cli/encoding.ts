/**
 * A saved page's bytes to text, as a browser decodes a page: the HTML standard's encoding
 * sniffing (a byte order mark, then the charset the page is served with if any, then a
 * `<meta charset>` or `<meta http-equiv="content-type">` in the first 1024 bytes, else
 * windows-1252, the fallback for unlabelled pages), then the decoder for that encoding.
 * Reading every file as UTF-8 garbles the accented letters of pages saved in a legacy encoding.
 * The decoders are whatwg-encoding's, as jsdom's: Node 20's TextDecoder reads windows-1252 as
 * latin-1 (0x80 is not '€').
 */
import sniffHtmlEncoding from 'html-encoding-sniffer';
import { decode, getBOMEncoding, labelToName } from 'whatwg-encoding';

export interface DecodedPage {
  text: string;
  /** The encoding's WHATWG name, e.g. `windows-1252`, `UTF-8`, `Shift_JIS`. */
  encoding: string;
  /**
   * Whether the encoding came from a byte order mark or the served charset. Otherwise it is
   * tentative, and a `<meta>` the parser meets later in the head may still change it.
   */
  certain: boolean;
}

/**
 * `charset` is the served charset (from `Content-Type`), if the page has one. Labels name only
 * encodings there is a decoder for (whatwg-encoding maps no label to the `replacement`
 * encoding), so an unknown or unsupported label is ignored, as the sniffing algorithm says.
 */
export function decodeHtml(bytes: Uint8Array, charset?: string): DecodedPage {
  const served = charset === undefined ? null : labelToName(charset);
  const encoding = sniffHtmlEncoding(bytes, { transportLayerEncodingLabel: served ?? undefined });
  // decode() drops the byte order mark.
  const text = decode(bytes, encoding);
  return { text, encoding, certain: getBOMEncoding(bytes) !== null || served !== null };
}

const CHARSET_IN_CONTENT = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i;

/**
 * The encoding the first charset-declaring `<meta>` in the head names, as the parser's "change
 * the encoding" step reads it (UTF-16 becomes UTF-8, x-user-defined windows-1252), or null.
 * Browsers honour such a `<meta>` past the first 1024 bytes too (Firefox reads the page again,
 * Chromium scans the whole head before decoding), which the prescan alone misses.
 */
export function declaredEncoding(document: Document): string | null {
  for (const meta of document.head?.querySelectorAll('meta') ?? []) {
    let label = meta.getAttribute('charset');
    if (
      label === null &&
      meta.getAttribute('http-equiv')?.trim().toLowerCase() === 'content-type'
    ) {
      const match = CHARSET_IN_CONTENT.exec(meta.getAttribute('content') ?? '');
      label = match ? (match[1] ?? match[2] ?? match[3] ?? null) : null;
    }
    const name = label === null ? null : labelToName(label);
    if (name === null) continue;
    if (name === 'UTF-16LE' || name === 'UTF-16BE') return 'UTF-8';
    return name === 'x-user-defined' ? 'windows-1252' : name;
  }
  return null;
}
