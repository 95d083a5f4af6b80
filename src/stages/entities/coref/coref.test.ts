import { describe, expect, it } from "vitest";
import { analyseEntities, entityNamed } from "../test-helpers.js";
import { normaliseName } from "./cluster.js";
import { parseRole } from "./match-roles.js";

describe("parseRole", () => {
  it.each([
    ["Russian president", { nationality: "russian", head: "president" }],
    ["Iranian parliament speaker", { nationality: "iranian", head: "parliament speaker" }],
    ["US secretary of state", { nationality: "us", head: "secretary of state" }],
    ["former Czech president", { nationality: "czech", head: "president" }],
    ["leader", { nationality: null, head: "leader" }],
  ])("reads %j", (role, expected) => {
    expect(parseRole(role)).toEqual(expected);
  });
});

describe("normaliseName", () => {
  it.each([
    [
      ["Bashar", "al-Assad"],
      ["bashar", "assad"],
    ],
    [
      ["Bashar", "Al", "Assad"],
      ["bashar", "assad"],
    ],
    [["Putin", "'s"], ["putin"]],
    [["the", "Kremlin"], ["kremlin"]],
    [["O'Brien", "’s"], ["o'brien"]],
    [
      ["Ursula", "von", "der", "Leyen"],
      ["ursula", "leyen"],
    ],
    [["U.S.", "."], ["u.s."]],
    [["Putin’s"], ["putin"]],
    [["The", "Hague"], ["hague"]],
  ])("normalises %j", (words, expected) => {
    expect(normaliseName(words)).toEqual(expected);
  });
});

describe("the coreference sieve", () => {
  it("joins a surname, an honorific form and a possessive (without its 's) to the full name", () => {
    const e = analyseEntities("Ingrid Solberg arrived. Ms Solberg spoke. Solberg's aides waited.");
    expect(entityNamed(e, "Ingrid Solberg")?.mentions.map((m) => m.text)).toEqual([
      "Ingrid Solberg",
      "Ms Solberg",
      "Solberg",
    ]);
  });

  it("sends a role nominal to the person whose role matches, not the most salient one", () => {
    const text =
      "Vladimir Putin met Bashar al-Assad. Mr Putin said Russia would help. Mr Putin praised the army. " +
      "Bashar al-Assad, the Syrian president, thanked him. Later the Syrian president left.";
    const e = analyseEntities(text);
    const assad = entityNamed(e, "Bashar al-Assad");
    expect(assad?.mentions.map((m) => m.text)).toContain("the Syrian president");
    expect(assad?.mentions.filter((m) => m.text === "the Syrian president").length).toBe(2);
    expect(entityNamed(e, "Vladimir Putin")?.mentions.map((m) => m.text)).not.toContain(
      "the Syrian president",
    );
  });

  it("treats a role with another nationality as a different person", () => {
    const e = analyseEntities(
      "Sergei Lavrov, the Russian foreign minister, arrived. The Turkish foreign minister followed.",
    );
    const lavrov = entityNamed(e, "Sergei Lavrov");
    expect(lavrov?.mentions.map((m) => m.text)).not.toContain("The Turkish foreign minister");
  });

  it("joins aliases and acronyms", () => {
    const e = analyseEntities(
      "Isis claimed the attack. Officials blamed ISIL. The group, also known as Daesh, denied it. " +
        "The World Health Organization warned. The WHO repeated its advice.",
    );
    const isis = e.find((x) => x.mentions.some((m) => m.text === "Isis"));
    expect(isis?.mentions.map((m) => m.text)).toEqual(["Isis", "ISIL", "Daesh"]);
    expect(isis?.type).toBe("ORG");
    const who = entityNamed(e, "World Health Organization");
    expect(who?.mentions.map((m) => m.text)).toEqual(["World Health Organization", "WHO"]);
  });

  it("reads Washington as the US government unless it follows a locative preposition", () => {
    const e = analyseEntities(
      "The US imposed sanctions. Washington accused Moscow. He lives in Washington.",
    );
    const us = e.find((x) => x.mentions.some((m) => m.text === "US"));
    expect(us?.mentions.map((m) => [m.text, m.span[0]])).toEqual([
      ["US", 4],
      ["Washington", 26],
    ]);
  });

  it("resolves a pronoun to the subject of the previous sentence", () => {
    const e = analyseEntities("Ana Ferreira met the delegation. She said the talks went well.");
    expect(entityNamed(e, "Ana Ferreira")?.mentions.map((m) => [m.text, m.rule])).toEqual([
      ["Ana Ferreira", expect.stringMatching(/^entities\//)],
      ["She", "entities/pronoun"],
    ]);
  });

  it("does not give a female pronoun to a man", () => {
    const e = analyseEntities("Mr Okafor met the minister. She said he was late.");
    expect(entityNamed(e, "Okafor")?.mentions.map((m) => m.text)).toEqual(["Mr Okafor", "he"]);
  });
});

describe("gender of honorifics", () => {
  it("keeps 'Ms Weber' with Anna Weber, not with Markus Weber", () => {
    const entities = analyseEntities(
      "Markus Weber defended the budget. Mr Weber said the figures were public. His sister Anna Weber disagreed. Ms Weber said the plan was rushed.",
    );
    const markus = entities.find((e) => e.name === "Markus Weber");
    const anna = entities.find((e) => e.name === "Anna Weber");
    expect(markus?.mentions.map((m) => m.text)).not.toContain("Ms Weber");
    expect(anna?.mentions.map((m) => m.text)).toContain("Ms Weber");
  });
});
