import { describe, expect, it } from "vitest";
import type { Paragraph } from "../../model.js";
import { findQuoteRegions } from "./find-quote-regions.js";

function paragraphsOf(text: string): Paragraph[] {
  return [...text.matchAll(/[^\n]+/g)].map((m) => ({
    span: [m.index, m.index + m[0].length] as [number, number],
    text: m[0],
    rule: "test/paragraph",
  }));
}

/** What stands inside each region, pieces joined by " | ". */
function insides(text: string): string[] {
  return findQuoteRegions(text, paragraphsOf(text)).map((r) =>
    r.pieces.map(([a, b]) => text.slice(a, b)).join(" | "),
  );
}

describe("findQuoteRegions", () => {
  it.each([
    ["curly double marks", "He said “we will stay” and left.", ["we will stay"]],
    ["straight double marks", 'He said "we will stay" and left.', ["we will stay"]],
    ["guillemets", "Il a dit « nous restons » hier.", [" nous restons "]],
    ["German low-high marks", "Er sagte „wir bleiben“ gestern.", ["wir bleiben"]],
    ["wire-style doubled apostrophes", "''We will stay,'' he said.", ["We will stay,"]],
    [
      "a nested single quotation closing with the wire-style double one",
      "''I call it 'the old way,''' he said. ''Next.''",
      ["I call it 'the old way,'", "Next."],
    ],
    ["single marks outside double ones", "The ‘new model’ failed.", ["new model"]],
    [
      "a straight closing mark set off by a space after a nested one",
      `"They call it 'a flight to quality,' " he said.`,
      ["They call it 'a flight to quality,' "],
    ],
    [
      "a nested quotation inside the outer one",
      "“He told me ‘no’ twice,” she said.",
      ["He told me ‘no’ twice,"],
    ],
    ["apostrophes inside words", "The mayor’s plan isn’t the voters’ choice.", []],
    [
      "a quotation over two paragraphs",
      "“The first part.\n“The second part.”",
      ["The first part. | The second part."],
    ],
    ["an unclosed mark at a paragraph start", "“No end here.\nNext paragraph.", ["No end here."]],
    ["a stray mark mid-paragraph", 'A 12" pipe. “Real quote,” she said.', ["Real quote,"]],
  ])("reads %s", (_name, text, expected) => {
    expect(insides(text)).toEqual(expected);
  });

  it("drops a mark left open mid-paragraph instead of running into the next paragraph", () => {
    const text = "She said “this never closes\nand this paragraph is plain.";
    expect(findQuoteRegions(text, paragraphsOf(text))).toEqual([]);
  });

  it("ends a region left open at a paragraph start with its paragraph", () => {
    const text = "“This never closes\nand this paragraph is plain.";
    const [r] = findQuoteRegions(text, paragraphsOf(text));
    expect(r?.closed).toBe(false);
    expect(r?.close).toBe(text.indexOf("\n"));
  });
});
