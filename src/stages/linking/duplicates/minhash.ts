/**
 * MinHash signatures of word shingles. 128 hash functions from one 32-bit FNV-1a hash of each
 * shingle, remixed per function with a multiply-xorshift (cheap, well spread).
 */

export const SIGNATURE_SIZE = 128;
/** Words per shingle: 5 tells wire copies apart from articles that share stock phrases. */
export const SHINGLE_WORDS = 5;

const SEEDS = Array.from(
  { length: SIGNATURE_SIZE },
  (_, i) => (Math.imul(i + 1, 0x9e3779b1) ^ 0x85ebca6b) >>> 0,
);

/** Lower-cased words (letters and digits), the unit of shingles and of the exact-text key. */
export function normalizeWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Hashes of the word shingles of a text (a set: repeats count once). */
export function hashShingles(words: string[]): Uint32Array {
  const seen = new Set<number>();
  const n = Math.min(SHINGLE_WORDS, words.length);
  for (let i = 0; i + n <= words.length && n > 0; i++) {
    let h = 0x811c9dc5;
    for (let w = i; w < i + n; w++) {
      const word = words[w] as string;
      for (let c = 0; c < word.length; c++) h = Math.imul(h ^ word.charCodeAt(c), 0x01000193);
      h = Math.imul(h ^ 32, 0x01000193);
    }
    seen.add(h >>> 0);
  }
  return Uint32Array.from(seen);
}

/** The MinHash signature of a shingle set. */
export function computeSignature(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s] as number;
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      let h = (x ^ (SEEDS[k] as number)) >>> 0;
      h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
      h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < (signature[k] as number)) signature[k] = h;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of two shingle sets from their signatures. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_SIZE;
}
