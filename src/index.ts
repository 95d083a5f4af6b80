/** The library: the pipeline, its stages, input reading and the document model. */

export * from "./errors.js";
export { type InputResult, readInputs } from "./io/read-inputs.js";
export type * from "./model.js";
export { type AnalyzeOptions, analyzeDocument, modelProblems } from "./pipeline.js";
export { type CleanupOptions, cleanArticle } from "./stages/cleanup/index.js";
export { decodeInput } from "./stages/ingest/index.js";
export type { ModelProblem } from "./stages/model-files.js";
export { findParagraphs, segmentText, tokenize } from "./stages/segment/index.js";
export { VERSION } from "./version.js";
