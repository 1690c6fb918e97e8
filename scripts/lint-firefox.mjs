// Runs Mozilla's add-on linter on the Firefox build and fails on any error or on any warning
// we can fix. The one warning left is Preact's own `innerHTML` branch (its
// dangerouslySetInnerHTML support), which Gloss never uses: ESLint forbids it in our code.
import { execFileSync } from 'node:child_process';

const ACCEPTED = new Set(['UNSAFE_VAR_ASSIGNMENT']);
const dir = process.argv[2] ?? '.output/firefox-mv3';
let output;
try {
  output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
} catch (error) {
  output = error.stdout; // web-ext exits non-zero when it finds errors; the JSON says which
}
const report = JSON.parse(output);
const problems = [
  ...report.errors,
  ...report.warnings.filter((w) => !ACCEPTED.has(w.code)),
  ...report.notices,
];
const accepted =
  report.warnings.length - report.warnings.filter((w) => !ACCEPTED.has(w.code)).length;
console.log(
  `web-ext lint ${dir}: ${report.errors.length} errors, ${report.warnings.length} warnings (${accepted} accepted: Preact's innerHTML branch), ${report.notices.length} notices`,
);
for (const p of problems) console.log(`  ${p._type} ${p.code} ${p.file ?? ''}: ${p.message}`);
process.exitCode = problems.length > 0 ? 1 : 0;
