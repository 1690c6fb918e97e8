/**
 * The first-paint script (first-paint.ts) and the content script share the extension's isolated
 * world: the first leaves its handle on the global object, the second releases it. Kept apart
 * so the content script that runs on every page carries only this.
 */
const FIRST_PAINT_GLOBAL = '__glossFirstPaint';

export interface FirstPaintHandle {
  release(): void;
}

export function setFirstPaintHandle(handle: FirstPaintHandle): void {
  Object.defineProperty(globalThis, FIRST_PAINT_GLOBAL, { value: handle, configurable: true });
}

export const hasFirstPaintHandle = () => Object.hasOwn(globalThis, FIRST_PAINT_GLOBAL);

/** Ends the first guess, if this page had one: Gloss's own plan is in force, or not needed. */
export function releaseFirstPaint(): void {
  const handle = (globalThis as Record<string, unknown>)[FIRST_PAINT_GLOBAL] as
    FirstPaintHandle | undefined;
  Reflect.deleteProperty(globalThis, FIRST_PAINT_GLOBAL);
  handle?.release();
}
