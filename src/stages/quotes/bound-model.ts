import { modelPath, readModelFile } from "../model-files.js";
import { extractEndFeatures, extractStartFeatures, START_WINDOW } from "./bound-features.js";
import type { Word } from "./read-words.js";

/**
 * Where a reported clause starts and ends: two linear rankers (averaged perceptron) trained on
 * PolNeAR train by src/scripts/train-quotes.ts --bounds-model. Read once at module load from
 * `models/` at the package root.
 */
export const BOUND_MODEL_PATH = modelPath("quotes-bounds.json");

interface BoundModelFile {
  start: Record<string, number>;
  end: Record<string, number>;
}

function loadModel(): { start: Map<string, number>; end: Map<string, number> } | null {
  // Without the model the rules' own boundaries stand.
  const file = readModelFile<BoundModelFile>(
    "quotes-bounds.json",
    "reported clauses keep the rules' rougher boundaries",
  );
  if (!file) return null;
  return { start: new Map(Object.entries(file.start)), end: new Map(Object.entries(file.end)) };
}

const MODEL = loadModel();

/** True when a boundary model was loaded. */
export const HAS_BOUND_MODEL = MODEL !== null;

function score(weights: Map<string, number>, features: string[]): number {
  let s = 0;
  for (const f of features) s += weights.get(f) ?? 0;
  return s;
}

/** Candidate starts of a clause: from just after the cue to a few words on. */
export function listStarts(words: Word[], head: number, guess: number, limit: number): number[] {
  const out: number[] = [];
  const to = Math.min(limit - 1, Math.max(guess, head + START_WINDOW));
  for (let i = head + 1; i <= to; i++) if (!(words[i] as Word).punct || i === guess) out.push(i);
  return out;
}

/** Words before which a clause may end: punctuation aside, these open adjuncts and new clauses. */
const BOUNDARY_WORDS = new Set([
  "and",
  "but",
  "or",
  "as",
  "after",
  "before",
  "when",
  "while",
  "because",
  "since",
  "in",
  "on",
  "at",
  "for",
  "to",
  "with",
  "by",
  "from",
  "during",
  "who",
  "which",
  "that",
  "if",
  "of",
  "than",
  "amid",
  "despite",
  "including",
  "even",
  "though",
  "although",
  "until",
  "where",
  "whose",
]);

/**
 * Candidate (exclusive) ends of a clause starting at `start`, up to `limit`: before punctuation,
 * before a boundary word, at the rules' guess, or at the limit. Few candidates keep it fast.
 */
export function listEnds(words: Word[], start: number, limit: number, guess: number): number[] {
  const out: number[] = [];
  for (let j = start + 1; j <= limit; j++) {
    if ((words[j - 1] as Word).punct) continue;
    const next = words[j];
    if (j === limit || j === guess || !next || next.punct || BOUNDARY_WORDS.has(next.lower))
      out.push(j);
  }
  return out;
}

/**
 * Picks the clause's start and end among the candidates, or keeps the rules' guesses when no
 * model is loaded. `limit` is the sentence's last word (exclusive) without final punctuation.
 */
export function chooseClauseBounds(
  words: Word[],
  head: number,
  guess: [number, number],
  limit: number,
): [number, number] {
  if (!MODEL) return guess;
  let start = guess[0];
  let best = Number.NEGATIVE_INFINITY;
  for (const i of listStarts(words, head, guess[0], limit)) {
    const s = score(MODEL.start, extractStartFeatures(words, head, i, guess[0]));
    if (s > best) {
      best = s;
      start = i;
    }
  }
  let end = Math.max(guess[1], start + 1);
  best = Number.NEGATIVE_INFINITY;
  for (const j of listEnds(words, start, limit, guess[1])) {
    const s = score(MODEL.end, extractEndFeatures(words, head, start, j, guess[1]));
    if (s > best) {
      best = s;
      end = j;
    }
  }
  return [start, end];
}
