/**
 * The CLI's and the benchmarks' page loader: bytes decoded with the browser's encoding rules,
 * parsed as the HTML standard says, and a clear error for what is not a page.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeHtml } from '../../cli/encoding';
import { disposePage, loadPage, PageLoadError, parseHtml } from '../../cli/load-page';

const dir = mkdtempSync(join(tmpdir(), 'gloss-load-page-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function saved(bytes: Uint8Array | string, name = `page-${++files}.html`): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const ascii = (text: string) => Buffer.from(text, 'latin1');
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? ascii(part) : Buffer.from(part))));

/** The text of the first paragraph of the page saved as `pageBytes`. */
function paragraph(pageBytes: Uint8Array, charset?: string): string {
  const document = loadPage(saved(pageBytes), { charset });
  const text = document.querySelector('p')?.textContent ?? '';
  disposePage(document);
  return text;
}

const UTF8_CAFE = [...Buffer.from('café', 'utf8')];

describe('encoding sniffing, as the browser does it', () => {
  it('a UTF-8 byte order mark wins over a <meta charset>', () => {
    const page = bytes([0xef, 0xbb, 0xbf], '<meta charset="windows-1252"><p>', UTF8_CAFE);
    expect(decodeHtml(page).encoding).toBe('UTF-8');
    expect(paragraph(page)).toBe('café');
  });

  it('a UTF-16 page with its byte order mark is text, not binary', () => {
    const html = '<!doctype html><p>Zürich – 東京</p>';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeHtml(le).encoding).toBe('UTF-16LE');
    expect(decodeHtml(be).encoding).toBe('UTF-16BE');
    expect(paragraph(le)).toBe('Zürich – 東京');
    expect(paragraph(be)).toBe('Zürich – 東京');
  });

  it('<meta charset="windows-1252"> reads 0x80 as the euro sign, as latin-1 would not', () => {
    const page = bytes('<meta charset="windows-1252"><p>', [0x80, 0x20, 0x63, 0x61, 0x66, 0xe9]);
    expect(decodeHtml(page).encoding).toBe('windows-1252');
    expect(paragraph(page)).toBe('€ café');
  });

  it('<meta charset="iso-8859-2"> reads Polish letters', () => {
    const page = bytes('<meta charset="ISO-8859-2"><p>', [0xb3, 0xf3, 0xbf, 0x6b, 0x6f]);
    expect(decodeHtml(page).encoding).toBe('ISO-8859-2');
    expect(paragraph(page)).toBe('łóżko');
  });

  it('<meta charset="shift_jis"> reads Japanese', () => {
    const page = bytes('<meta charset=shift_jis><p>', [0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea]);
    expect(decodeHtml(page).encoding).toBe('Shift_JIS');
    expect(paragraph(page)).toBe('日本語');
  });

  it('<meta http-equiv="content-type" content="…; charset=…"> counts too', () => {
    const page = bytes(
      '<head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head><p>',
      [0xb3, 0xf3, 0xbf, 0x6b, 0x6f],
    );
    expect(decodeHtml(page).encoding).toBe('ISO-8859-2');
    expect(paragraph(page)).toBe('łóżko');
  });

  it('a page with no label is windows-1252, even when its bytes are UTF-8', () => {
    expect(decodeHtml(bytes('<p>', [0x63, 0x61, 0x66, 0xe9])).encoding).toBe('windows-1252');
    expect(paragraph(bytes('<p>', [0x63, 0x61, 0x66, 0xe9]))).toBe('café');
    // What Chromium and Firefox show for an unlabelled UTF-8 page served without a charset.
    expect(paragraph(bytes('<p>', UTF8_CAFE))).toBe('cafÃ©');
  });

  it('the charset the page is served with wins over its <meta>, not over a byte order mark', () => {
    const page = bytes('<meta charset="windows-1252"><p>', UTF8_CAFE);
    expect(paragraph(page, 'utf-8')).toBe('café');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>ł', 'utf16le')]);
    expect(paragraph(utf16, 'windows-1252')).toBe('ł');
  });

  it('an unknown or defused label is ignored, so the page is sniffed as if it had none', () => {
    const page = bytes('<meta charset="iso-2022-kr"><p>', [0xb3]);
    expect(decodeHtml(page).encoding).toBe('windows-1252');
    expect(decodeHtml(bytes('<p>', [0xb3]), 'no-such-charset').encoding).toBe('windows-1252');
    expect(decodeHtml(bytes('<p>', [0xb3]), 'no-such-charset').certain).toBe(false);
  });

  it('a <meta charset> in the head past the first 1024 bytes still counts (the parser reads the page again)', () => {
    const padding = `<title>${'x'.repeat(1100)}</title>`;
    const page = bytes(`<head>${padding}<meta charset="utf-8"></head><p>`, UTF8_CAFE);
    expect(decodeHtml(page).encoding).toBe('windows-1252'); // the prescan alone misses it
    expect(paragraph(page)).toBe('café');
  });

  it('a late <meta charset> in the body does not change the encoding', () => {
    const padding = `<p>${'x'.repeat(1100)}</p>`;
    const page = bytes(`<body>${padding}<meta charset="utf-8"><p>`, UTF8_CAFE);
    const document = loadPage(saved(page));
    expect(document.querySelectorAll('p')[1]?.textContent).toBe('cafÃ©');
    disposePage(document);
  });
});

