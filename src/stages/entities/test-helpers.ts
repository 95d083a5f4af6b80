/** Shared by the stage's tests: segmentation and the stage (or its prepared document) on a text. */
import type { Entity } from "../../model.js";
import { findParagraphs, segmentText } from "../segment/index.js";
import { findEntities } from "./index.js";
import { type Candidate, prepareDocument, type StageDocument } from "./mention.js";

export function analyseEntities(text: string): Entity[] {
  const paragraphs = findParagraphs(text);
  const { sentences, tokens } = segmentText(text, paragraphs);
  return findEntities({ text, paragraphs, sentences, tokens });
}

export function entityNamed(entities: Entity[], name: string): Entity | undefined {
  return entities.find((e) => e.name === name);
}

/** The stage's working document for a text, as the rules and refiners see it. */
export function prepare(text: string): StageDocument {
  const paragraphs = findParagraphs(text);
  return prepareDocument({ text, paragraphs, ...segmentText(text, paragraphs) });
}

/** A name candidate over the first occurrence of `name` (token-aligned) in the text. */
export function nameAt(
  d: StageDocument,
  name: string,
  from = 0,
  type: Candidate["type"] = "GPE",
): Candidate {
  const words = name.split(" ");
  for (let i = from; i < d.words.length; i++) {
    if (words.every((w, k) => d.words[i + k] === w)) {
      return {
        kind: "name",
        type,
        start: i,
        end: i + words.length,
        nameStart: i,
        sentence: d.sentenceOf[i] ?? 0,
        rule: "entities/tagger",
        roles: [],
        gender: null,
      };
    }
  }
  throw new Error(`expected "${name}" in the text, got none`);
}
