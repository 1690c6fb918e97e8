/**
 * `npm run analyze -- <page.html | page.html.gz> [--json]`: runs Gloss's core on a saved page
 * and prints what the extension would do there.
 */
import { analyze } from '../lib';
import { builtinGlossary } from '../lib/glossary/builtin';
import { compileGlossary } from '../lib/glossary';
import { loadPage, PageLoadError } from './load-page';
import { printReadable, toReport } from './report';

const USAGE = 'usage: npm run analyze -- <page.html | page.html.gz> [--json]';

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const files = argv.filter((arg) => arg !== '--json');
  const unknown = files.filter((arg) => arg.startsWith('--'));
  if (files.length !== 1 || unknown.length > 0) {
    console.error(unknown.length > 0 ? `unknown option ${unknown[0]}\n${USAGE}` : USAGE);
    return 2;
  }
  const path = files[0]!;
  let document: Document;
  try {
    document = loadPage(path);
  } catch (error) {
    if (error instanceof PageLoadError) {
      console.error(`error: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const analysis = analyze(document, { glossary: compileGlossary(builtinGlossary) });
  const report = toReport(document, analysis);
  if (json) console.log(JSON.stringify(report, null, 2));
  else printReadable(path, report);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
