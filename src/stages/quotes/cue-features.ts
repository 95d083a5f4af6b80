import { CUE_RATE } from "./lexicon/learned-lexicon.js";
import type { Word } from "./read-words.js";

function shapeOf(w: Word | undefined): string {
  if (!w) return "none";
  if (w.punct) return w.text;
  return w.upper ? "Cap" : "low";
}

/**
 * Features of the word at `i` as a cue head: the word, its neighbours, its learned cue rate,
 * and the shape of what surrounds it.
 */
export function extractCueFeatures(words: Word[], i: number): string[] {
  const w = words[i] as Word;
  const p1 = words[i - 1];
  const p2 = words[i - 2];
  const n1 = words[i + 1];
  const n2 = words[i + 2];
  const rate = CUE_RATE.get(w.lower) ?? 0;
  return [
    "bias",
    `w=${w.lower}`,
    `suf=${w.lower.slice(-3)}`,
    `rate=${Math.round(rate * 10)}`,
    `p1=${p1?.lower ?? "^"}`,
    `n1=${n1?.lower ?? "$"}`,
    `p1w=${p1?.lower ?? "^"}_${w.lower}`,
    `wn1=${w.lower}_${n1?.lower ?? "$"}`,
    `p2s=${shapeOf(p2)}_${shapeOf(p1)}`,
    `n1s=${shapeOf(n1)}_${shapeOf(n2)}`,
    `pos=${i === 0 ? "first" : i >= words.length - 2 ? "last" : "mid"}`,
    `ratep=${Math.round(rate * 5)}_${shapeOf(p1)}`,
  ];
}
