import { describe, expect, it } from "vitest";
import type { Paragraph, SegmentedText } from "../../model.js";
import { findEntities } from "../entities/index.js";
import { segmentText } from "../segment/index.js";
import { findQuotes } from "./index.js";

function segment(text: string): SegmentedText {
  const paragraphs: Paragraph[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    paragraphs.push({ span: [m.index, m.index + m[0].length], text: m[0], rule: "test/paragraph" });
  }
  return { text, paragraphs, ...segmentText(text, paragraphs) };
}

function speakersOf(text: string): (string | undefined)[] {
  const doc = segment(text);
  return findQuotes(doc, findEntities(doc)).map((quote) => quote.speaker?.name);
}

describe("speaker resolution with possessives", () => {
  it.each([
    [
      "Olga Petrova was away. Petrova's spokeswoman, Lena Braun, said the minister had not seen it.",
      "Lena Braun",
    ],
    [
      "The Environment Agency's regional director, Priya Natarajan, told the meeting that the river was rising.",
      "Priya Natarajan",
    ],
    ["Tomas Brandt's deputy Anna Berg said the vote would wait.", "Anna Berg"],
    [
      "Mayor Tom Rivers opened the bridge. His deputy, Anna Kowal, said she was proud of the crews.",
      "Anna Kowal",
    ],
    ["The company's chief executive, Maria Lopez, said profits rose.", "Maria Lopez"],
  ])("the named person after a possessor speaks: %s", (text, speaker) => {
    expect(speakersOf(text)).toEqual([speaker]);
  });

  it("a person noun after a possessive names someone else, unnamed: 'Her spokesman said'", () => {
    const doc = segment("Maria Lopez spoke first. Her spokesman said the figures were final.");
    const [quote] = findQuotes(doc, findEntities(doc));
    expect(quote?.speaker?.entity).toBeNull();
    expect(quote?.speaker?.name).toBe("Her spokesman");
  });

  it("with no name in apposition, the possessor stands for the speaker", () => {
    expect(speakersOf("Ines Okafor's office said the mayor would attend.")).toEqual([
      "Ines Okafor",
    ]);
  });
});
