/**
 * `npm run size [-- --report]`: bytes of each built script, minified and gzipped (level 9), and
 * the content script's gzip size against its budget. The content script is the one that runs
 * on every page the reader opens, so it is the one with a budget; the article script loads only
 * on articles. Exits 1 when the content script is over, unless `--report`; `npm run build`
 * runs it without, so an over-budget build fails.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv3'];
const CONTENT_BUDGET = 25 * 1024;
const reportOnly = process.argv.includes('--report');
const ORDER = [
  'content script',
  'first-paint script',
  'article script',
  'background',
  'popup',
  'options',
  'shared chunk',
];

/** What a built file is, by WXT's layout: entry chunks are named after their entrypoint. */
function roleOf(path) {
  if (path === 'content-scripts/content.js') return 'content script';
  if (path === 'first-paint.js') return 'first-paint script';
  if (path === 'article-script.js') return 'article script';
  if (path === 'background.js') return 'background';
  const chunk = /^chunks\/(popup|options)-/.exec(path);
  if (chunk) return chunk[1];
  return 'shared chunk';
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1).padStart(6)} KB`;

function measure(build) {
  const dir = join(ROOT, build);
  return readdirSync(dir, { recursive: true })
    .filter((path) => path.endsWith('.js'))
    .map((path) => {
      const bytes = readFileSync(join(dir, path));
      return {
        path,
        role: roleOf(path),
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
      };
    })
    .sort((a, b) => ORDER.indexOf(a.role) - ORDER.indexOf(b.role) || a.path.localeCompare(b.path));
}

let over = false;
for (const build of BUILDS) {
  if (!existsSync(join(ROOT, build, 'manifest.json'))) {
    console.error(`size: no build at ${build}; run npm run build first.`);
    process.exit(2);
  }
  console.log(`\nbundle sizes, ${relative(ROOT, join(ROOT, build))} (minified / gzip -9):`);
  for (const file of measure(build)) {
    console.log(`  ${file.role.padEnd(18)} ${kb(file.raw)} / ${kb(file.gzip)}   ${file.path}`);
    if (file.role !== 'content script') continue;
    const verdict = file.gzip <= CONTENT_BUDGET ? 'within' : 'OVER';
    console.log(
      `  content script gzip ${file.gzip} bytes: ${verdict} the ${CONTENT_BUDGET / 1024} KB budget (${CONTENT_BUDGET} bytes)`,
    );
    if (file.gzip > CONTENT_BUDGET) over = true;
  }
}
if (over && !reportOnly) process.exit(1);
