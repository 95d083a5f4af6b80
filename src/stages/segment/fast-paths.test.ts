import { describe, expect, it } from "vitest";
import { findParagraphs, tokenize } from "./index.js";

/** The regex findParagraphs scans for by hand, kept here as its specification. */
function paragraphsByRegex(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const push = (start: number, end: number) => {
    const trimmed = text.slice(start, end).replace(/^[\s\ufeff]+|[\s\ufeff]+$/g, "");
    if (trimmed === "") return;
    const from = start + text.slice(start, end).indexOf(trimmed);
    spans.push([from, from + trimmed.length]);
  };
  const breaks = /\n[ \t\r\f\v\u00a0]*\n\s*/g;
  let start = 0;
  for (const match of text.matchAll(breaks)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return spans;
}

describe("findParagraphs scans as the blank-line regex would", () => {
  it.each([
    ["plain blank line", "One.\n\nTwo."],
    ["Windows line ends", "One.\r\n\r\nTwo.\r\n"],
    ["blanks on the empty line", "One.\n \t\u00a0\n  Two."],
    ["a single line break", "One.\nTwo."],
    ["a line separator is no blank", "One.\n\u2028\nTwo."],
    ["wide space after the break", "One.\n\n\u2003\u3000Two."],
    ["leading and trailing breaks", "\n\nOne.\n\n\n\nTwo.\n\n"],
    ["only breaks", "\n\n\n"],
    ["empty", ""],
    ["a text ending in a newline and blanks", "One.\n  "],
  ])("%s", (_name, text) => {
    expect(findParagraphs(text).map((p) => p.span)).toEqual(paragraphsByRegex(text));
  });
});

describe("tokenize at the edges of the text", () => {
  it.each([
    ["a word at the very end", "He said so", ["He", "said", "so"]],
    ["a digit group at the very end", "It cost 1,000", ["It", "cost", "1,000"]],
    ["four digits after a comma", "It cost 1,0000", ["It", "cost", "1", ",", "0000"]],
    ["a time at the very end", "at 5:06", ["at", "5:06"]],
    ["a joiner at the very end", "rock-", ["rock", "-"]],
    ["an abbreviation at the very end", "the U.S.", ["the", "U.S."]],
    ["a non-ASCII word before a period", "İstanbul. Then", ["İstanbul", ".", "Then"]],
  ])("%s", (_name, text, expected) => {
    expect(tokenize(text).map((t) => text.slice(t.span[0], t.span[1]))).toEqual(expected);
  });

  it.each([
    ["«", "punct"],
    ["©", "symbol"],
    ["€", "symbol"],
    ["¿", "punct"],
    ["😀", "punct"],
  ])("labels %s as %s", (char, kind) => {
    expect(tokenize(char).map((t) => t.kind)).toEqual([kind]);
  });
});
