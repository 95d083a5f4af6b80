/**
 * Greedy averaged-perceptron tagger (Collins 2002) with BILOU tags. Only words that can start or
 * continue a name are scored: a word with a capital or a digit, or one after a B-/I- tag. All
 * other words are O without scoring, which keeps the stage fast on long text.
 */
import { type DocumentMemory, extractFeatures, type SentenceView } from "./features.js";

/** The compact, serialisable model: feature -> flat [tagIndex, weight, tagIndex, weight, ...]. */
export interface TaggerModel {
  tags: string[];
  weights: Record<string, number[]>;
  /** Lower-case words that are written in lower case in running text (from training text). */
  common: string[];
}

/** A loaded model, indexed for fast scoring. */
export interface LoadedTagger {
  tags: string[];
  common: Set<string>;
  weights: Map<string, number[]>;
  /** allowed[prev][tag]: BILOU transition constraints. */
  allowed: boolean[][];
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
  };
}

const HAS_CAPITAL_OR_DIGIT = /[\p{Lu}\d]/u;

/** Whether word i must be scored: it could start a name, or a name is open before it. */
export function shouldScore(word: string, prevTag: string): boolean {
  if (prevTag.startsWith("B-") || prevTag.startsWith("I-")) return true;
  return HAS_CAPITAL_OR_DIGIT.test(word);
}

/** Adds the feature weights into `scores`. */
export function scoreFeatures(
  tagger: LoadedTagger,
  features: string[],
  scores: Float64Array,
): void {
  scores.fill(0);
  for (const f of features) {
    const w = tagger.weights.get(f);
    if (!w) continue;
    for (let k = 0; k < w.length; k += 2) {
      const idx = w[k] as number;
      scores[idx] = (scores[idx] as number) + (w[k + 1] as number);
    }
  }
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
  let prev = "O";
  let prev2 = "O";
  for (let i = 0; i < s.words.length; i++) {
    let tag = "O";
    if (shouldScore(s.words[i] ?? "", prev)) {
      scoreFeatures(tagger, extractFeatures(s, i, prev, prev2, memory), scores);
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
