/**
 * Greedy averaged-perceptron tagger (Collins 2002) with BILOU tags. Only words that can start or
 * continue a name are scored: a word with a capital or a digit, or one after a B-/I- tag. All
 * other words are O without scoring, which keeps the stage fast on long text.
 */
import {
  type DocumentMemory,
  gazetteerFeatures,
  NEXT_BIGRAM,
  PREV_BIGRAM,
  tagFeatures,
  wordTagFeatures,
} from "./features.js";
import {
  addFeatureWeights,
  couldStartName,
  entryOf,
  NEXT,
  NEXT2,
  PREV,
  PREV2,
  SELF,
  sumsOf,
  type WordEntry,
  type WordSource,
} from "./tagger-words.js";

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
export interface LoadedTagger extends WordSource {
  tags: string[];
  common: Set<string>;
  clusters: Map<string, number>;
  weights: Map<string, number[]>;
  /** The tags allowed after each tag under BILOU, in index order (the others are never scored). */
  allowedTags: Int32Array[];
  /** Whether a tag leaves a name open (B-, I-): the next word is scored whatever it is. */
  opens: boolean[];
  /** Index of "O", the tag of unscored words. */
  outside: number;
  /**
   * The bigram features' weights by the scored word, then its neighbour (lower case): a
   * capitalised word has few neighbours in the model, so the inner maps stay small.
   */
  prevBigrams: Map<string, Map<string, number[]>>;
  nextBigrams: Map<string, Map<string, number[]>>;
  /** Sums of tagFeatures by previous-but-one tag index * tags + previous tag index. */
  pairSums: (Float64Array | undefined)[];
  /** Sums of gazetteerFeatures by their marks and the previous tag. */
  gazetteerSums: Map<string, Float64Array>;
  /** Weights of the document features (`lcdoc`, `mem=CLASS`) by feature. */
  documentWeights: Map<string, number[] | undefined>;
  /** Scratch scores of one position (tagging is synchronous; allocating per sentence is slow). */
  scores: Float64Array;
}

/** Splits the weights of `prefix + "a b"` features into a -> b -> weights, or b -> a -> weights. */
function indexBigrams(
  weights: Record<string, number[]>,
  prefix: string,
  by: "first" | "second",
): Map<string, Map<string, number[]>> {
  const index = new Map<string, Map<string, number[]>>();
  for (const [f, w] of Object.entries(weights)) {
    if (!f.startsWith(prefix)) continue;
    const space = f.indexOf(" ", prefix.length);
    if (space < 0) continue;
    const a = f.slice(prefix.length, space);
    const b = f.slice(space + 1);
    const [outer, inner] = by === "first" ? [a, b] : [b, a];
    let map = index.get(outer);
    if (!map) {
      map = new Map();
      index.set(outer, map);
    }
    map.set(inner, w);
  }
  return index;
}

const NO_TAGS = new Int32Array(0);

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

function opensName(tag: string): boolean {
  return tag.startsWith("B-") || tag.startsWith("I-");
}

export function loadTagger(model: TaggerModel): LoadedTagger {
  const tags = model.tags;
  const allowedTags = tags.map((p) =>
    Int32Array.from(tags.keys()).filter((t) => isAllowedTransition(p, tags[t] ?? "O")),
  );
  return {
    tags,
    weights: new Map(Object.entries(model.weights)),
    allowedTags,
    opens: tags.map(opensName),
    outside: Math.max(0, tags.indexOf("O")),
    common: new Set(model.common),
    clusters: new Map(Object.entries(model.clusters ?? {})),
    prevBigrams: indexBigrams(model.weights, PREV_BIGRAM, "second"),
    nextBigrams: indexBigrams(model.weights, NEXT_BIGRAM, "first"),
    words: new Map(),
    pairSums: [],
    gazetteerSums: new Map(),
    documentWeights: new Map(),
    scores: new Float64Array(tags.length),
  };
}

/** Whether word i must be scored: it could start a name, or a name is open before it. */
export function shouldScore(word: string, prevTag: string): boolean {
  return opensName(prevTag) || couldStartName(word);
}

/** Sets `scores` to the summed weights of the features. */
export function scoreFeatures(
  tagger: LoadedTagger,
  features: string[],
  scores: Float64Array,
): void {
  scores.fill(0);
  addFeatureWeights(tagger.weights, features, scores, 0);
}

/** The sum of a feature group, built with `features` (called only on a cache miss). */
function sumOf(tagger: LoadedTagger, features: string[]): Float64Array {
  const sum = new Float64Array(tagger.tags.length);
  addFeatureWeights(tagger.weights, features, sum, 0);
  return sum;
}

function wordTagSum(
  tagger: LoadedTagger,
  e: WordEntry,
  prev: number,
  first: boolean,
): Float64Array {
  e.wordTag ??= [];
  const key = 2 * prev + (first ? 1 : 0);
  let sum = e.wordTag[key];
  if (!sum) {
    const prevTag = tagger.tags[prev] ?? "O";
    sum = sumOf(tagger, wordTagFeatures(e.word, first, prevTag, tagger.common));
    e.wordTag[key] = sum;
  }
  return sum;
}

function pairSum(tagger: LoadedTagger, prev: number, prev2: number): Float64Array {
  const key = prev2 * tagger.tags.length + prev;
  let sum = tagger.pairSums[key];
  if (!sum) {
    const { tags } = tagger;
    sum = sumOf(tagger, tagFeatures(tags[prev] ?? "O", tags[prev2] ?? "O"));
    tagger.pairSums[key] = sum;
  }
  return sum;
}

