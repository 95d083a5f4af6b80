import { describe, expect, it } from "vitest";
import type { Span } from "../../model.js";
import { contentText } from "./content-text.js";

function spansOf(text: string, pieces: string[]): Span[] {
  return pieces.map((piece) => {
    const start = text.indexOf(piece);
    return [start, start + piece.length];
  });
}

describe("contentText", () => {
  it.each([
    [
      "“We will not sign,” she said. “The public deserves better.”",
      ["We will not sign,", "The public deserves better."],
      "We will not sign, … The public deserves better.",
    ],
    [
      "“The barrier works.\n\n“Without it the town floods.”",
      ["The barrier works.", "Without it the town floods."],
      "The barrier works.\n\nWithout it the town floods.",
    ],
    ["He said the deal was off.", ["the deal was off"], "the deal was off"],
  ])("%j", (text, pieces, expected) => {
    expect(contentText(text, spansOf(text, pieces))).toBe(expected);
  });
});
