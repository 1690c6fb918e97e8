/**
 * Serves the corpus pages from 127.0.0.1 with their scripts stripped, on the tests' fixture
 * server (so the seed page is served too). Corpus pages were saved with JavaScript disabled;
 * running their scripts here would only add network errors, ads and noise to the measurement.
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { startServer } from '../../tests/browser/server.mjs';

// The inside of a start tag: quoted values may contain '>', so they are matched whole.
const TAG_BODY = String.raw`(?:[^>"']|"[^"]*"|'[^']*')*`;
// A script ends at the first `</script`, as the HTML tokenizer does.
const SCRIPT = new RegExp(String.raw`<script\b(${TAG_BODY})>[\s\S]*?<\/script\b[^>]*>`, 'gi');
const LD_JSON = /\btype\s*=\s*(["']?)\s*application\/ld\+json\s*\1/i;
const START_TAG = new RegExp(String.raw`<([a-zA-Z][^\s/>]*)(${TAG_BODY})>`, 'g');
// One attribute (with the whitespace before it), or any other single character of the tag.
const ATTRIBUTE = /(\s*)([^\s"'>/=]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?|[\s\S]/g;
const REFRESH = /^\s*["']?\s*refresh\b/i;

/** Drops event-handler attributes from a tag's attribute text; returns it unchanged otherwise. */
function withoutHandlers(attributes) {
  if (!/\son/i.test(attributes)) return attributes;
  return attributes.replace(ATTRIBUTE, (whole, _space, name) =>
    name && /^on/i.test(name) ? '' : whole,
  );
}

/**
 * Removes `<script>` elements (JSON-LD kept: detection reads it), `on*=` attributes and
 * `<meta http-equiv=refresh>`. Everything else stays byte for byte, so the text is untouched.
 */
export function stripScripts(html) {
  return html
    .replace(SCRIPT, (whole, attributes) => (LD_JSON.test(attributes) ? whole : ''))
    .replace(START_TAG, (whole, name, attributes) => {
      if (name.toLowerCase() === 'meta') {
        const equiv = /\shttp-equiv\s*=\s*(["']?[^\s>]*)/i.exec(attributes);
        if (equiv && REFRESH.test(equiv[1])) return '';
      }
      const kept = withoutHandlers(attributes);
      return kept === attributes ? whole : `<${name}${kept}>`;
    });
}

/** The URL path a corpus page is served at. */
export const corpusPath = (id) => `/corpus/${id}.html`;

/**
 * Starts the server; pages are read and stripped on request, and served with their own bytes
 * and the corpus's charset, or none (the browser then sniffs the encoding, as for a page served
 * without one). `url(path)` builds page URLs.
 */
export function serveCorpus(corpus, ids) {
  const type = corpus.charset ? `text/html; charset=${corpus.charset}` : 'text/html';
  const routes = {};
  for (const id of ids) {
    routes[corpusPath(id)] = async () => {
      const file = await readFile(corpus.pagePath(id));
      const bytes = file[0] === 0x1f && file[1] === 0x8b ? gunzipSync(file) : file;
      // latin1 maps each byte to one character and back, so any encoding's bytes survive.
      return { type, body: Buffer.from(stripScripts(bytes.toString('latin1')), 'latin1') };
    };
  }
  return startServer(routes);
}
