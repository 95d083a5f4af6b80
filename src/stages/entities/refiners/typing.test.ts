import { describe, expect, it } from "vitest";
import type { Candidate } from "../mention.js";
import { analyseEntities, nameAt, prepare } from "../test-helpers.js";
import { dropNonNames } from "./drop-non-names.js";
import { extendPersonNames } from "./extend-person-names.js";
import { isCitedAuthor, isCitedWork, typeNames } from "./type-names.js";
import { unifyTypes } from "./unify-types.js";

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

describe("typeNames on a tagger guess", () => {
  it.each([
    [
      "a role in apposition",
      "They read Walt Whitman, the first great American poet, aloud.",
      "Walt Whitman",
      "GPE",
      "PERSON",
    ],
    [
      "a role in apposition at the end",
      "The prize went to Ada Quill, a Danish poet.",
      "Ada Quill",
      "ORG",
      "PERSON",
    ],
    [
      "a church named by its denomination",
      "The Catholic Church objected.",
      "Catholic Church",
      "FAC",
      "ORG",
    ],
    [
      "a national church",
      "The Greek Orthodox Church objected.",
      "Greek Orthodox Church",
      "FAC",
      "ORG",
    ],
    ["a platform", "She posted it on YouTube.", "YouTube", "WORK", "ORG"],
    [
      "a known place opening with a saint's title",
      "He went to St. Petersburg in 1724.",
      "St. Petersburg",
      "PERSON",
      "GPE",
    ],
    ["a historical period", "Athens declined in the Middle Ages.", "Middle Ages", "ORG", "EVENT"],
    // Negative cases: no article before the role, a church with a saint's name, a place.
    [
      "a role after 'as'",
      "Dancing on the Edge, as music journalist Ada Quill.",
      "Edge",
      "GPE",
      "GPE",
    ],
    [
      "a church with a saint's name",
      "Mass at St Mary Catholic Church began.",
      "St Mary Catholic Church",
      "FAC",
      "FAC",
    ],
    [
      "a place with a description",
      "They sailed to Alden, the port town, at dawn.",
      "Alden",
      "GPE",
      "GPE",
    ],
  ])("%s", (_, text, name, guess, expected) => {
    const d = prepare(text);
    const c = nameAt(d, name, 0, guess as Candidate["type"]);
    typeNames(d, [c]);
    expect(c.type).toBe(expected);
  });
});

describe("short names of island groups", () => {
  it("gives 'the Chathams' the type of the Chatham Islands", () => {
    const d = prepare("The Chatham Islands are remote. Flights to the Chathams are rare.");
    const full = nameAt(d, "Chatham Islands", 0, "ORG");
    const short = nameAt(d, "Chathams", 0, "ORG");
    typeNames(d, [full, short]);
    expect([full.type, short.type]).toEqual(["LOC", "LOC"]);
  });

  it("leaves a plural name alone when no island group is named (negative case)", () => {
    const d = prepare("Fans of the Chathams cheered.");
    const short = nameAt(d, "Chathams", 0, "ORG");
    typeNames(d, [short]);
    expect(short.type).toBe("ORG");
  });
});

describe("extendPersonNames", () => {
  it("gives a ruler's name its epithet", () => {
    const d = prepare("Gordon served Peter the Great until 1699.");
    const c = nameAt(d, "Peter", 0, "PERSON");
    extendPersonNames(d, [c]);
    expect(d.words.slice(c.start, c.end).join(" ")).toBe("Peter the Great");
  });

  it.each([
    ["I see O.J. Simpson now.", "Simpson", "O.J. Simpson"],
    ["Counsel: K. Michael Stevens, for the bank.", "Michael Stevens", "K. Michael Stevens"],
    // Negative case: a country abbreviation is no initial.
    ["the U.S. Ada Quill team", "Ada Quill", "Ada Quill"],
  ])("reads initials before a name in %j", (text, name, expected) => {
    const d = prepare(text);
    const c = nameAt(d, name, 0, "PERSON");
    extendPersonNames(d, [c]);
    expect(d.words.slice(c.start, c.end).join(" ")).toBe(expected);
  });

  it("leaves a place and an unknown word after 'the' alone (negative cases)", () => {
    const d = prepare("Alden the Great City and Peter the baker.");
    const a = nameAt(d, "Alden", 0, "GPE");
    const b = nameAt(d, "Peter", 0, "PERSON");
    extendPersonNames(d, [a, b]);
    expect([a.end - a.start, b.end - b.start]).toEqual([1, 1]);
  });
});

describe("dropNonNames", () => {
  it("drops a plural acronym but keeps a singular one", () => {
    const d = prepare("NGOs and the NGO bought CDs.");
    const kept = dropNonNames(d, [
      nameAt(d, "NGOs", 0, "ORG"),
      nameAt(d, "NGO", 0, "ORG"),
      nameAt(d, "CDs", 0, "ORG"),
    ]);
    expect(kept.map((c) => d.words[c.start])).toEqual(["NGO"]);
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

describe("isCitedWork", () => {
  it.each([
    ["Attention improves (Tomlin, 2012).", "Tomlin", true],
    ["(Varga, 2004; Tomlin, 1999)", "Tomlin", true],
    ["Varga (2004) showed it.", "Varga", true],
    // Negative cases: a co-author, a painter of a work, a date line, a life span.
    ["(Dye & Varga, 2010)", "Varga", false],
    ["(Dye & Varga, 2010)", "Dye", false],
    ["a panel by Ada Varga (1505)", "Ada Varga", false],
    ["Dublin, 2008 was a hard year.", "Dublin", false],
    ["Ada Varga (1922 - 2013) taught.", "Ada Varga", false],
  ])("%s: %s -> %s", (text, name, expected) => {
    const d = prepare(text);
    expect(isCitedWork(d, nameAt(d, name, 0, "PERSON"))).toBe(expected);
  });

  it("types a single cited author as the work, for that mention only", () => {
    const text =
      "Ines Okafor spoke first. Okafor was late. The effect is known (Okafor, 2012). Okafor agreed.";
    const types = analyseEntities(text).flatMap((e) =>
      e.mentions.filter((m) => m.text === "Okafor").map((m) => [m.span[0], e.type] as const),
    );
    expect(types.sort((a, b) => a[0] - b[0]).map(([, t]) => t)).toEqual([
      "PERSON",
      "WORK",
      "PERSON",
    ]);
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

  it("neither counts nor changes a mention whose type holds for itself only", () => {
    const d = prepare(text);
    const a = nameAt(d, "Coron", 0, "WORK");
    a.ownType = true;
    a.typeCue = true;
    const b = nameAt(d, "Coron", a.end, "PERSON");
    const c = nameAt(d, "Coron", b.end, "GPE");
    unifyTypes(d, [a, b, c]);
    expect([a.type, b.type, c.type]).toEqual(["WORK", "PERSON", "PERSON"]);
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