describe('parsing, as the HTML standard says', () => {
  const happyDomBody = (html: string) =>
    new new Window().DOMParser().parseFromString(html, 'text/html').body.innerHTML;

  it('closes a heading that another heading opens inside it (happy-dom nests them)', () => {
    const html = '<h1>Title<h2>Standfirst</h2><p>Body';
    expect(parseHtml(html).body.innerHTML).toBe('<h1>Title</h1><h2>Standfirst</h2><p>Body</p>');
    expect(happyDomBody(html)).not.toBe('<h1>Title</h1><h2>Standfirst</h2><p>Body</p>');
  });

  it('moves text misplaced in a table out in front of it (happy-dom keeps it inside)', () => {
    const html = '<table><tr><td>cell</td></tr>stray<p>para</p></table>';
    const body = parseHtml(html).body;
    expect(body.querySelector('p')?.textContent).toBe('para');
    expect(body.querySelector('table')?.textContent).toBe('cell');
    expect(
      new new Window().DOMParser().parseFromString(html, 'text/html').body.querySelector('p')
        ?.textContent,
    ).toBe('');
  });

  it('reopens a formatting element closed out of order (the adoption agency)', () => {
    expect(parseHtml('<b><i>x</b>y</i>z').body.innerHTML).toBe('<b><i>x</i></b><i>y</i>z');
    expect(happyDomBody('<b><i>x</b>y</i>z')).toBe('<b><i>x</i></b>yz');
  });

  it('reads <noscript> as a browser with JavaScript on does: raw text, the head left whole', () => {
    const document = parseHtml(
      '<head><noscript><img src="pixel.gif"></noscript><meta property="og:type" content="article"><title>T</title></head><body><noscript><p>Enable JavaScript</p></noscript><p>Story</p>',
    );
    expect(document.head.querySelector('meta[property="og:type"]')).not.toBeNull();
    expect(document.body.querySelectorAll('p')).toHaveLength(1);
    expect(document.body.querySelector('noscript')?.textContent).toBe('<p>Enable JavaScript</p>');
  });

  it('runs no script and loads nothing', () => {
    const document = parseHtml(
      '<body><p id=p>before</p><script>document.getElementById("p").textContent = "ran"</script><img src="http://127.0.0.1:9/x.png" onerror="document.title=\'ran\'">',
    );
    expect(document.getElementById('p')?.textContent).toBe('before');
    expect(document.title).toBe('');
  });
});

describe('bad input gets a clear error', () => {
  const failure = (path: string) => {
    try {
      loadPage(path);
    } catch (error) {
      expect(error).toBeInstanceOf(PageLoadError);
      return (error as Error).message;
    }
    throw new Error('no error');
  };

  it('for a missing file, a folder, an empty file', () => {
    expect(failure(join(dir, 'nowhere.html'))).toMatch(/no such file/);
    mkdirSync(join(dir, 'folder.html'));
    expect(failure(join(dir, 'folder.html'))).toMatch(/is a folder/);
    expect(failure(saved(''))).toMatch(/the file is empty/);
  });

  it('for binary data, text that is not HTML, and a broken gzip', () => {
    expect(failure(saved(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])))).toMatch(
      /binary data/,
    );
    expect(failure(saved('just some notes, no markup'))).toMatch(/no HTML markup/);
    expect(failure(saved(Buffer.from([0x1f, 0x8b, 1, 2, 3])))).toMatch(/does not decompress/);
  });

  it('reads a gzipped page like the plain one', () => {
    const page = bytes('<meta charset="iso-8859-2"><p>', [0xb3, 0xf3, 0xbf, 0x6b, 0x6f]);
    expect(paragraph(gzipSync(page))).toBe('łóżko');
  });
});
