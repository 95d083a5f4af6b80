/**
 * Main-text scoring as in the ScrapingHub article-extraction benchmark: word 4-shingles with
 * counts, true/false positives and negatives normalised per document, precision and recall
 * averaged over documents (macro), F1 of the averages.
 */

const WORD = /[\p{L}\p{N}\p{M}_]+/gu;
const SHINGLE = 4;

export interface ShingleCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Per-document normalised true/false positive/negative shares of the shingles. */
export function compareShingles(truth: string, predicted: string): ShingleCounts {
  const expected = countShingles(truth);
  const got = countShingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of got) {
    const want = expected.get(key) ?? 0;
    tp += Math.min(count, want);
    fp += Math.max(0, count - want);
  }
  for (const [key, want] of expected) fn += Math.max(0, want - (got.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

function countShingles(text: string): Map<string, number> {
  const tokens = text.match(WORD) ?? [];
  const n = Math.min(tokens.length, SHINGLE);
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length && n > 0; i++) {
    const key = tokens.slice(i, i + n).join(" ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Macro precision and recall (the mean of each document's, 0 for a document with nothing
 * predicted or nothing expected) and the F1 of those two averages.
 */
export function summarizeShingles(all: ShingleCounts[]): {
  precision: number;
  recall: number;
  f1: number;
} {
  let precision = 0;
  let recall = 0;
  for (const c of all) {
    precision += c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
    recall += c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  }
  precision /= Math.max(1, all.length);
  recall /= Math.max(1, all.length);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
