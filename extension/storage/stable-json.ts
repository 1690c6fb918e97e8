/**
 * JSON with object keys sorted at every level. Chrome's storage hands objects back with their
 * keys sorted, so checksums and comparisons of stored values need an order-free form.
 */
export function stableJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, item: unknown) =>
      typeof item === 'object' && item !== null && !Array.isArray(item)
        ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : item,
    ) ?? ''
  );
}

/** Equal as stored values: the same JSON whatever the key order. */
export const sameStoredValue = (a: unknown, b: unknown): boolean => stableJson(a) === stableJson(b);
