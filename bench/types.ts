export interface BenchArgs {
  /** The corpus folder, e.g. ../shared/corpus/article-extraction; benchmarks needing it skip with a note when absent. */
  corpus?: string;
  /** Where the extraction benchmark writes its predictions. */
  predictions?: string;
}

export interface Benchmark {
  title: string;
  run(args: BenchArgs): Promise<void>;
}
