/**
 * Loads the committed tagger weights (`models/entities.model.json` at the package root) once,
 * on first use. The same relative path works from `src/` (vitest) and `dist/` (after tsc).
 */
import { readModelFile } from "../model-files.js";
import { type LoadedTagger, loadTagger, type TaggerModel } from "./tagger.js";

let cached: LoadedTagger | null | undefined;

/** The tagger, or null when the weights file is missing or unreadable (names then come from rules only). */
export function getTagger(): LoadedTagger | null {
  if (cached !== undefined) return cached;
  const model = readModelFile<TaggerModel>(
    "entities.model.json",
    "names come from rules and lexicons only (about half the entities are missed)",
  );
  cached = model ? loadTagger(model) : null;
  return cached;
}
