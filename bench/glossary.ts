/**
 * Glossary matcher speed: compiling 2,000 synthetic multi-word terms plus the built-in pack,
 * scanning 1 MB and 10 MB of article-like text (the 10×/1× time ratio should be about 10, as
 * the scan is linear), and matching in a happy-dom tree holding about 1 MB of text. Medians
 * of several runs; text and terms come from a seeded generator, so every run sees the same.
 */
import { Window } from 'happy-dom';
import { compileGlossary, matchInElement, matchText } from '../lib/glossary';
import { builtinGlossary } from '../lib/glossary/builtin';
import type { GlossaryEntry } from '../lib/glossary/entry';
import type { Benchmark } from './types';

const RUNS = 7;
/** Calls before timing starts, so the JIT has settled. */
const WARM_UP = 3;
const SYNTHETIC_TERMS = 2_000;
const MB = 1_000_000;

/** A small deterministic PRNG (mulberry32), so the corpus is identical from run to run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, items: readonly T[]): T =>
  items[Math.floor(rand() * items.length)]!;

const SYLLABLES = [
  'ka',
  'ro',
  'vel',
  'tan',
  'mi',
  'sor',
  'lu',
  'pex',
  'dra',
  'on',
  'qui',
  'ber',
  'ta',
  'zen',
  'ol',
];

function syntheticTerms(rand: () => number): GlossaryEntry[] {
  const vocabulary = Array.from({ length: 800 }, () =>
    Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(rand, SYLLABLES)).join(''),
  );
  return Array.from({ length: SYNTHETIC_TERMS }, (_, i) => {
    const words = Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(rand, vocabulary));
    return {
      id: `synthetic-${i}`,
      term: words.join(rand() < 0.3 ? '-' : ' '),
      aliases: [],
      definition: 'Synthetic.',
      tags: [],
      origin: 'user',
      updatedAt: 0,
    };
  });
}

const OPENINGS = [
  'Analysts said that',
  'According to the report,',
  'In the third quarter,',
  'Critics argue that',
  'The company noted that',
  'Over the past decade,',
  'Economists expect that',
];
const MIDDLES = [
  'the new system relies on',
  'investment has shifted towards',
  'regulators are looking closely at',
  'the biggest firms are spending heavily on',
  'smaller rivals struggle to match',
  'the government wants more',
  'researchers published results on',
];
const CLOSINGS = [
  'across several markets.',
  'despite rising costs.',
  'which could reshape the industry.',
  'while prices kept climbing.',
  'in a widely read paper.',
  'as demand grew faster than supply.',
];

/** Article-like sentences with a glossary term in about half of them, joined into paragraphs. */
function paragraphs(rand: () => number, terms: readonly GlossaryEntry[], chars: number): string[] {
  const spellings = terms.flatMap((entry) => [entry.term, ...entry.aliases]);
  const out: string[] = [];
  let total = 0;
  while (total < chars) {
    const sentences: string[] = [];
    for (let s = 0; s < 5; s++) {
      const object = rand() < 0.5 ? pick(rand, spellings) : 'the wider economy';
      sentences.push(
        `${pick(rand, OPENINGS)} ${pick(rand, MIDDLES)} ${object} ${pick(rand, CLOSINGS)}`,
      );
    }
    const paragraph = sentences.join(' ');
    out.push(paragraph);
    total += paragraph.length + 1;
  }
  return out;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median milliseconds of `RUNS` calls, after warm-up calls; returns the last result too. */
function measure<T>(run: () => T): { ms: number; result: T } {
  let result = run();
  for (let i = 1; i < WARM_UP; i++) result = run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    result = run();
    times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);

const benchmark: Benchmark = {
  title: `glossary matcher (${SYNTHETIC_TERMS} synthetic terms + built-in pack; median of ${RUNS})`,
  async run() {
    const rand = random(2024);
    const entries = [...builtinGlossary, ...syntheticTerms(rand)];

    const compiled = measure(() => compileGlossary(entries));
    const index = compiled.result;
    console.log(`compile ${entries.length} entries: ${fixed(compiled.ms, 2)} ms`);

    const oneMb = paragraphs(rand, entries, MB).join('\n');
    const tenMb = paragraphs(rand, entries, 10 * MB).join('\n');
    const small = measure(() => matchText(index, oneMb));
    const large = measure(() => matchText(index, tenMb));
    for (const [label, text, run] of [
      ['1 MB', oneMb, small],
      ['10 MB', tenMb, large],
    ] as const) {
      const mbPerSecond = text.length / MB / (run.ms / 1000);
      console.log(
        `matchText ${label}: ${fixed(run.ms)} ms, ${fixed(mbPerSecond)} MB/s, ${run.result.length} matches`,
      );
    }
    console.log(`10 MB / 1 MB time ratio: ${fixed(large.ms / small.ms, 2)} (linear ≈ 10)`);

    const window = new Window();
    const { document } = window;
    const article = document.createElement('article');
    let textChars = 0;
    for (const paragraph of paragraphs(rand, entries, MB)) {
      // Inline markup in every paragraph, so blocks are built from several text nodes.
      const p = document.createElement('p');
      const cut = paragraph.indexOf(' ', paragraph.length >> 1);
      const em = document.createElement('em');
      em.textContent = paragraph.slice(cut, cut + 20);
      p.append(paragraph.slice(0, cut), em, paragraph.slice(cut + 20));
      article.append(p);
      textChars += paragraph.length;
    }
    document.body.append(article);
    const dom = measure(() => matchInElement(index, article as unknown as Element));
    console.log(
      `matchInElement ~${fixed(textChars / MB, 2)} MB in ${article.childElementCount} paragraphs (happy-dom): ${fixed(dom.ms)} ms, ${fixed(textChars / MB / (dom.ms / 1000))} MB/s, ${dom.result.length} matches`,
    );
    await window.happyDOM.close();
  },
};

export default benchmark;
