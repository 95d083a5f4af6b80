/**
 * Loads the committed tagger weights (`models/entities.model.json` at the package root) once,
 * on first use. The same relative path works from `src/` (vitest) and `dist/` (after tsc).
 */
import { readFileSync } from "node:fs";
import { type LoadedTagger, loadTagger, type TaggerModel } from "./tagger.js";

const MODEL_URL = new URL("../../../models/entities.model.json", import.meta.url);

let cached: LoadedTagger | null | undefined;

/** The tagger, or null when the weights file is missing or unreadable (names then come from rules only). */
export function getTagger(): LoadedTagger | null {
  if (cached !== undefined) return cached;
  try {
    const model = JSON.parse(readFileSync(MODEL_URL, "utf8")) as TaggerModel;
    cached = loadTagger(model);
  } catch {
    cached = null;
  }
  return cached;
}
