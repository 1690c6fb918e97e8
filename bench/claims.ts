/**
 * Key claims against hand-picked gold sentences (bench/claims-gold), beside two baselines on the
 * same sentences: the lead (first five) and a plain TextRank. Then the speed of `extractClaims`
 * on a synthetic 5,000-word article, the budget the content script has to live within.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../cli/load-page';
import { extractClaims } from '../lib/claims';
import { articleSentences } from '../lib/claims/article-sentences';
import { cosine, norm, tfidfVectors } from '../lib/claims/centrality';
import { jaccard, words } from '../lib/claims/tokens';
import type { Benchmark } from './types';

/** The tuning half; the blind half (claims-gold/blind) is read only for final figures. */
const GOLD_DIR = join(import.meta.dirname, 'claims-gold', 'tune');
const K = 5;
const SAME_SENTENCE = 0.8;
const SPEED_WORDS = 5000;
const SPEED_RUNS = 25;

interface Gold {
  title: string;
  genre: string;
  claims: { text: string; kind: string }[];
}

type System = (root: Element) => string[];

const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();

function sameSentence(a: string, b: string): boolean {
  return normalize(a) === normalize(b) || jaccard(words(a), words(b)) >= SAME_SENTENCE;
}

/** Share of the top K that match a distinct gold sentence. */
function precisionAtK(predicted: readonly string[], gold: readonly string[]): number {
  const unused = [...gold];
  let hits = 0;
  for (const sentence of predicted.slice(0, K)) {
    const at = unused.findIndex((g) => sameSentence(sentence, g));
    if (at === -1) continue;
    unused.splice(at, 1);
    hits++;
  }
  return hits / K;
}

const lead: System = (root) =>
  articleSentences(root)
    .sentences.slice(0, K)
    .map((s) => s.text);

/** TextRank (Mihalcea & Tarau 2004): PageRank over a TF-IDF cosine graph of the sentences. */
const textRank: System = (root) => {
  const { sentences } = articleSentences(root);
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
    .slice(0, K)
    .map((s) => s.text);
};

const ours: System = (root) => extractClaims(root, { max: K }).map((claim) => claim.text);

const SYSTEMS: Record<string, System> = { ours, lead, textrank: textRank };

function articleRoot(document: Document): Element {
  return document.querySelector('article') ?? document.body;
}

function loadGold(): { name: string; gold: Gold; document: Document }[] {
  return readdirSync(GOLD_DIR)
    .filter((file) => file.endsWith('.gold.json'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.gold.json'.length);
      const gold = JSON.parse(readFileSync(join(GOLD_DIR, file), 'utf8')) as Gold;
      const document = parseHtml(readFileSync(join(GOLD_DIR, `${name}.html`), 'utf8'));
      return { name, gold, document };
    });
}

/** The gold articles' paragraphs, cycled into one article of about `wordCount` words. */
function syntheticArticle(
  documents: readonly Document[],
  wordCount: number,
): { article: Element; total: number } {
  const paragraphs = documents.flatMap((d) =>
    Array.from(articleRoot(d).querySelectorAll('p'), (p) => p.textContent ?? ''),
  );
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

const benchmark: Benchmark = {
  title: `key claims: precision@${K} against gold sentences, and speed`,
  async run() {
    const articles = loadGold();
    const names = Object.keys(SYSTEMS);
    const width = Math.max(...articles.map((a) => a.name.length), 'mean'.length) + 2;
    const row = (label: string, kind: string, cells: string[]): string =>
      label.padEnd(width) + kind.padEnd(11) + cells.map((c) => c.padStart(10)).join('');
    console.log(row('article', 'kind', names));
    const sums = names.map(() => 0);
    for (const { name, gold, document } of articles) {
      const scores = names.map((system, i) => {
        const p = precisionAtK(
          SYSTEMS[system]!(articleRoot(document)),
          gold.claims.map((claim) => claim.text),
        );
        sums[i]! += p;
        return p.toFixed(2);
      });
      console.log(row(name, gold.genre, scores));
    }
    console.log(
      row(
        'mean',
        '',
        sums.map((sum) => (sum / articles.length).toFixed(2)),
      ),
    );

    const { article: synthetic, total } = syntheticArticle(
      articles.map((a) => a.document),
      SPEED_WORDS,
    );
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
