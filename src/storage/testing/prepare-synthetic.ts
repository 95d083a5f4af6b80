import type { AnalyzedDocument, RawArticle } from "../../model.js";
import { analyzeDocument } from "../../pipeline.js";
import { type PreparedDocument, prepareDocument } from "../prepare-document.js";
import { annotateFromTruth, type CorpusOptions, generateArticle } from "./synthetic-corpus.js";

export interface SyntheticDocument {
  raw: RawArticle;
  doc: AnalyzedDocument;
  prepared: PreparedDocument;
}

/**
 * Synthetic article `index` through the real pipeline, with the generator's known entities,
 * quotes and timexes where the pipeline has no such stage yet.
 */
export function prepareSynthetic(index: number, options: CorpusOptions = {}): SyntheticDocument {
  const { raw, truth } = generateArticle(index, options);
  const doc = annotateFromTruth(analyzeDocument(raw), truth);
  return { raw, doc, prepared: prepareDocument(raw, doc) };
}
