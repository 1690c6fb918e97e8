/**
 * Key claims against the hand-labelled gold (bench/claims-gold, see its PROTOCOL.md), beside two
 * baselines on the same sentences: the lead (first sentences) and a plain TextRank. Every system
 * reads the page as the extension does: the clutter planner's article root, without the blocks
 * clean mode hides.
 *
 * For each half (tune, blind) and language: precision@5 and recall@8, the accuracy of the claim
 * kinds against the gold's labels (each gold sentence classified where it stands), and the count
 * of claims drawn from reference lists, citations, captions, bylines, tables of contents and
 * templates (target 0), also on the corpus pages with `--corpus`. Per-article rows are printed
 * for the tune half only: the blind half is for measuring, its articles are not to be looked at
 * one by one. Then the speed of `extractClaims` on a 5,000-word article.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { disposePage, parseHtml } from '../cli/load-page';
import { extractClaims } from '../lib/claims';
import { articleSentences } from '../lib/claims/article-sentences';
import { cosine, norm, tfidfVectors } from '../lib/claims/centrality';
import { claimSourcePart } from '../lib/claims/claim-source';
import { classify } from '../lib/claims/kind';
import type { PagePart } from '../lib/claims/page-parts';
import { jaccard, words } from '../lib/claims/tokens';
import { planClean } from '../lib/clutter';
import { loadCorpusPage, openCorpus } from './corpus';
import type { Benchmark } from './types';

const GOLD_DIR = join(import.meta.dirname, 'claims-gold');
/** `CLAIMS_HALF=tune` while tuning, so that no blind figure is seen before the end. */
const HALVES = process.env.CLAIMS_HALF === 'tune' ? ['tune'] : ['tune', 'blind'];
const LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
const P_AT = 5;
const R_AT = 8;
/** Claims the popup may list: the audit counts all of them. */
const AUDIT_CLAIMS = 10;
const SAME_SENTENCE = 0.8;
const SPEED_WORDS = 5000;
const SPEED_RUNS = 25;

interface Gold {
  title: string;
  genre: string;
  lang: string;
  claims: { text: string; kind: string }[];
}

interface Page {
  root: Element;
  exclude: ReadonlySet<Element>;
}

type System = (page: Page, k: number) => string[];

const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();

function sameSentence(a: string, b: string): boolean {
  return normalize(a) === normalize(b) || jaccard(words(a), words(b)) >= SAME_SENTENCE;
}

/** Gold sentences matched by distinct predicted ones among the first `k`. */
function hits(predicted: readonly string[], gold: readonly string[], k: number): number {
  const unused = [...gold];
  let found = 0;
  for (const sentence of predicted.slice(0, k)) {
    const at = unused.findIndex((g) => sameSentence(sentence, g));
    if (at === -1) continue;
    unused.splice(at, 1);
    found++;
  }
  return found;
}

const lead: System = ({ root, exclude }, k) =>
  articleSentences(root, exclude)
    .sentences.slice(0, k)
    .map((s) => s.text);

/** TextRank (Mihalcea & Tarau 2004): PageRank over a TF-IDF cosine graph of the sentences. */
const textRank: System = ({ root, exclude }, k) => {
  const { sentences } = articleSentences(root, exclude);
  const vectors = tfidfVectors(sentences.map((s) => s.terms));
  const norms = vectors.map(norm);
  const n = vectors.length;
  const weights = vectors.map((a, i) =>
    vectors.map((b, j) => (i === j ? 0 : cosine(a, b, norms[i], norms[j]))),
  );
  const outSums = weights.map((row) => row.reduce((sum, w) => sum + w, 0));
  const damping = 0.85;
  let rank = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < 30; iteration++) {
    rank = rank.map((_, i) => {
      let incoming = 0;
      for (let j = 0; j < n; j++)
        if (outSums[j]! > 0) incoming += (weights[j]![i]! / outSums[j]!) * rank[j]!;
      return (1 - damping) / n + damping * incoming;
    });
  }
  return sentences
    .map((s, i) => ({ text: s.text, rank: rank[i]! }))
    .sort((a, b) => b.rank - a.rank)
    .slice(0, k)
    .map((s) => s.text);
};

const gloss: System = ({ root, exclude }, k) =>
  extractClaims(root, { exclude, max: k }).map((claim) => claim.text);