function gazetteerSum(tagger: LoadedTagger, g: string, gn: string, prev: number): Float64Array {
  const prevTag = tagger.tags[prev] ?? "O";
  const key = `${g}|${gn}|${prevTag}`;
  let sum = tagger.gazetteerSums.get(key);
  if (!sum) {
    sum = sumOf(tagger, gazetteerFeatures(g, gn, prevTag));
    tagger.gazetteerSums.set(key, sum);
  }
  return sum;
}

function documentWeight(tagger: LoadedTagger, feature: string): number[] | undefined {
  if (!tagger.documentWeights.has(feature))
    tagger.documentWeights.set(feature, tagger.weights.get(feature));
  return tagger.documentWeights.get(feature);
}

/** A window of a sentence to tag. */
export interface TaggingWindow {
  words: readonly string[];
  gaz: readonly string[];
  /** Entries of the words, looked up on first use (only words near a scored word are). */
  entries: (WordEntry | undefined)[];
}

export function windowOf(words: readonly string[], gaz: readonly string[]): TaggingWindow {
  return { words, gaz, entries: new Array(words.length) };
}

/** The entry of word i, or of the sentence boundary before or after the window. */
function entryAt(tagger: LoadedTagger, s: TaggingWindow, i: number): WordEntry {
  if (i < 0) return entryOf(tagger, "<s>");
  if (i >= s.words.length) return entryOf(tagger, "</s>");
  let e = s.entries[i];
  if (!e) {
    e = entryOf(tagger, s.words[i] ?? "");
    s.entries[i] = e;
  }
  return e;
}

/**
 * Scores word i for the tags allowed after `prev` (the other entries of `scores` are left
 * stale): exactly the features of extractFeatures, summed group by group in a fixed order (so
 * that the sums, and the tags, never depend on what was cached before). The groups that depend
 * on a word alone are summed once per word form.
 */
export function scorePosition(
  tagger: LoadedTagger,
  s: TaggingWindow,
  i: number,
  prev: number,
  prev2: number,
  memory: DocumentMemory,
  scores: Float64Array,
): void {
  const n = tagger.tags.length;
  const we = entryAt(tagger, s, i);
  const pe = entryAt(tagger, s, i - 1);
  const ne = entryAt(tagger, s, i + 1);
  const self = sumsOf(tagger, we);
  const p = sumsOf(tagger, pe);
  const nx = sumsOf(tagger, ne);
  const p2 = sumsOf(tagger, entryAt(tagger, s, i - 2));
  const n2 = sumsOf(tagger, entryAt(tagger, s, i + 2));
  const allowed = tagger.allowedTags[prev] ?? NO_TAGS;
  for (let k = 0; k < allowed.length; k++) {
    const t = allowed[k] as number;
    scores[t] =
      (self[SELF * n + t] as number) +
      (p[PREV * n + t] as number) +
      (nx[NEXT * n + t] as number) +
      (p2[PREV2 * n + t] as number) +
      (n2[NEXT2 * n + t] as number);
  }
  // Word bigrams are nearly always new: looked up by word pair, not cached.
  addWeights(we.prevBigrams?.get(pe.lower), scores);
  addWeights(we.nextBigrams?.get(ne.lower), scores);
  const wordTag = wordTagSum(tagger, we, prev, i === 0);
  const pair = pairSum(tagger, prev, prev2);
  const g = s.gaz[i] ?? "";
  const gn = s.gaz[i + 1] ?? "";
  if (g || gn) {
    const gaz = gazetteerSum(tagger, g, gn, prev);
    for (let k = 0; k < allowed.length; k++) {
      const t = allowed[k] as number;
      scores[t] =
        (scores[t] as number) + (wordTag[t] as number) + (pair[t] as number) + (gaz[t] as number);
    }
  } else {
    for (let k = 0; k < allowed.length; k++) {
      const t = allowed[k] as number;
      scores[t] = (scores[t] as number) + (wordTag[t] as number) + (pair[t] as number);
    }
  }
  // The document features, in documentFeatures' order.
  if (we.lower !== we.word && memory.lowerForms.has(we.lower))
    addWeights(documentWeight(tagger, "lcdoc"), scores);
  const mem = memory.lastClass.get(we.lower);
  if (mem) addWeights(documentWeight(tagger, `mem=${mem}`), scores);
}

/** The best allowed tag given the previous tag's index. */
export function pickTag(tagger: LoadedTagger, scores: Float64Array, prev: number): number {
  const allowed = tagger.allowedTags[prev] ?? NO_TAGS;
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < allowed.length; k++) {
    const t = allowed[k] as number;
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

/** Tags one window greedily. */
export function tagSentence(
  tagger: LoadedTagger,
  s: TaggingWindow,
  memory: DocumentMemory,
): string[] {
  const { tags: names, outside } = tagger;
  const tags: string[] = [];
  const scores = tagger.scores;
  let prev = outside;
  let prev2 = outside;
  for (let i = 0; i < s.words.length; i++) {
    let tag = outside;
    if (tagger.opens[prev] || couldStartName(s.words[i] ?? "")) {
      scorePosition(tagger, s, i, prev, prev2, memory, scores);
      const best = pickTag(tagger, scores, prev);
      tag = best < 0 ? outside : best;
    }
    tags.push(names[tag] ?? "O");
    prev2 = prev;
    prev = tag;
  }
  // A name left open at the end of the sentence is closed on its last word.
  const last = tags.length - 1;
  const lt = tags[last];
  if (lt?.startsWith("B-")) tags[last] = `U-${lt.slice(2)}`;
  else if (lt?.startsWith("I-")) tags[last] = `L-${lt.slice(2)}`;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i] ?? "O";
    if (t !== "O") memory.lastClass.set(entryAt(tagger, s, i).lower, t.slice(2));
  }
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
