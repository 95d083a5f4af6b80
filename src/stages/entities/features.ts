/**
 * Tagger features for one word: identity, shape, affixes, neighbours, gazetteer marks,
 * the previous tags (greedy decoding) and non-local memory of the document.
 */
import { ROLE_WORDS, WORD_CLASSES } from "./gazetteer.js";

/** What the tagger knows about the document while it tags a sentence. */
export interface DocumentMemory {
  /** Lower-cased word -> class it was last tagged with in this document. */
  lastClass: Map<string, string>;
  /** Lower-case forms that occur in lower case somewhere in the document. */
  lowerForms: Set<string>;
  /** Common lower-case words of the language (from the model). */
  common: ReadonlySet<string>;
  /** Word -> cluster induced from unlabelled news text (from the model). */
  clusters: ReadonlyMap<string, number>;
}

/** No clusters (a model trained without them). */
export const NO_CLUSTERS: ReadonlyMap<string, number> = new Map();

export interface SentenceView {
  words: readonly string[];
  gaz: readonly string[];
  /** The words in lower case (tagging computes them once per sentence). */
  lower?: readonly string[];
}

/** Word shape with runs collapsed: "Putin" -> "Xx", "U.S." -> "X.X.", "2015" -> "d". */
export function shapeWord(word: string): string {
  let out = "";
  let last = "";
  for (const ch of word) {
    let c: string;
    if (ch >= "a" && ch <= "z") c = "x";
    else if (ch >= "A" && ch <= "Z") c = "X";
    else if (ch >= "0" && ch <= "9") c = "d";
    else if (ch.toLowerCase() !== ch) c = "X";
    else if (ch.toUpperCase() !== ch) c = "x";
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

function wordAt(s: SentenceView, i: number): string {
  if (i < 0) return "<s>";
  if (i >= s.words.length) return "</s>";
  return s.words[i] ?? "";
}

/** Features of the word itself (cacheable per word form). */
export function selfFeatures(w: string, clusters: ReadonlyMap<string, number>): string[] {
  const lw = w.toLowerCase();
  const f = [
    "b",
    `w=${lw}`,
    `sh=${shapeWord(w)}`,
    `p3=${lw.slice(0, 3)}`,
    `s3=${lw.slice(-3)}`,
    `s2=${lw.slice(-2)}`,
    `s4=${lw.slice(-4)}`,
  ];
  const wc = WORD_CLASSES.get(w);
  if (wc) f.push(`wc=${wc}`);
  if (ROLE_WORDS.has(lw)) f.push("role");
  const cl = clusters.get(w);
  if (cl !== undefined) f.push(`cl=${cl}`);
  return f;
}

/** Features of the previous word (cacheable per word form). */
export function prevFeatures(p: string, clusters: ReadonlyMap<string, number>): string[] {
  const f = [`pw=${p.toLowerCase()}`, `psh=${shapeWord(p)}`];
  const pc = WORD_CLASSES.get(p);
  if (pc) f.push(`pwc=${pc}`);
  if (ROLE_WORDS.has(p.toLowerCase())) f.push("prole");
  if (p === "'s") f.push("pposs");
  const cl = clusters.get(p);
  if (cl !== undefined) f.push(`pcl=${cl}`);
  return f;
}

/** Features of the next word (cacheable per word form). */
export function nextFeatures(n: string, clusters: ReadonlyMap<string, number>): string[] {
  const f = [`nw=${n.toLowerCase()}`, `nsh=${shapeWord(n)}`];
  const nc = WORD_CLASSES.get(n);
  if (nc) f.push(`nwc=${nc}`);
  const cl = clusters.get(n);
  if (cl !== undefined) f.push(`ncl=${cl}`);
  return f;
}

/** Word bigrams with the previous and the next word (cacheable per word triple). */
export function bigramFeatures(p: string, w: string, n: string): string[] {
  const lw = w.toLowerCase();
  return [`${PREV_BIGRAM}${p.toLowerCase()} ${lw}`, `${NEXT_BIGRAM}${lw} ${n.toLowerCase()}`];
}

/** Prefixes of the bigram features; the two words are joined by a space (never inside a token). */
export const PREV_BIGRAM = "pw|w=";
export const NEXT_BIGRAM = "w|nw=";

export function prev2Features(p2: string): string[] {
  return [`p2w=${p2.toLowerCase()}`];
}

export function next2Features(n2: string): string[] {
  return [`n2w=${n2.toLowerCase()}`];
}

/** Features of the word with the previous tag and its position (first word or not). */
export function wordTagFeatures(
  w: string,
  first: boolean,
  prevTag: string,
  common: ReadonlySet<string>,
): string[] {
  const lw = w.toLowerCase();
  const shape = shapeWord(w);
  const f = [`pt|sh=${prevTag}|${shape}`, `pt|w=${prevTag}|${lw}`, `first=${first}|${shape}`];
  if (lw !== w && common.has(lw)) f.push(`cw|first=${first}`);
  return f;
}

/** Document-level features: the word occurs in lower case elsewhere; its class earlier on. */
export function documentFeatures(w: string, memory: DocumentMemory): string[] {
  const lw = w.toLowerCase();
  const f: string[] = [];
  if (lw !== w && memory.lowerForms.has(lw)) f.push("lcdoc");
  const mem = memory.lastClass.get(lw);
  if (mem) f.push(`mem=${mem}`);
  return f;
}

/** Features of the two previous tags. */
export function tagFeatures(prevTag: string, prev2Tag: string): string[] {
  return [`pt=${prevTag}`, `pt2=${prev2Tag}|${prevTag}`];
}

/** Gazetteer marks of the word and the next word. */
export function gazetteerFeatures(g: string, gn: string, prevTag: string): string[] {
  const f: string[] = [];
  if (g) f.push(`gz=${g}`, `gz|pt=${g}|${prevTag}`);
  if (gn) f.push(`ngz=${gn}`);
  return f;
}

/** Features that depend on the position, the gazetteer, the previous tags or the memory. */
export function contextFeatures(
  s: SentenceView,
  i: number,
  prevTag: string,
  prev2Tag: string,
  memory: DocumentMemory,
): string[] {
  const w = wordAt(s, i);
  const f = [
    ...tagFeatures(prevTag, prev2Tag),
    ...wordTagFeatures(w, i === 0, prevTag, memory.common),
    ...gazetteerFeatures(s.gaz[i] ?? "", s.gaz[i + 1] ?? "", prevTag),
    ...documentFeatures(w, memory),
  ];
  return f;
}

/** All features of word i given the two previous tags (training; tagging sums the same groups). */
export function extractFeatures(
  s: SentenceView,
  i: number,
  prevTag: string,
  prev2Tag: string,
  memory: DocumentMemory,
): string[] {
  return [
    ...selfFeatures(wordAt(s, i), memory.clusters),
    ...prevFeatures(wordAt(s, i - 1), memory.clusters),
    ...nextFeatures(wordAt(s, i + 1), memory.clusters),
    ...prev2Features(wordAt(s, i - 2)),
    ...next2Features(wordAt(s, i + 2)),
    ...bigramFeatures(wordAt(s, i - 1), wordAt(s, i), wordAt(s, i + 1)),
    ...contextFeatures(s, i, prevTag, prev2Tag, memory),
  ];
}

export { wordAt };