const SYSTEMS: Record<string, System> = { gloss, lead, textrank: textRank };

/** The page as the extension reads it: the planner's article root, minus what it hides. */
function readPage(document: Document): Page {
  const plan = planClean(document);
  return {
    root: plan.articleRoot ?? document.body,
    exclude: new Set(plan.hidden.map((block) => block.element)),
  };
}

/** Claims from audited page parts, by part. */
function auditClaims(page: Page, counts: Map<PagePart, number>): void {
  for (const claim of extractClaims(page.root, { exclude: page.exclude, max: AUDIT_CLAIMS })) {
    const part = claimSourcePart(page.root, claim);
    if (part) counts.set(part, (counts.get(part) ?? 0) + 1);
  }
}

/** Kinds right among the gold claims found as sentences of the page, and those not found. */
function kindAccuracy(page: Page, gold: Gold): { right: number; found: number; missing: number } {
  const { sentences, lexicon } = articleSentences(page.root, page.exclude);
  let right = 0;
  let found = 0;
  for (const claim of gold.claims) {
    const sentence = sentences.find((s) => sameSentence(s.text, claim.text));
    if (!sentence) continue;
    found++;
    const { kind } = classify(sentence.text, {
      quoted: sentence.quoted,
      lexicon,
      tokens: sentence.tokens,
    });
    if (kind === claim.kind) right++;
  }
  return { right, found, missing: gold.claims.length - found };
}

interface Tally {
  articles: number;
  precision: Record<string, number>;
  recall: Record<string, number>;
  kindsRight: number;
  kindsFound: number;
  kindsMissing: number;
  parts: Map<PagePart, number>;
}

const newTally = (): Tally => ({
  articles: 0,
  precision: {},
  recall: {},
  kindsRight: 0,
  kindsFound: 0,
  kindsMissing: 0,
  parts: new Map(),
});

const fixed = (n: number): string => n.toFixed(2);
const pad = (cells: readonly string[], widths: readonly number[]): string =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('');

function partsText(parts: Map<PagePart, number>): string {
  const total = [...parts.values()].reduce((a, b) => a + b, 0);
  const detail = [...parts].map(([part, n]) => `${part} ${n}`).join(', ');
  return detail ? `${total} (${detail})` : '0';
}

function loadHalf(half: string): { name: string; gold: Gold; html: string }[] {
  const dir = join(GOLD_DIR, half);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.gold.json'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.gold.json'.length);
      const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Gold;
      return { name, gold, html: readFileSync(join(dir, `${name}.html`), 'utf8') };
    });
}

const NAMES = Object.keys(SYSTEMS);
const HEADER = ['', ...NAMES.map((n) => `P@5 ${n}`), ...NAMES.map((n) => `R@8 ${n}`), 'kinds'];
const WIDTHS = [22, ...NAMES.map(() => 14), ...NAMES.map(() => 14), 12];

function scoreHalf(half: string): Map<string, Tally> {
  const byLanguage = new Map<string, Tally>(LANGUAGES.map((l) => [l, newTally()]));
  const printRows = half === 'tune';
  if (printRows) console.log(pad(HEADER, WIDTHS));
  for (const { name, gold, html } of loadHalf(half)) {
    const document = parseHtml(html);
    const page = readPage(document);
    const tally = byLanguage.get(gold.lang) ?? newTally();
    byLanguage.set(gold.lang, tally);
    tally.articles++;
    const golden = gold.claims.map((claim) => claim.text);
    const cells: string[] = [];
    const recalls: string[] = [];
    for (const system of NAMES) {
      const predicted = SYSTEMS[system]!(page, R_AT);
      const p = hits(predicted, golden, P_AT) / P_AT;
      const r = hits(predicted, golden, R_AT) / golden.length;
      tally.precision[system] = (tally.precision[system] ?? 0) + p;
      tally.recall[system] = (tally.recall[system] ?? 0) + r;
      cells.push(fixed(p));
      recalls.push(fixed(r));
    }
    const kinds = kindAccuracy(page, gold);
    tally.kindsRight += kinds.right;
    tally.kindsFound += kinds.found;
    tally.kindsMissing += kinds.missing;
    auditClaims(page, tally.parts);
    if (printRows)
      console.log(pad([name, ...cells, ...recalls, `${kinds.right}/${kinds.found}`], WIDTHS));
    disposePage(document);
  }
  return byLanguage;
}

