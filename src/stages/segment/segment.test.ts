import { describe, expect, it } from "vitest";
import { findParagraphs, segmentText, tokenize } from "./index.js";

function tokenTexts(text: string): string[] {
  return tokenize(text).map((t) => text.slice(t.span[0], t.span[1]));
}

function sentenceTexts(text: string): string[] {
  return segmentText(text, findParagraphs(text)).sentences.map((s) => s.text);
}

describe("tokenize", () => {
  it.each([
    ["Mr. Smith left.", ["Mr.", "Smith", "left", "."]],
    ["The U.S. and U.N. met.", ["The", "U.S.", "and", "U.N.", "met", "."]],
    ["George W. Bush spoke", ["George", "W.", "Bush", "spoke"]],
    ["It rose 3.5% to 1,000.25 dollars", ["It", "rose", "3.5", "%", "to", "1,000.25", "dollars"]],
    ["Putin's plan", ["Putin", "'s", "plan"]],
    ["Russia’s economy", ["Russia", "’s", "economy"]],
    ["They don't care", ["They", "do", "n't", "care"]],
    ["a three-week-old campaign", ["a", "three-week-old", "campaign"]],
    ["at 5:06 pm", ["at", "5:06", "pm"]],
    [
      "“We were deceived,” he added.",
      ["“", "We", "were", "deceived", ",", "”", "he", "added", "."],
    ],
    ["peace — or war", ["peace", "—", "or", "war"]],
    ["wait... what", ["wait", "...", "what"]],
    ["see https://example.org/a/b. Then", ["see", "https://example.org/a/b", ".", "Then"]],
    ["he added.Follow us", ["he", "added", ".", "Follow", "us"]],
    ["Sen. Jones and Gen. Lee", ["Sen.", "Jones", "and", "Gen.", "Lee"]],
    ["Václav Klaus", ["Václav", "Klaus"]],
  ])("splits %j into its tokens", (text, expected) => {
    expect(tokenTexts(text)).toEqual(expected);
  });

  it("gives spans that index the text exactly", () => {
    const text = "  Ali Larijani, the Iranian parliament speaker, said: “No.”\n";
    for (const token of tokenize(text)) {
      expect(token.span[1]).toBeGreaterThan(token.span[0]);
      expect(text.slice(token.span[0], token.span[1]).trim()).not.toBe("");
    }
  });

  it("labels numbers, words and punctuation", () => {
    const kinds = tokenize("In 2015 , $5").map((t) => t.kind);
    expect(kinds).toEqual(["word", "number", "punct", "symbol", "number"]);
  });
});

describe("segmentText sentences", () => {
  it.each([
    ["Mr. Putin spoke. He left.", ["Mr. Putin spoke.", "He left."]],
    ["Dr. Jones met Gen. Smith. Then they ate.", ["Dr. Jones met Gen. Smith.", "Then they ate."]],
    ["The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]],
    ["Sanctions hit the U.S. The market fell.", ["Sanctions hit the U.S.", "The market fell."]],
    ["Growth was 2.5 per cent. Prices rose.", ["Growth was 2.5 per cent.", "Prices rose."]],
    ["George W. Bush met him. Fine.", ["George W. Bush met him.", "Fine."]],
    [
      "“We were deceived,” he added. “It is over.”",
      ["“We were deceived,” he added.", "“It is over.”"],
    ],
    ["“Is it over?” she asked. No.", ["“Is it over?” she asked.", "No."]],
    ['He said: "It is done." Then he left.', ['He said: "It is done."', "Then he left."]],
    ["“Stop.” Putin said so.", ["“Stop.”", "Putin said so."]],
    ["He paused... then went on.", ["He paused... then went on."]],
    ["The refugee crisis\nPutin also spoke.", ["The refugee crisis", "Putin also spoke."]],
  ])("splits %j", (text, expected) => {
    expect(sentenceTexts(text)).toEqual(expected);
  });

  it("never lets a sentence cross a paragraph break", () => {
    const text = "“The first paragraph of a long quote\n\n“goes on here,” he said.";
    expect(sentenceTexts(text)).toEqual([
      "“The first paragraph of a long quote",
      "“goes on here,” he said.",
    ]);
  });

  it("records paragraph index, token range and rule", () => {
    const text = "One. Two.\n\nThree.";
    const { sentences, tokens } = segmentText(text, findParagraphs(text));
    expect(sentences.map((s) => [s.paragraph, s.rule])).toEqual([
      [0, "segment/sentence"],
      [0, "segment/sentence"],
      [1, "segment/sentence"],
    ]);
    const last = sentences[2];
    expect(last?.tokens).toEqual([4, 6]);
    expect(tokens.length).toBe(6);
  });

  it("does not break a wrapped line that continues in lower case", () => {
    expect(sentenceTexts("The minister said on Monday that\nthe talks would go on.")).toHaveLength(
      1,
    );
  });
});

describe("negative cases", () => {
  it.each([
    ["empty text", ""],
    ["only spaces", "   \n\n  \t "],
    ["only punctuation", "...!?!?“”\"'"],
    ["an unclosed quote", "“He said nothing at all and never stopped"],
  ])("copes with %s", (_name, text) => {
    const { sentences } = segmentText(text, findParagraphs(text));
    for (const s of sentences) expect(s.text).toBe(text.slice(s.span[0], s.span[1]));
  });

  it("tokenises a 600,000-character run of short words", () => {
    const text = "x, ".repeat(200_000);
    const { tokens, sentences } = segmentText(text, findParagraphs(text));
    expect(tokens.length).toBe(400_000);
    expect(sentences).toHaveLength(1);
  });

  it("keeps a run of dotted letters as one token", () => {
    expect(tokenTexts("a.".repeat(1000))).toHaveLength(1);
  });
});

describe("findParagraphs", () => {
  it("splits on blank lines and trims", () => {
    const text = "  First line\nsame para.\n \n\nSecond.\r\n\r\nThird.  ";
    expect(findParagraphs(text).map((p) => p.text)).toEqual([
      "First line\nsame para.",
      "Second.",
      "Third.",
    ]);
  });
});
