import { describe, expect, it } from "vitest";
import type { TextBlock } from "../text-block.js";
import { dropLinkHeavyBlock } from "./drop-link-heavy-block.js";

/** A block whose `linked` part stood inside links and whose `own` part did not. */
function block(linked: string, own: string): TextBlock {
  const text = `${linked}${own}`;
  const ownWordChars = (own.match(/[\p{L}\p{N}]/gu) ?? []).length;
  return { text, tag: "li", linkChars: linked.length, ownWordChars };
}

describe("dropLinkHeavyBlock", () => {
  it.each([
    ["a related-article link", block("Storm closes the harbour bridge for a week", "")],
    ["a menu line with separators", block("Home News Sport Weather Contact", " | | ")],
    ["a link with a short date", block("Council delays the ferry vote again", " (3d)")],
  ])("drops %s", (_what, b) => {
    expect(dropLinkHeavyBlock(b)).toBe(true);
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
    expect(dropLinkHeavyBlock(b)).toBe(false);
  });
});
