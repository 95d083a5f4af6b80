import { describe, expect, it } from "vitest";
import { analyseEntities } from "./test-helpers.js";

function names(text: string): string[] {
  return analyseEntities(text).map((e) => e.name);
}

describe("what the entities stage must not find", () => {
  it.each([
    ["an empty text", ""],
    ["punctuation only", "... !!! ??? -- ,,,"],
    ["numbers only", "12 34 56.7 1,000 2015"],
  ])("finds nothing in %s", (_, text) => {
    expect(analyseEntities(text)).toEqual([]);
  });

  it("makes no entity of an era or clock abbreviation", () => {
    const found = names(
      "The temple was built around 300 BC and rebuilt in AD 79. Doors open at 9 AM.",
    );
    for (const abbreviation of ["BC", "AD", "AM"]) expect(found).not.toContain(abbreviation);
  });

  it.each([
    ["a weekday", "The talks resumed on Monday. They stalled again on Friday."],
    ["a month", "In September the rate rose. By December it had fallen."],
    ["page furniture", "Follow us on Twitter. Share this article. Advertisement"],
  ])("makes no person of %s", (_, text) => {
    const people = analyseEntities(text).filter((e) => e.type === "PERSON");
    expect(people.map((e) => e.name)).toEqual([]);
  });

  it.each([
    [
      "a role used as a modifier",
      "The president's office declined to comment on the leader board.",
    ],
    ["a plural role", "The foreign ministers met in the morning."],
    ["an indefinite role", "A spokesman said the plan was sound."],
  ])("makes no person of %s", (_, text) => {
    const people = analyseEntities(text).filter((e) => e.type === "PERSON");
    expect(people.map((e) => e.mentions.map((m) => m.text))).not.toContainEqual([
      "the leader board",
    ]);
    expect(
      people.every((e) => e.mentions.every((m) => !/ministers|A spokesman/.test(m.text))),
    ).toBe(true);
  });

  it("leaves a pronoun with no person before it out of every entity", () => {
    const entities = analyseEntities("He said the weather would turn. It did.");
    expect(entities.flatMap((e) => e.mentions.map((m) => m.text))).not.toContain("He");
  });

  it("does not end a name on a capitalised preposition that opens the next phrase", () => {
    const mentions = analyseEntities(
      "Winners: Ada Quill of the Harbour Party; Mayor Tomas Brandt In the east district, turnout rose.",
    ).flatMap((e) => e.mentions.map((m) => m.text));
    expect(mentions).toContain("Mayor Tomas Brandt");
    expect(mentions.some((m) => / In$/.test(m) || m === "In")).toBe(false);
  });

  it("keeps a surname that is also a preposition when no phrase follows it", () => {
    const mentions = analyseEntities(
      "Voters backed Jonas To of the Harbour Party. Jonas To won.",
    ).flatMap((e) => e.mentions.map((m) => m.text));
    expect(mentions).toContain("Jonas To");
  });

  it("does not take a pronoun after a name for a regnal number", () => {
    const mentions = analyseEntities(
      "At the end of the job. Mr. Collins I know you are busy.",
    ).flatMap((e) => e.mentions.map((m) => m.text));
    expect(mentions).toContain("Mr. Collins");
    expect(mentions).not.toContain("Mr. Collins I");
  });

  it("does not take a greeting for part of a name", () => {
    const mentions = analyseEntities(
      "They say, 'Hey Tomas, my name is Ines,' and laugh. Hey Ines Okafor, come in.",
    ).flatMap((e) => e.mentions.map((m) => m.text));
    expect(mentions).toContain("Ines Okafor");
    expect(mentions.some((m) => m.startsWith("Hey"))).toBe(false);
  });

  it("does not take a sentence-opening common word for a name", () => {
    expect(names("Everything changed. Refugees arrived. This was new.")).toEqual([]);
  });

  it("does not merge two people who share only a given name", () => {
    const entities = analyseEntities("John Kerry met John Smith. Kerry spoke first.");
    const kerry = entities.find((e) => e.name === "John Kerry");
    expect(kerry?.mentions.map((m) => m.text)).toEqual(["John Kerry", "Kerry"]);
  });
});

describe("bad input", () => {
  it("handles text without capitals", () => {
    const text = "the minister said he would travel to the capital next week. ".repeat(50);
    expect(() => analyseEntities(text)).not.toThrow();
    expect(analyseEntities(text).filter((e) => e.type !== "PERSON")).toEqual([]);
  });

  it("does not take every word of a text in capitals for a name", () => {
    const text = "THE MINISTER SAID THE TALKS WOULD RESUME NEXT WEEK IN THE CAPITAL. ".repeat(20);
    expect(analyseEntities(text).length).toBeLessThan(3);
  });

  it("handles non-English text without crashing", () => {
    const text =
      "Владимир Путин заявил в понедельник. 習近平は北京で演説した。 Der Präsident sprach in Berlin.";
    const entities = analyseEntities(text);
    for (const e of entities)
      for (const m of e.mentions) expect(text.slice(...m.span)).toBe(m.text);
  });

  it("stays linear on 10,000 names", () => {
    const parts: string[] = [];
    for (let i = 0; i < 10_000; i++) parts.push(`Name${i % 97} Surname${i}`);
    const text = `${parts.join(", ")}.`;
    const started = performance.now();
    const entities = analyseEntities(text);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(entities.length).toBeGreaterThan(0);
  });

  it("stays linear on a very long sentence of pronouns", () => {
    const text = `Maria Lopez arrived and ${"she said that ".repeat(5_000)}it rained.`;
    const started = performance.now();
    const entities = analyseEntities(text);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(entities.find((e) => e.name === "Maria Lopez")?.mentions.length).toBeGreaterThan(1);
  });
});
