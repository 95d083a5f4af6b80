/**
 * What the tagger keeps per word form across documents: the lower-cased form, a few flags and
 * the summed weights of the feature groups that depend on the word alone. A document looks each
 * token up once; scoring a position then reads arrays instead of building feature strings.
 */
import {
  next2Features,
  nextFeatures,
  prev2Features,
  prevFeatures,
  selfFeatures,
} from "./features.js";

/** The word-only feature groups, in the order scorePosition adds them. */
export const SELF = 0;
export const PREV = 1;
export const NEXT = 2;
export const PREV2 = 3;
export const NEXT2 = 4;
const GROUPS = 5;

export interface WordEntry {
  word: string;
  lower: string;
  /** Sums of the word-only groups, GROUPS blocks of one weight per tag; filled on first use. */
  sums: Float64Array | null;
  /** Sums of wordTagFeatures by 2 * previous tag index + (first word ? 1 : 0), on first use. */
  wordTag: (Float64Array | undefined)[] | null;
  /** Bigram weights with the previous (`pw|w=`) and the next word (`w|nw=`), by its lower case. */
  prevBigrams: Map<string, number[]> | undefined;
  nextBigrams: Map<string, number[]> | undefined;
}

/** What entries need from the loaded tagger. */
export interface WordSource {
  tags: readonly string[];
  weights: ReadonlyMap<string, number[]>;
  clusters: ReadonlyMap<string, number>;
  prevBigrams: ReadonlyMap<string, Map<string, number[]>>;
  nextBigrams: ReadonlyMap<string, Map<string, number[]>>;
  words: Map<string, WordEntry>;
}

/** Word forms kept before the table is cleared (bounds memory across documents). */
const MAX_WORDS = 200_000;

const HAS_CAPITAL_OR_DIGIT = /[\p{Lu}\d]/u;

/** Whether a word has a capital or a digit (ASCII fast path; the regex only for other scripts). */
export function couldStartName(word: string): boolean {
  let ascii = true;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
    if (c > 127) ascii = false;
  }
  return !ascii && HAS_CAPITAL_OR_DIGIT.test(word);
}

function createEntry(source: WordSource, word: string): WordEntry {
  const lower = word.toLowerCase();
  return {
    word,
    lower,
    sums: null,
    wordTag: null,
    prevBigrams: source.prevBigrams.get(lower),
    nextBigrams: source.nextBigrams.get(lower),
  };
}

/** The entry of a word form, created on first sight. */
export function entryOf(source: WordSource, word: string): WordEntry {
  let entry = source.words.get(word);
  if (!entry) {
    if (source.words.size >= MAX_WORDS) source.words.clear();
    entry = createEntry(source, word);
    source.words.set(word, entry);
  }
  return entry;
}

/** Adds the weights of the features into `into` starting at `offset`, feature by feature. */
export function addFeatureWeights(
  weights: ReadonlyMap<string, number[]>,
  features: readonly string[],
  into: Float64Array,
  offset: number,
): void {
  for (const f of features) {
    const w = weights.get(f);
    if (!w) continue;
    for (let k = 0; k < w.length; k += 2) {
      const idx = offset + (w[k] as number);
      into[idx] = (into[idx] as number) + (w[k + 1] as number);
    }
  }
}

/** The word-only group sums of an entry (computed once per word form). */
export function sumsOf(source: WordSource, e: WordEntry): Float64Array {
  if (e.sums) return e.sums;
  const n = source.tags.length;
  const sums = new Float64Array(GROUPS * n);
  const { weights, clusters } = source;
  addFeatureWeights(weights, selfFeatures(e.word, clusters), sums, SELF * n);
  addFeatureWeights(weights, prevFeatures(e.word, clusters), sums, PREV * n);
  addFeatureWeights(weights, nextFeatures(e.word, clusters), sums, NEXT * n);
  addFeatureWeights(weights, prev2Features(e.word), sums, PREV2 * n);
  addFeatureWeights(weights, next2Features(e.word), sums, NEXT2 * n);
  e.sums = sums;
  return sums;
}
