/**
 * On a page detection passed over, notices when a single-page app moves to another address
 * (see address-watch.ts) and calls back once the new view has had a moment to render, and once
 * more a little later for views that load their content first, so an app that starts on its
 * home page still gets Gloss on the article the reader opens next.
 */
import { watchAddress } from './address-watch';

/** Routers may render after they push: look at the new view after these delays. */
const LOOK_AFTER_MS = [500, 2000];

export function watchRoute(onRoute: () => void): () => void {
  let timers: ReturnType<typeof setTimeout>[] = [];
  const clearTimers = () => {
    for (const timer of timers) clearTimeout(timer);
    timers = [];
  };
  const stop = watchAddress(() => {
    clearTimers();
    timers = LOOK_AFTER_MS.map((ms) => setTimeout(onRoute, ms));
  });
  return () => {
    clearTimers();
    stop();
  };
}
