import { describe, expect, it } from "vitest";
import type { TextBlock } from "../text-block.js";
import { dropLinkHeavyBlocks, isLinkHeavyBlock } from "./drop-link-heavy-block.js";

/** A block whose `linked` part stood inside links and whose `own` part did not. */
function block(linked: string, own: string): TextBlock {
  const text = `${linked}${own}`;
  const ownWordChars = (own.match(/[\p{L}\p{N}]/gu) ?? []).length;
  return { text, tag: "li", linkChars: linked.length, ownWordChars };
}

describe("isLinkHeavyBlock", () => {
  it.each([
    ["a related-article link", block("Storm closes the harbour bridge for a week", "")],
    ["a menu line with separators", block("Home News Sport Weather Contact", " | | ")],
    ["a link with a short date", block("Council delays the ferry vote again", " (3d)")],
  ])("drops %s", (_what, b) => {
    expect(isLinkHeavyBlock(b)).toBe(true);
  });

  it.each([
    [
      "a linked source with a sentence about it",
      block("Harbour Trust annual report", " - costs by year"),
    ],
    [
      "a linked place with why it is there",
      block("The Quay Hotel, Port Alden", " features in my list"),
    ],
    [
      "a block with few links",
      block("the report", " said the pier would stay open through the winter"),
    ],
  ])("keeps %s", (_what, b) => {
    expect(isLinkHeavyBlock(b)).toBe(false);
  });
});

describe("dropLinkHeavyBlocks", () => {
  const paragraph = (n: number): TextBlock =>
    block(
      "",
      `Paragraph ${n}: the harbour trust said the ferry would return in May, after repairs to the hull and engines took longer than the winter schedule had allowed for.`,
    );
  const link = (title: string) => block(title, "");
  const texts = (blocks: TextBlock[]) => dropLinkHeavyBlocks(blocks).map((b) => b.text);

  it("keeps a short list of links between the story's paragraphs", () => {
    const blocks = [
      paragraph(1),
      link("Harbour Trust timetable"),
      link("Ferry fares"),
      paragraph(2),
    ];
    expect(texts(blocks)).toEqual(blocks.map((b) => b.text));
  });

  it("drops links before the first paragraph and after the last", () => {
    const blocks = [link("Home"), paragraph(1), paragraph(2), link("Storm closes the bridge")];
    expect(texts(blocks)).toEqual([paragraph(1).text, paragraph(2).text]);
  });

  it("drops a long run of links even amid the story", () => {
    const menu = [1, 2, 3, 4, 5].map((n) => link(`Section ${n}`));
    expect(texts([paragraph(1), ...menu, paragraph(2)])).toEqual([
      paragraph(1).text,
      paragraph(2).text,
    ]);
  });

  it("drops a link line the page repeats (a button)", () => {
    const blocks = [
      paragraph(1),
      link("Check price"),
      paragraph(2),
      link("Check price"),
      paragraph(3),
    ];
    expect(texts(blocks)).toEqual([paragraph(1).text, paragraph(2).text, paragraph(3).text]);
  });
});
