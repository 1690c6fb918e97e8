/**
 * The first-paint script: registered by the background at document_start for the sites the
 * reader keeps always clean, never listed in the manifest (see content/first-paint.ts).
 */
import { startFirstPaint } from '../content/first-paint';

export default defineUnlistedScript(() => startFirstPaint());
