import type { AnalyzedDocument, RawArticle } from "../../model.js";
import { analyzeDocument } from "../../pipeline.js";
import { type PreparedDocument, prepareDocument } from "../prepare-document.js";
import { type CorpusOptions, generateArticle } from "./synthetic-corpus.js";

export interface SyntheticDocument {
  raw: RawArticle;
  doc: AnalyzedDocument;
  prepared: PreparedDocument;
}

/** Synthetic article `index` through the real pipeline. */
export function prepareSynthetic(index: number, options: CorpusOptions = {}): SyntheticDocument {
  const { raw } = generateArticle(index, options);
  const doc = analyzeDocument(raw);
  return { raw, doc, prepared: prepareDocument(raw, doc) };
}
