/**
 * FNV-1a over the value's canonical JSON: cheap, and enough to tell a half-written or hand-edited
 * value. Canonical (keys sorted at every level) because Chrome's storage hands objects back with
 * their keys sorted, so plain JSON.stringify of the same value would differ.
 */
export function checksum(value: unknown): string {
  const text = canonicalJson(value) ?? '';
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function canonicalJson(value: unknown): string | undefined {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}
