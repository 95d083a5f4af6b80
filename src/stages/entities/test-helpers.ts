/** Shared by the stage's tests: runs segmentation and the stage on a text. */
import type { Entity } from "../../model.js";
import { findParagraphs, segmentText } from "../segment/index.js";
import { findEntities } from "./index.js";

export function analyseEntities(text: string): Entity[] {
  const paragraphs = findParagraphs(text);
  const { sentences, tokens } = segmentText(text, paragraphs);
  return findEntities({ text, paragraphs, sentences, tokens });
}

export function entityNamed(entities: Entity[], name: string): Entity | undefined {
  return entities.find((e) => e.name === name);
}
