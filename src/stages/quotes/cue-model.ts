import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The cue classifier's weights: an averaged perceptron trained on PolNeAR train by
 * src/scripts/train-quotes.ts. Read once when the module loads, from `models/` at the package
 * root (three levels up from src/stages/quotes or dist/stages/quotes).
 */
export const CUE_MODEL_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "..",
  "models",
  "quotes-cue.json",
);

interface CueModelFile {
  source: string;
  weights: Record<string, number>;
}

function loadWeights(): Map<string, number> {
  try {
    const file = JSON.parse(readFileSync(CUE_MODEL_PATH, "utf8")) as CueModelFile;
    return new Map(Object.entries(file.weights));
  } catch {
    // Without the model file the lexicon rate alone decides (see isCueHead).
    return new Map();
  }
}

const WEIGHTS = loadWeights();

/** True when a cue model was loaded. */
export const HAS_CUE_MODEL = WEIGHTS.size > 0;

/** Score of a feature list: positive means "cue head". */
export function scoreCue(features: string[]): number {
  let s = 0;
  for (const f of features) s += WEIGHTS.get(f) ?? 0;
  return s;
}
