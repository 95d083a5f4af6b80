/**
 * Greedy averaged-perceptron tagger (Collins 2002) with BILOU tags. Only words that can start or
 * continue a name are scored: a word with a capital or a digit, or one after a B-/I- tag. All
 * other words are O without scoring, which keeps the stage fast on long text.
 */
import {
  type DocumentMemory,
  documentFeatures,
  gazetteerFeatures,
  NEXT_BIGRAM,
  next2Features,
  nextFeatures,
  PREV_BIGRAM,
  prev2Features,
  prevFeatures,
  type SentenceView,
  selfFeatures,
  tagFeatures,
  wordAt,
  wordTagFeatures,
} from "./features.js";

/** The compact, serialisable model: feature -> flat [tagIndex, weight, tagIndex, weight, ...]. */
export interface TaggerModel {
  tags: string[];
  weights: Record<string, number[]>;
  /** Lower-case words that are written in lower case in running text (from training text). */
  common: string[];
  /** Word -> cluster id induced from unlabelled news text (absent in older models). */
  clusters?: Record<string, number>;
}

/** A loaded model, indexed for fast scoring. */
export interface LoadedTagger {
  tags: string[];
  /** Summed weights of feature groups by key (see scorePosition); one map per group. */
  caches: Map<string | number, Float64Array>[];
  common: Set<string>;
  clusters: Map<string, number>;
  weights: Map<string, number[]>;
  /** allowed[prev][tag]: BILOU transition constraints. */
  allowed: boolean[][];
  /**
   * The bigram features' weights by first word, then second word (lower case): looked up with
   * the sentence's lower-cased words, without building a feature string per word.
   */
  prevBigrams: Map<string, Map<string, number[]>>;
  nextBigrams: Map<string, Map<string, number[]>>;
}

/** Splits the weights of `prefix + "a b"` features into a -> b -> weights. */
function indexBigrams(
  weights: Record<string, number[]>,
  prefix: string,
): Map<string, Map<string, number[]>> {
  const index = new Map<string, Map<string, number[]>>();
  for (const [f, w] of Object.entries(weights)) {
    if (!f.startsWith(prefix)) continue;
    const space = f.indexOf(" ", prefix.length);
    if (space < 0) continue;
    const a = f.slice(prefix.length, space);
    let inner = index.get(a);
    if (!inner) {
      inner = new Map();
      index.set(a, inner);
    }
    inner.set(f.slice(space + 1), w);
  }
  return index;
}

function addWeights(w: number[] | undefined, scores: Float64Array): void {
  if (!w) return;
  for (let k = 0; k < w.length; k += 2) {
    const idx = w[k] as number;
    scores[idx] = (scores[idx] as number) + (w[k + 1] as number);
  }
}

/** Whether a tag may follow another under BILOU: B/I must be followed by I/L of their class. */
export function isAllowedTransition(prev: string, tag: string): boolean {
  const open = prev.startsWith("B-") || prev.startsWith("I-");
  if (open) return (tag.startsWith("I-") || tag.startsWith("L-")) && tag.slice(2) === prev.slice(2);
  return tag === "O" || tag.startsWith("B-") || tag.startsWith("U-");
}

export function loadTagger(model: TaggerModel): LoadedTagger {
  const tags = model.tags;
  const withStart = [...tags, "<s>"];
  const allowed = withStart.map((p) =>
    tags.map((t) => isAllowedTransition(p === "<s>" ? "O" : p, t)),
  );
  return {
    tags,
    weights: new Map(Object.entries(model.weights)),
    allowed,
    common: new Set(model.common),
    clusters: new Map(Object.entries(model.clusters ?? {})),
    caches: [],
    prevBigrams: indexBigrams(model.weights, PREV_BIGRAM),
    nextBigrams: indexBigrams(model.weights, NEXT_BIGRAM),
  };
}

const HAS_CAPITAL_OR_DIGIT = /[\p{Lu}\d]/u;

