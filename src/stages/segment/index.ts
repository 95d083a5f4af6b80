import type { Paragraph, Sentence, Token } from "../../model.js";
import { splitSentences } from "./split-sentences.js";
import { tokenize } from "./tokenize.js";

export { findParagraphs } from "./find-paragraphs.js";
export { tokenize } from "./tokenize.js";

/** The segment stage: tokens with offsets, then sentences within paragraphs. */
export function segmentText(
  text: string,
  paragraphs: Paragraph[],
): { sentences: Sentence[]; tokens: Token[] } {
  const tokens = tokenize(text);
  return { tokens, sentences: splitSentences(text, paragraphs, tokens) };
}
