/**
 * How central each sentence is to its article: TF-IDF vectors (IDF over the article's own
 * sentences) and the cosine of each sentence with the rest of the article. Linear in the text,
 * unlike a full sentence graph, and close to TextRank's first iteration.
 */

export type TermVector = Map<string, number>;

/** One TF-IDF vector per sentence; `documents` are term lists. */
export function tfidfVectors(documents: readonly (readonly string[])[]): TermVector[] {
  const documentFrequency = new Map<string, number>();
  for (const terms of documents) {
    for (const term of new Set(terms)) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const n = documents.length;
  return documents.map((terms) => {
    const vector: TermVector = new Map();
    for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + 1);
    for (const [term, tf] of vector) {
      // Smoothed IDF: terms in every sentence keep a little weight instead of none.
      vector.set(term, tf * Math.log(1 + n / documentFrequency.get(term)!));
    }
    return vector;
  });
}

export function norm(vector: TermVector): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}

export function cosine(a: TermVector, b: TermVector, normA = norm(a), normB = norm(b)): number {
  if (normA === 0 || normB === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, value] of small) dot += value * (large.get(term) ?? 0);
  return dot / (normA * normB);
}

/** Cosine of each vector with the sum of all the others, scaled so the best is 1. */
export function centrality(vectors: readonly TermVector[]): number[] {
  const total: TermVector = new Map();
  for (const vector of vectors) {
    for (const [term, value] of vector) total.set(term, (total.get(term) ?? 0) + value);
  }
  const totalNormSquared = norm(total) ** 2;
  const scores = vectors.map((vector) => {
    // Only the sentence's own terms differ between the whole and the rest.
    const rest: TermVector = new Map();
    for (const term of vector.keys()) rest.set(term, total.get(term)! - vector.get(term)!);
    let restNormSquared = totalNormSquared;
    for (const [term, value] of rest) {
      const whole = total.get(term)!;
      restNormSquared += value * value - whole * whole;
    }
    return cosine(vector, rest, norm(vector), Math.sqrt(Math.max(restNormSquared, 0)));
  });
  const best = Math.max(0, ...scores);
  return best > 0 ? scores.map((score) => score / best) : scores;
}
