import { describe, expect, it } from "vitest";
import type { TextBlock } from "../text-block.js";
import { cutRelatedTail } from "./cut-related-tail.js";

function blocks(...texts: string[]): TextBlock[] {
  return texts.map((text) => ({ text }) as TextBlock);
}

const PROSE =
  "The harbour board met for three hours on Tuesday evening and agreed, after a long debate about the cost of dredging, to keep the north pier open through the winter months for the ferry, which carries about four hundred people a day.";

describe("cutRelatedTail", () => {
  it("cuts the page at a related-articles heading after the story", () => {
    const page = blocks(PROSE, PROSE, "Related articles", "Storm closes the bridge", "New mayor");
    expect(cutRelatedTail(page)).toBe(2);
  });

  it("keeps going past a read-more box that sits between two halves of the story", () => {
    const page = blocks(PROSE, PROSE, "Read more", "Storm closes the bridge", PROSE, PROSE);
    expect(cutRelatedTail(page)).toBe(page.length);
  });

  it("does not cut at a tail heading early in the text", () => {
    const page = blocks("Comments", PROSE, PROSE);
    expect(cutRelatedTail(page)).toBe(page.length);
  });
});
