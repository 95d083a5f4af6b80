import { modelPath, readModelFile } from "../model-files.js";

/**
 * The cue classifier's weights: an averaged perceptron trained on PolNeAR train by
 * src/scripts/train-quotes.ts. Read once when the module loads, from `models/` at the package
 * root.
 */
export const CUE_MODEL_PATH = modelPath("quotes-cue.json");

interface CueModelFile {
  source: string;
  weights: Record<string, number>;
}

function loadWeights(): Map<string, number> {
  // Without the model file the lexicon rate alone decides (see isCueHead).
  const file = readModelFile<CueModelFile>(
    "quotes-cue.json",
    "speech cues are judged by the lexicon alone (more missed and false attributions)",
  );
  return new Map(Object.entries(file?.weights ?? {}));
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
