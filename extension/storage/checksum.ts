import { stableJson } from './stable-json';

/** FNV-1a over the value's stable JSON: cheap, and enough to tell a half-written or hand-edited value. */
export function checksum(value: unknown): string {
  const text = stableJson(value);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
