/**
 * Runs queued work in slices of a few milliseconds, yielding between slices, so Gloss never
 * holds the main thread long enough for the reader to notice (uBlock's surveyor does the same).
 */
const SLICE_MS = 4;

export class TimeSlicer<T> {
  private queue: T[] = [];
  private scheduled = false;

  constructor(
    private readonly processBatch: (items: T[]) => void,
    private readonly maxQueue = 10_000,
  ) {}

  push(items: Iterable<T>): void {
    for (const item of items) {
      // A page that inserts without end must not grow our queue without end.
      if (this.queue.length >= this.maxQueue) break;
      this.queue.push(item);
    }
    this.schedule();
  }

  clear(): void {
    this.queue = [];
  }

  private schedule(): void {
    if (this.scheduled || this.queue.length === 0) return;
    this.scheduled = true;
    setTimeout(() => this.runSlice(), 0);
  }

  private runSlice(): void {
    this.scheduled = false;
    const deadline = performance.now() + SLICE_MS;
    while (this.queue.length > 0 && performance.now() < deadline) {
      this.processBatch(this.queue.splice(0, 32));
    }
    this.schedule();
  }
}
