import type { AnalyzedDocument, CleanArticle, RawArticle, SegmentedText } from "./model.js";
import { cleanArticle } from "./stages/cleanup/index.js";
import { findEntities } from "./stages/entities/index.js";
import { getTagger } from "./stages/entities/load-tagger.js";
import { type ModelProblem, recordedModelProblems } from "./stages/model-files.js";
import { findQuotes } from "./stages/quotes/index.js";
import { segmentText } from "./stages/segment/index.js";
import { checkPublished, findTimexes, timeQuotes } from "./stages/temporal/index.js";
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
  const segmented = segmentDocument(article);
  const entities = findEntities(segmented);
  const quotes = findQuotes(segmented, entities);
  const timexes = findTimexes(segmented, { referenceDate: article.published.value });
  const published = checkPublished(article.published, timexes, segmented);
  return {
    ...article,
    published,
    sentences: segmented.sentences,
    ...(options.tokens ? { tokens: segmented.tokens } : {}),
    entities,
    quotes: timeQuotes(quotes, timexes, published, segmented.sentences),
    timexes,
    version: VERSION,
  };
}

/**
 * Model files (`models/`) the pipeline could not read, each with what is lost without it; empty
 * on a sound install. The stages fall back to rules rather than fail, so callers should say so.
 */
export function modelProblems(): ModelProblem[] {
  getTagger(); // loads on first use; the quote models load with their modules
  return recordedModelProblems();
}

function segmentDocument(article: CleanArticle): SegmentedText {
  const { sentences, tokens } = segmentText(article.text, article.paragraphs);
  return { text: article.text, paragraphs: article.paragraphs, sentences, tokens };
}
