import type { RawArticle } from "../../model.js";
import { type AnalyzeOptions, analyzeDocument } from "../../pipeline.js";
import { type PreparedDocument, prepareDocument } from "../prepare-document.js";

export type AnalyzeResult =
  | { ok: true; document: PreparedDocument }
  | { ok: false; id: string; message: string };

/** Analyses one raw article and flattens it for the store; a failure is a result, not a throw. */
export function analyzeAndPrepare(raw: RawArticle, options: AnalyzeOptions): AnalyzeResult {
  try {
    return { ok: true, document: prepareDocument(raw, analyzeDocument(raw, options)) };
  } catch (error) {
    return {
      ok: false,
      id: raw.id,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
