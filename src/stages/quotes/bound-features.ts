import type { Word } from "./read-words.js";

/** How many words after the cue a reported clause may start. */
export const START_WINDOW = 8;

function bucket(n: number): string {
  return n < 4 ? String(n) : n < 8 ? "4-7" : n < 16 ? "8-15" : "16+";
}

const low = (w: Word | undefined): string => (w ? (w.punct ? w.text : w.lower) : "^$");

/** Auxiliaries and modals: a clause holding one has its verb. */
const FINITE = new Set(
  "is are was were be been has have had will would can could should may might must do does did".split(
    " ",
  ),
);
const SUBJECTS = new Set(["he", "she", "they", "it", "we", "i", "you", "there"]);
const DETS = new Set(["a", "an", "the", "his", "her", "its", "their", "this", "that", "these"]);

/** A coarse class of a word: its shape or inflection, so rare words share weights. */
function classOf(w: Word | undefined): string {
  if (!w) return "$";
  if (w.punct) return w.text;
  const x = w.lower;
  if (FINITE.has(x)) return "aux";
  if (SUBJECTS.has(x)) return "subj";
  if (DETS.has(x)) return "det";
  if (w.upper) return "Cap";
  const c = x.charCodeAt(0);
  if (c >= 48 && c <= 57) return "num";
  if (x.endsWith("ing")) return "-ing";
  if (x.endsWith("ed")) return "-ed";
  if (x.endsWith("ly")) return "-ly";
  return x.endsWith("s") ? "-s" : "low";
}

/** True when the word at `k` (not the clause's first) may be a finite verb. */
function isVerbAt(words: Word[], k: number, from: number): boolean {
  const w = words[k] as Word;
  return FINITE.has(w.lower) || (k > from && !w.upper && /[a-z]ed$/.test(w.lower));
}

/** The clause start and first verb last asked for: the end ranker asks for many ends per start. */
let verbCache: { words: Word[] | null; from: number; at: number } = {
  words: null,
  from: -1,
  at: -1,
};

/** True when words [from, to) hold a finite verb: an auxiliary or a word in -ed after the first. */
function holdsVerb(words: Word[], from: number, to: number): boolean {
  if (verbCache.words !== words || verbCache.from !== from) {
    let at = from;
    while (at < words.length && !isVerbAt(words, at, from)) at++;
    verbCache = { words, from, at };
  }
  return verbCache.at < to;
}

/** Features of starting the reported clause at word `i`, for the cue head at `head`. */
export function extractStartFeatures(
  words: Word[],
  head: number,
  i: number,
  guess: number,
): string[] {
  const w = words[i];
  const p = words[i - 1];
  const cue = low(words[head]);
  return [
    "bias",
    `w=${low(w)}`,
    `p=${low(p)}`,
    `pw=${low(p)}_${low(w)}`,
    `cw=${cue}_${low(w)}`,
    `d=${bucket(i - head)}`,
    `guess=${i === guess}`,
    `gd=${i - guess < 0 ? "before" : bucket(i - guess)}`,
    `shape=${w?.upper ? "Cap" : w?.punct ? "punct" : "low"}`,
    `cp=${cue}_${low(p)}`,
    `wc=${classOf(p)}_${classOf(w)}_${classOf(words[i + 1])}`,
  ];
}

/** Features of ending the reported clause just before word `j` (exclusive end). */
export function extractEndFeatures(
  words: Word[],
  head: number,
  start: number,
  j: number,
  guess: number,
): string[] {
  const last = words[j - 1];
  const next = words[j];
  const next2 = words[j + 1];
  const cue = low(words[head]);
  return [
    "bias",
    `l=${low(last)}`,
    `n=${low(next)}`,
    `nn=${low(next)}_${low(next2)}`,
    `cn=${cue}_${low(next)}`,
    `len=${bucket(j - start)}`,
    `guess=${j === guess}`,
    `gd=${j - guess > 0 ? "after" : bucket(guess - j)}`,
    `end=${j >= words.length - 1 ? "sentence" : "inside"}`,
    `nl=${low(next)}_${bucket(j - start)}`,
    `nc=${low(next)}_${classOf(next2)}`,
    `lc=${classOf(last)}_${classOf(next)}`,
    `vb=${holdsVerb(words, start, j)}_${low(next)}`,
  ];
}
