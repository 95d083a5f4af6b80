import { describe, expect, it } from "vitest";
import type { TextBlock } from "../text-block.js";
import { cutRelatedTail } from "./cut-related-tail.js";

function blocks(...texts: string[]): TextBlock[] {
  return texts.map((text) => ({ text, tag: "p" }) as TextBlock);
}

function heading(text: string): TextBlock {
  return { text, tag: "h2", linkChars: 0, ownWordChars: text.length };
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

  it.each([
    ["Read this next"],
    ["More from The Harbour Blog:"],
    ["Recent articles"],
    ["12 comments"],
  ])("cuts at a %s heading even when teaser paragraphs follow", (title) => {
    const page = [...blocks(PROSE, PROSE), heading(title), ...blocks(PROSE, PROSE)];
    expect(cutRelatedTail(page)).toBe(2);
  });

  it("does not cut at a tail phrase labelling something inside a page that goes on as long again", () => {
    const rows = (n: number) =>
      Array.from({ length: n }, (_, k) => `Row ${k}: ${PROSE.slice(0, 150)}`);
    const page = blocks(PROSE, PROSE, PROSE, PROSE, "Most popular", ...rows(5));
    expect(cutRelatedTail(page)).toBe(page.length);
  });

  it("still cuts at that phrase when only a short list follows", () => {
    const page = blocks(
      PROSE,
      PROSE,
      "Most popular",
      "Storm closes the bridge",
      "New mayor sworn in",
    );
    expect(cutRelatedTail(page)).toBe(2);
  });

  it("does not cut at a strong tail phrase written as a paragraph of the story", () => {
    const page = blocks(PROSE, PROSE, "More from the council on the ferry plan:", PROSE, PROSE);
    expect(cutRelatedTail(page)).toBe(page.length);
  });
});
