import type { AnalyzedDocument, RawArticle } from "./model.js";
import { cleanArticle } from "./stages/cleanup/index.js";
import { findQuotes } from "./stages/quotes/index.js";
import { segmentText } from "./stages/segment/index.js";
import { VERSION } from "./version.js";

export interface AnalyzeOptions {
  /** ISO date (YYYY-MM-DD) that replaces any date the input carries; recorded as `given`. */
  documentDate?: string | null;
  /** ISO date used only when the input carries none; recorded as `given`. */
  fallbackDate?: string | null;
  /** Keep the text exactly as read: no cleanup edits, spans index the input. */
  verbatim?: boolean;
  /** Include tokens in the result. */
  tokens?: boolean;
}

/** The pipeline: one line per stage. Pure and synchronous. */
export function analyzeDocument(raw: RawArticle, options: AnalyzeOptions = {}): AnalyzedDocument {
  const article = cleanArticle(raw, options);
  const segmented = segmentText(article.text, article.paragraphs);
  return {
    ...article,
    sentences: segmented.sentences,
    quotes: findQuotes({ ...segmented, text: article.text, paragraphs: article.paragraphs }, []),
    ...(options.tokens ? { tokens: segmented.tokens } : {}),
    version: VERSION,
  };
}