/** Whether word i must be scored: it could start a name, or a name is open before it. */
export function shouldScore(word: string, prevTag: string): boolean {
  const open = prevTag.charCodeAt(0);
  if ((open === 66 || open === 73) && prevTag.charCodeAt(1) === 45) return true; // "B-", "I-"
  // ASCII fast path: all lower-case letters or punctuation cannot start a name.
  let ascii = true;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
    if (c > 127) ascii = false;
  }
  return !ascii && HAS_CAPITAL_OR_DIGIT.test(word);
}

/** Sets `scores` to the summed weights of the features. */
export function scoreFeatures(
  tagger: LoadedTagger,
  features: string[],
  scores: Float64Array,
): void {
  scores.fill(0);
  addFeatures(tagger, features, scores);
}

/** Adds the feature weights into `scores` without clearing it. */
function addFeatures(tagger: LoadedTagger, features: string[], scores: Float64Array): void {
  for (const f of features) {
    const w = tagger.weights.get(f);
    if (!w) continue;
    for (let k = 0; k < w.length; k += 2) {
      const idx = w[k] as number;
      scores[idx] = (scores[idx] as number) + (w[k + 1] as number);
    }
  }
}

/** Adds a cached group sum into `scores`. */
function addSum(sum: Float64Array, scores: Float64Array): void {
  for (let t = 0; t < sum.length; t++) scores[t] = (scores[t] as number) + (sum[t] as number);
}

/** Sums the weights of a feature group and caches the sum under `key` (on a cache miss). */
function storeSum(
  tagger: LoadedTagger,
  cache: Map<string | number, Float64Array>,
  key: string | number,
  features: string[],
): Float64Array {
  const sum = new Float64Array(tagger.tags.length);
  addFeatures(tagger, features, sum);
  cache.set(key, sum);
  return sum;
}

/** Entries kept in each feature-group cache before it is cleared (bounds memory across documents). */
const MAX_CACHE_ENTRIES = 200_000;

function cacheFor(tagger: LoadedTagger, group: number): Map<string | number, Float64Array> {
  let cache = tagger.caches[group];
  if (!cache || cache.size > MAX_CACHE_ENTRIES) {
    cache = new Map();
    tagger.caches[group] = cache;
  }
  return cache;
}

/**
 * Scores word i: exactly the features of extractFeatures, summed by groups cached by the word
 * (or tags) they depend on, across documents, so that a known word costs one lookup per group.
 * Features are only built on a cache miss (`??` evaluates its right side lazily).
 */
export function scorePosition(
  tagger: LoadedTagger,
  s: SentenceView,
  i: number,
  prevTag: string,
  prev2Tag: string,
  memory: DocumentMemory,
  scores: Float64Array,
): void {
  scores.fill(0);
  const w = wordAt(s, i);
  const p = wordAt(s, i - 1);
  const n = wordAt(s, i + 1);
  const p2 = wordAt(s, i - 2);
  const n2 = wordAt(s, i + 2);
  const cl = tagger.clusters;
  let c = cacheFor(tagger, 0);
  addSum(c.get(w) ?? storeSum(tagger, c, w, selfFeatures(w, cl)), scores);
  c = cacheFor(tagger, 1);
  addSum(c.get(p) ?? storeSum(tagger, c, p, prevFeatures(p, cl)), scores);
  c = cacheFor(tagger, 2);
  addSum(c.get(n) ?? storeSum(tagger, c, n, nextFeatures(n, cl)), scores);
  c = cacheFor(tagger, 3);
  addSum(c.get(p2) ?? storeSum(tagger, c, p2, prev2Features(p2)), scores);
  c = cacheFor(tagger, 4);
  addSum(c.get(n2) ?? storeSum(tagger, c, n2, next2Features(n2)), scores);
  // Word bigrams are nearly always new: looked up by word pair, not cached.
  const lp = lowerAt(s, i - 1);
  const lw = lowerAt(s, i);
  addWeights(tagger.prevBigrams.get(lp)?.get(lw), scores);
  addWeights(tagger.nextBigrams.get(lw)?.get(lowerAt(s, i + 1)), scores);
  const first = i === 0;
  const tagIndex = Math.max(0, tagger.tags.indexOf(prevTag));
  c = cacheFor(tagger, 8 + 2 * tagIndex + (first ? 1 : 0));
  addSum(
    c.get(w) ?? storeSum(tagger, c, w, wordTagFeatures(w, first, prevTag, tagger.common)),
    scores,
  );
  // Tag pairs by number: no key string per word.
  const pairKey = Math.max(0, tagger.tags.indexOf(prev2Tag)) * 64 + tagIndex;
  c = cacheFor(tagger, 5);
  addSum(c.get(pairKey) ?? storeSum(tagger, c, pairKey, tagFeatures(prevTag, prev2Tag)), scores);
  const g = s.gaz[i] ?? "";
  const gn = s.gaz[i + 1] ?? "";
  if (g || gn) {
    const key = `${g}|${gn}|${prevTag}`;
    c = cacheFor(tagger, 6);
    addSum(c.get(key) ?? storeSum(tagger, c, key, gazetteerFeatures(g, gn, prevTag)), scores);
  }
  addFeatures(tagger, documentFeatures(w, memory), scores);
}

