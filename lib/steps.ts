/**
 * Work written as generators that pause (`yield`) at safe points, so a caller on a page's main
 * thread can hand the thread back to the browser between slices, while the CLI, the
 * benchmarks and the tests run the same code straight through with `drain`.
 */
export type Steps<T> = Generator<void, T, void>;

/** Elements handled between two pauses inside a long pass over the page. */
export const ELEMENTS_PER_STEP = 512;

export function drain<T>(steps: Steps<T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
