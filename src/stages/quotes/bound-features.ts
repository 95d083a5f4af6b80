import type { Word } from "./read-words.js";

/** How many words after the cue a reported clause may start. */
export const START_WINDOW = 8;

function bucket(n: number): string {
  return n < 4 ? String(n) : n < 8 ? "4-7" : n < 16 ? "8-15" : "16+";
}

const low = (w: Word | undefined): string => (w ? (w.punct ? w.text : w.lower) : "^$");

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
  ];
}
