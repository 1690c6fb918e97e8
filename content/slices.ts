/**
 * Runs the core's pausable work (lib/steps.ts) on the page's main thread in tasks of a few
 * milliseconds, handing the thread back to the page between them.
 */
import type { Steps } from '../lib/steps';

/** Work runs in tasks of about this long, then the page gets the thread back. */
const SLICE_BUDGET_MS = 8;

/**
 * One turn of the event loop for the page (input, rendering, its own tasks). Not setTimeout:
 * browsers throttle timers in tabs they consider hidden — Firefox to a second and more once a
 * tab has spent its budget — which stretched the sliced analysis of a 40,000-element page from
 * one second to over a minute. A message to ourselves is not throttled.
 */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Drives `steps` to the end, pausing only when a slice has used its budget. The run shows on the
 * page's performance timeline as the measure `name`, from first step to last, so the
 * benchmarks and the browser tests can tell the page's own tasks that ran meanwhile.
 */
export async function runInSlices<T>(name: string, steps: Steps<T>): Promise<T> {
  const start = performance.now();
  let sliceStart = start;
  let step = steps.next();
  while (!step.done) {
    if (performance.now() - sliceStart >= SLICE_BUDGET_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
    step = steps.next();
  }
  performance.measure(name, { start });
  return step.value;
}
