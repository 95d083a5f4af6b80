import { describe, expect, it } from "vitest";
import { findParagraphs, segmentText } from "../../segment/index.js";
import { type Candidate, prepareDocument, type StageDocument } from "../mention.js";
import { analyseEntities } from "../test-helpers.js";
import { isCitedAuthor } from "./type-names.js";
import { unifyTypes } from "./unify-types.js";

function prepare(text: string): StageDocument {
  const paragraphs = findParagraphs(text);
  return prepareDocument({ text, paragraphs, ...segmentText(text, paragraphs) });
}

/** A name candidate over the first occurrence of `name` (token-aligned) in the text. */
function nameAt(
  d: StageDocument,
  name: string,
  from = 0,
  type: Candidate["type"] = "GPE",
): Candidate {
  const words = name.split(" ");
  for (let i = from; i < d.words.length; i++) {
    if (words.every((w, k) => d.words[i + k] === w)) {
      return {
        kind: "name",
        type,
        start: i,
        end: i + words.length,
        nameStart: i,
        sentence: d.sentenceOf[i] ?? 0,
        rule: "entities/tagger",
        roles: [],
        gender: null,
      };
    }
  }
  throw new Error(`expected "${name}" in the text, got none`);
}

function typeOf(text: string, name: string): string | undefined {
  return analyseEntities(text).find((e) => e.mentions.some((m) => m.text === name))?.type;
}

describe("typing a name by a cue of the whole name", () => {
  it.each([
    [
      "an organisation suffix",
      "Meridian Logistics said its drivers would strike.",
      "Meridian Logistics",
      "ORG",
    ],
    [
      "an institution word first",
      "She studied at the University of Alden.",
      "University of Alden",
      "ORG",
    ],
    [
      "a building head after a title",
      "Crowds filled the Sheikh Lotfollah Mosque at noon.",
      "Sheikh Lotfollah Mosque",
      "FAC",
    ],
    ["a reserve", "We walked through the Henga Scenic Reserve.", "Henga Scenic Reserve", "LOC"],
    // Negative cases: a given name before a place word that is also a surname stays a person.
    [
      "a given name and the surname Hall",
      "Lisa Hall said the vote was close.",
      "Lisa Hall",
      "PERSON",
    ],
    [
      "a given name and the surname Park",
      "Anna Park told reporters she would run.",
      "Anna Park",
      "PERSON",
    ],
  ])("%s", (_, text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });
});

describe("isCitedAuthor", () => {
  it.each([
    ["(Rueda, Checa, & Cómbita, 2012) found it.", "Checa", true],
    ["as Vossen (2008) showed", "Vossen", true],
    ["Marsden et al. found it.", "Marsden", true],
    ["(Tomlin, 1999; Varga, 2004)", "Varga", true],
    ["Chong and Checa (2010) agree.", "Chong", true],
    // Negative cases: a place of publication, a date line, a plain list of places.
    ["printed in London: Penguin, 1999.", "London", false],
    ["Dublin, 2008 was a hard year.", "Dublin", false],
    ["from Paris, Lyon and Nice.", "Lyon", false],
  ])("%s: %s -> %s", (text, name, expected) => {
    const d = prepare(text);
    expect(isCitedAuthor(d, nameAt(d, name))).toBe(expected);
  });

  it("makes cited authors people in a whole analysis", () => {
    const text = "Attention improves with practice (Rueda, Checa, & Cómbita, 2012).";
    expect(typeOf(text, "Checa")).toBe("PERSON");
  });
});

describe("unifyTypes", () => {
  const text = "Boats leave Coron daily. Coron is small. Ines met Coron Bay.";
  it("gives every mention of a name the class most mentions got", () => {
    const d = prepare(text);
    const a = nameAt(d, "Coron", 0, "GPE");
    const b = nameAt(d, "Coron", a.end, "PERSON");
    const c = nameAt(d, "Coron", b.end, "LOC");
    unifyTypes(d, [a, b, c]);
    expect([a.type, b.type, c.type]).toEqual(["GPE", "GPE", "LOC"]);
  });

  it("lets one mention decided by a cue outvote two tagger guesses", () => {
    const d = prepare(text);
    const a = nameAt(d, "Coron", 0, "PERSON");
    const b = nameAt(d, "Coron", a.end, "PERSON");
    const c = nameAt(d, "Coron", b.end, "GPE");
    c.typeCue = true;
    unifyTypes(d, [a, b, c]);
    expect([a.type, b.type, c.type]).toEqual(["GPE", "GPE", "GPE"]);
  });

  it("leaves different names and non-name mentions alone", () => {
    const d = prepare(text);
    const a = nameAt(d, "Coron", 0, "GPE");
    const b = nameAt(d, "Ines", 0, "PERSON");
    const role: Candidate = { ...nameAt(d, "Coron", a.end, "PERSON"), kind: "role" };
    unifyTypes(d, [a, b, role]);
    expect([a.type, b.type, role.type]).toEqual(["GPE", "PERSON", "PERSON"]);
  });
});

describe("mojibake and lone marks", () => {
  it.each([
    ["a lone mojibake lead byte", "Prices rose Ã in the market."],
    ["a mojibake pair", "He said Ã©tÃ© was over."],
  ])("makes no entity of %s", (_, text) => {
    expect(analyseEntities(text).flatMap((e) => e.mentions.map((m) => m.text))).toEqual([]);
  });

  it("keeps a real name with accented letters (negative case)", () => {
    expect(typeOf("Ines Okafor met Søren Åberg in Tårs.", "Søren Åberg")).toBe("PERSON");
  });
});