function printSummary(half: string, byLanguage: Map<string, Tally>): void {
  console.log(`\n${half} half, means by language (articles):`);
  console.log(pad([...HEADER, '  from page parts'], [...WIDTHS, 30]));
  const all = newTally();
  for (const [language, t] of byLanguage) {
    if (t.articles === 0) continue;
    all.articles += t.articles;
    for (const s of NAMES) {
      all.precision[s] = (all.precision[s] ?? 0) + t.precision[s]!;
      all.recall[s] = (all.recall[s] ?? 0) + t.recall[s]!;
    }
    all.kindsRight += t.kindsRight;
    all.kindsFound += t.kindsFound;
    all.kindsMissing += t.kindsMissing;
    for (const [part, n] of t.parts) all.parts.set(part, (all.parts.get(part) ?? 0) + n);
    printTally(`${language} (${t.articles})`, t);
  }
  printTally(`all (${all.articles})`, all);
}

function printTally(label: string, t: Tally): void {
  const kinds = t.kindsFound ? fixed(t.kindsRight / t.kindsFound) : '-';
  console.log(
    pad(
      [
        label,
        ...NAMES.map((s) => fixed(t.precision[s]! / t.articles)),
        ...NAMES.map((s) => fixed(t.recall[s]! / t.articles)),
        kinds,
        `  ${partsText(t.parts)}`,
      ],
      [...WIDTHS, 30],
    ),
  );
  if (t.kindsMissing > 0)
    console.log(
      `${''.padEnd(WIDTHS[0]!)}(${t.kindsMissing} gold claims not found as a sentence of the page)`,
    );
}

/** The tune half's paragraphs, cycled into one article of about `wordCount` words. */
function syntheticArticle(wordCount: number): { article: Element; total: number } {
  const paragraphs = loadHalf('tune')
    .filter(({ gold }) => gold.lang === 'en')
    .flatMap(({ html }) => {
      const document = parseHtml(html);
      const root = document.querySelector('article') ?? document.body;
      return Array.from(root.querySelectorAll('p'), (p) => p.textContent ?? '');
    });
  const document = parseHtml(
    '<!doctype html><html lang="en"><body><article></article></body></html>',
  );
  const article = document.querySelector('article')!;
  let total = 0;
  for (let i = 0; total < wordCount; i++) {
    const text = paragraphs[i % paragraphs.length]!;
    const p = document.createElement('p');
    p.textContent = text;
    article.append(p);
    total += words(text).length;
  }
  return { article, total };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function auditCorpus(dir: string | undefined): void {
  console.log(
    '\nclaims from page parts on the corpus pages (all ids, analysed even when not detected):',
  );
  const corpus = openCorpus(dir);
  if (!corpus) return;
  const parts = new Map<PagePart, number>();
  let pages = 0;
  let claims = 0;
  for (const id of corpus.truth.keys()) {
    const document = loadCorpusPage(corpus, id);
    const page = readPage(document);
    claims += extractClaims(page.root, { exclude: page.exclude, max: AUDIT_CLAIMS }).length;
    auditClaims(page, parts);
    pages++;
    disposePage(document);
  }
  console.log(`  ${pages} pages, ${claims} claims, from page parts: ${partsText(parts)}`);
}

const benchmark: Benchmark = {
  title: `key claims: precision@${P_AT}, recall@${R_AT}, kinds and page parts against the gold, and speed`,
  async run(args) {
    for (const half of HALVES) {
      console.log(`\n-- ${half} half`);
      printSummary(half, scoreHalf(half));
    }
    auditCorpus(args.corpus);

    const { article: synthetic, total } = syntheticArticle(SPEED_WORDS);
    const times: number[] = [];
    for (let run = 0; run < SPEED_RUNS + 3; run++) {
      const start = performance.now();
      extractClaims(synthetic);
      // The first runs warm up the JIT and the segmenter.
      if (run >= 3) times.push(performance.now() - start);
    }
    console.log(
      `\nspeed: extractClaims on a ${total}-word article, median of ${SPEED_RUNS} runs: ${median(times).toFixed(1)} ms (target < 30 ms)`,
    );
  },
};

export default benchmark;
