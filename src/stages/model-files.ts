/**
 * The committed model files under `models/` at the package root, read by the stages that use
 * them. A stage whose file is missing or unreadable falls back to its rules; the reason is kept
 * here so the CLI and library users can say so instead of quietly giving poorer output.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** A model file that could not be read, and what the stage does without it. */
export interface ModelProblem {
  file: string;
  reason: string;
  effect: string;
}

const problems = new Map<string, ModelProblem>();

/** Absolute path of `models/<name>` (the same from `src/stages` and `dist/stages`). */
export function modelPath(name: string): string {
  return fileURLToPath(new URL(`../../models/${name}`, import.meta.url));
}

/** Parses `models/<name>`; null (and a recorded problem) when it is missing or not JSON. */
export function readModelFile<T>(name: string, effect: string): T | null {
  const file = modelPath(name);
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.set(file, { file, reason, effect });
    return null;
  }
}

/** Problems met so far by model files already loaded (see `modelProblems` in the pipeline). */
export function recordedModelProblems(): ModelProblem[] {
  return [...problems.values()];
}
