/**
 * `npm run bench -- [--corpus DIR] [--predictions FILE] [--only NAME,...]`: every benchmark in
 * one run, so that figures printed side by side were measured on the same machine state.
 */
import { parseArgs } from 'node:util';
import type { BenchArgs, Benchmark } from './types';

const BENCHMARKS: Record<string, () => Promise<{ default: Benchmark }>> = {
  extraction: () => import('./extraction'),
  detection: () => import('./non-articles'),
  speed: () => import('./speed'),
  claims: () => import('./claims'),
  glossary: () => import('./glossary'),
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      predictions: { type: 'string' },
      only: { type: 'string' },
    },
  });
  const args: BenchArgs = { corpus: values.corpus, predictions: values.predictions };
  const names = values.only ? values.only.split(',') : Object.keys(BENCHMARKS);
  for (const name of names) {
    const load = BENCHMARKS[name];
    if (!load)
      throw new Error(`unknown benchmark "${name}"; known: ${Object.keys(BENCHMARKS).join(', ')}`);
    const benchmark = (await load()).default;
    console.log(`\n== ${name}: ${benchmark.title}`);
    await benchmark.run(args);
  }
}

await main();
