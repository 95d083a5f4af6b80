import { createHash } from "node:crypto";
import {
  computeSignature,
  estimateJaccard,
  hashShingles,
  normalizeWords,
  SIGNATURE_SIZE,
} from "./minhash.js";

/** What an article duplicates: the first article seen with the same or nearly the same text. */
export interface DuplicateOf {
  id: string;
  kind: "exact" | "near";
  /** 1 for exact copies; for near copies the estimated share of the shorter text's shingles
   * found in the other (containment), so a wire copy with a trimmed tail scores high. */
  similarity: number;
}

/** LSH banding: 42 bands of 3 rows find pairs from Jaccard ~0.35 up with high probability. */
const ROWS_PER_BAND = 3;
const BANDS = Math.floor(SIGNATURE_SIZE / ROWS_PER_BAND);
/** Near copy: at least this containment of the shorter text... */
const MIN_CONTAINMENT = 0.8;
/** ...and at least this Jaccard, so a one-paragraph brief is not a copy of a long feature. */
const MIN_JACCARD = 0.3;
/** Texts with fewer words than this are only checked for exact copies. */
const MIN_WORDS = 20;

interface Entry {
  id: string;
  signature: Uint32Array;
  size: number;
}

/**
 * Finds exact and near duplicates in a stream of articles, in constant time per article
 * (hash lookups in the LSH bands). Keeps ~600 bytes per article. Order matters: the first
 * article seen is the original, later ones are its duplicates.
 */
export class DuplicateFinder {
  private readonly exact = new Map<string, string>();
  private readonly bands: Map<string, Entry[]>[] = Array.from({ length: BANDS }, () => new Map());

  /** Records an article and says what it duplicates, or null when it is new. */
  add(id: string, text: string): DuplicateOf | null {
    const words = normalizeWords(text);
    const key = createHash("sha1").update(words.join(" ")).digest("base64");
    const original = this.exact.get(key);
    if (original !== undefined) return { id: original, kind: "exact", similarity: 1 };
    this.exact.set(key, id);
    if (words.length < MIN_WORDS) return null;
    const shingles = hashShingles(words);
    const entry: Entry = { id, signature: computeSignature(shingles), size: shingles.length };
    const match = this.findNear(entry);
    this.index(entry);
    return match;
  }

  private findNear(entry: Entry): DuplicateOf | null {
    let best: DuplicateOf | null = null;
    const seen = new Set<Entry>();
    for (let b = 0; b < BANDS; b++) {
      const bucket = this.bands[b]?.get(bandKey(entry.signature, b));
      if (bucket === undefined) continue;
      for (const other of bucket) {
        if (seen.has(other)) continue;
        seen.add(other);
        const jaccard = estimateJaccard(entry.signature, other.signature);
        if (jaccard < MIN_JACCARD) continue;
        const containment = estimateContainment(jaccard, entry.size, other.size);
        if (containment < MIN_CONTAINMENT) continue;
        if (best === null || containment > best.similarity) {
          best = { id: other.id, kind: "near", similarity: round(containment) };
        }
      }
    }
    return best;
  }

  private index(entry: Entry): void {
    for (let b = 0; b < BANDS; b++) {
      const band = this.bands[b] as Map<string, Entry[]>;
      const key = bandKey(entry.signature, b);
      const bucket = band.get(key);
      if (bucket === undefined) band.set(key, [entry]);
      else bucket.push(entry);
    }
  }
}

function bandKey(signature: Uint32Array, band: number): string {
  const start = band * ROWS_PER_BAND;
  let key = "";
  for (let r = start; r < start + ROWS_PER_BAND; r++) key += `${signature[r]},`;
  return key;
}

/** |A∩B| / min(|A|,|B|) from Jaccard J and the set sizes: |A∩B| = J(|A|+|B|)/(1+J). */
function estimateContainment(jaccard: number, a: number, b: number): number {
  const intersection = (jaccard * (a + b)) / (1 + jaccard);
  return Math.min(1, intersection / Math.max(1, Math.min(a, b)));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
