import type { SegmentedText } from "../../model.js";
import { segmentText } from "../segment/index.js";

/** A segmented text for tests: the whole text is one paragraph. */
export function segmentForTest(text: string): SegmentedText {
  const paragraphs = [{ span: [0, text.length] as [number, number], text, rule: "test/paragraph" }];
  return { text, paragraphs, ...segmentText(text, paragraphs) };
}
