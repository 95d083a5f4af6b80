import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyseEntities, entityNamed } from "./test-helpers.js";

const article = readFileSync(new URL("./fixtures/harbour-talks.txt", import.meta.url), "utf8");
const entities = analyseEntities(article);

describe("findEntities on an invented article", () => {
  it("gives every mention a span whose text is the text at that span", () => {
    for (const e of entities) {
      for (const m of e.mentions) expect(article.slice(m.span[0], m.span[1])).toBe(m.text);
    }
  });

  it("numbers entities e1, e2, ... in order of first mention", () => {
    expect(entities.map((e) => e.id)).toEqual(entities.map((_, i) => `e${i + 1}`));
    const starts = entities.map((e) => e.mentions[0]?.span[0] ?? -1);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it.each([
    [
      "Helena Marsh",
      "PERSON",
      [
        "Helena Marsh",
        "the Danish foreign minister",
        "Ms Marsh",
        "she",
        "The Danish minister",
        "her",
      ],
    ],
    ["Tomasz Wieczorek", "PERSON", ["Tomasz Wieczorek", "Mr Wieczorek", "he", "He"]],
    ["Warsaw", "GPE", ["Warsaw"]],
    ["European Commission", "ORG", ["European Commission"]],
  ])("groups the mentions of %s (%s)", (name, type, texts) => {
    const e = entityNamed(entities, name);
    expect(e?.type).toBe(type);
    expect(e?.mentions.map((m) => m.text)).toEqual(texts);
  });

  it("keeps the role found in apposition as an attribute", () => {
    expect(entityNamed(entities, "Helena Marsh")?.attributes.roles).toContain(
      "Danish foreign minister",
    );
  });

  it("records which rule found each mention", () => {
    const marsh = entityNamed(entities, "Helena Marsh");
    const rules = Object.fromEntries(marsh?.mentions.map((m) => [m.text, m.rule]) ?? []);
    expect(rules.she).toBe("entities/pronoun");
    expect(rules["The Danish minister"]).toBe("entities/role-nominal");
  });

  it("reads gender from honorifics for pronoun agreement", () => {
    expect(entityNamed(entities, "Helena Marsh")?.attributes.gender).toEqual(["female"]);
    expect(entityNamed(entities, "Tomasz Wieczorek")?.attributes.gender).toEqual(["male"]);
  });

  it("makes no entity of a weekday or of page furniture", () => {
    const names = entities.map((e) => e.name);
    expect(names).not.toContain("Tuesday");
    expect(names).not.toContain("Follow");
  });
});

describe("a role set off by commas before a name", () => {
  it("ties 'the mayor, Ines Okafor,' and a later 'the mayor' to the person", () => {
    const text =
      "The vote was delayed after the mayor, Ines Okafor, objected.\n\nLater the mayor said the deal could wait.";
    const okafor = entityNamed(analyseEntities(text), "Ines Okafor");
    expect(okafor?.mentions.map((m) => m.text)).toEqual(["the mayor", "Ines Okafor", "the mayor"]);
  });

  it("does not tie a role to a name that starts a list", () => {
    const text = "She thanked the mayor, Ines Okafor and Tomas Brandt for their work.";
    const okafor = entityNamed(analyseEntities(text), "Ines Okafor");
    expect(okafor?.mentions.map((m) => m.text)).toEqual(["Ines Okafor"]);
  });
});

describe("names built on 'of'", () => {
  it("reads an institution with its place as one organisation", () => {
    const entities = analyseEntities(
      "The National Library of the Netherlands opened a reading room on Monday.",
    );
    const library = entities.find((e) => e.name === "National Library of the Netherlands");
    expect(library?.type).toBe("ORG");
    expect(entities.find((e) => e.name === "Netherlands")).toBeUndefined();
  });

  it("reads a hereditary title with its realm as a person, and leaves the realm a place", () => {
    const entities = analyseEntities(
      "The King of Athens rode out at dawn. Athens was quiet. Later the king returned.",
    );
    const king = entities.find((e) => e.name === "King of Athens");
    expect(king?.type).toBe("PERSON");
    expect(king?.mentions.map((m) => m.text)).toContain("the king");
    const city = entities.find((e) => e.name === "Athens");
    expect(city?.type).toBe("GPE");
  });

  it("keeps a place joined before the institution with it", () => {
    const entities = analyseEntities(
      "On Friday the Newfoundland and Labrador Court of Appeal ruled.",
    );
    expect(entities.map((e) => e.name)).toContain("Newfoundland and Labrador Court of Appeal");
    expect(entities.map((e) => e.name)).not.toContain("Newfoundland");
  });

  it("keeps two institutions joined by 'and' apart", () => {
    const entities = analyseEntities("Both American Airlines and Southwest Airlines cut flights.");
    expect(entities.map((e) => e.name)).toContain("Southwest Airlines");
  });

  it("leaves an office held for a term as a role: 'Secretary of State John Kerry'", () => {
    const entities = analyseEntities("US Secretary of State John Kerry spoke in Geneva.");
    expect(entities.find((e) => e.name === "John Kerry")?.type).toBe("PERSON");
    expect(entities.some((e) => e.name.startsWith("Secretary of State"))).toBe(false);
  });
});

describe("titles and particles around names", () => {
  it("reads a portfolio title off the name, so 'the minister' finds the person", () => {
    const entities = analyseEntities(
      'Transport Minister Daniel Achterberg defended the plan. "I have nothing to hide," the minister said.',
    );
    const minister = entities.find((e) => e.name === "Daniel Achterberg");
    expect(minister?.attributes.roles).toContain("transport minister");
    expect(minister?.mentions.map((m) => m.text)).toContain("the minister");
  });

  it("keeps a Dutch or German particle inside a person's name", () => {
    const entities = analyseEntities(
      "Engineer Piet van Rijn said the cables were worn. Later Ursula von der Leyen spoke.",
    );
    const names = entities.map((e) => e.name);
    expect(names).toContain("Piet van Rijn");
    expect(names).toContain("Ursula von der Leyen");
  });

  it("does not end a person's name on a particle: 'Bashar Al' takes in 'Assad'", () => {
    const entities = analyseEntities(
      "Talks stalled over the future of Syrian President Bashar Al Assad – the rebels refuse. Envoys said Assad’s army had moved.",
    );
    const assad = entities.filter((e) => e.mentions.some((m) => m.text.includes("Assad")));
    expect(assad.map((e) => e.name)).toEqual(["Bashar Al Assad"]);
    expect(assad[0]?.mentions.map((m) => m.text)).toContain("Assad");
  });

  it("reads 'General' before organisation words as part of a body's name, not a rank", () => {
    const entities = analyseEntities(
      "The Alden General Assembly voted on Monday. General Council members abstained. General Okafor said nothing.",
    );
    const people = entities.filter((e) => e.type === "PERSON").map((e) => e.name);
    expect(people).not.toContain("Assembly");
    expect(people).not.toContain("Council");
    expect(people).toContain("Okafor");
  });
});