/** The lower-cased word at i (from the sentence's precomputed forms when it has them). */
function lowerAt(s: SentenceView, i: number): string {
  if (s.lower && i >= 0 && i < s.lower.length) return s.lower[i] ?? "";
  return wordAt(s, i).toLowerCase();
}

/** The best allowed tag given the previous tag. */
export function pickTag(tagger: LoadedTagger, scores: Float64Array, prevTag: string): number {
  const prevIndex = prevTag === "O" ? tagger.tags.indexOf("O") : tagger.tags.indexOf(prevTag);
  const allowed = tagger.allowed[prevIndex < 0 ? tagger.tags.length : prevIndex] ?? [];
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let t = 0; t < tagger.tags.length; t++) {
    if (!allowed[t]) continue;
    const s = scores[t] as number;
    if (s > bestScore) {
      bestScore = s;
      best = t;
    }
  }
  return best;
}

/** Records the classes of the names just tagged, for the non-local `mem=` feature. */
export function rememberNames(
  words: readonly string[],
  tags: readonly string[],
  memory: DocumentMemory,
): void {
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i] ?? "O";
    if (t !== "O") memory.lastClass.set((words[i] ?? "").toLowerCase(), t.slice(2));
  }
}

/** Tags one sentence greedily. */
export function tagSentence(
  tagger: LoadedTagger,
  s: SentenceView,
  memory: DocumentMemory,
): string[] {
  const tags: string[] = [];
  const scores = new Float64Array(tagger.tags.length);
  if (!s.lower) s = { ...s, lower: s.words.map((w) => w.toLowerCase()) };
  let prev = "O";
  let prev2 = "O";
  for (let i = 0; i < s.words.length; i++) {
    let tag = "O";
    if (shouldScore(s.words[i] ?? "", prev)) {
      scorePosition(tagger, s, i, prev, prev2, memory, scores);
      tag = tagger.tags[pickTag(tagger, scores, prev)] ?? "O";
    }
    tags.push(tag);
    prev2 = prev;
    prev = tag;
  }
  // A name left open at the end of the sentence is closed on its last word.
  const last = tags.length - 1;
  const lt = tags[last];
  if (lt?.startsWith("B-")) tags[last] = `U-${lt.slice(2)}`;
  else if (lt?.startsWith("I-")) tags[last] = `L-${lt.slice(2)}`;
  rememberNames(s.words, tags, memory);
  return tags;
}

/** Token ranges [start, end) and class of the names in a BILOU tag sequence. */
export function decodeSpans(
  tags: readonly string[],
): { start: number; end: number; cls: string }[] {
  const spans: { start: number; end: number; cls: string }[] = [];
  let start = -1;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i] ?? "O";
    if (t.startsWith("U-")) spans.push({ start: i, end: i + 1, cls: t.slice(2) });
    else if (t.startsWith("B-")) start = i;
    else if (t.startsWith("L-") && start >= 0) {
      spans.push({ start, end: i + 1, cls: t.slice(2) });
      start = -1;
    } else if (t === "O") start = -1;
  }
  return spans;
}
