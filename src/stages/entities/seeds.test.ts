/**
 * The two seed articles of the project (read from ../shared/seeds, never copied): who must be
 * one entity, who must be their own, and what must not be a person.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Entity } from "../../model.js";
import { analyzeDocument } from "../../pipeline.js";

const SEEDS = new URL("../../../../shared/seeds/", import.meta.url);
const present = existsSync(SEEDS);

function entitiesOf(file: string): { text: string; entities: Entity[] } {
  const raw = readFileSync(new URL(file, SEEDS), "utf8");
  const doc = analyzeDocument({ id: file, raw, format: "text" });
  return { text: doc.text, entities: doc.entities ?? [] };
}

function personWith(entities: Entity[], surname: string): Entity[] {
  return entities.filter(
    (e) => e.type === "PERSON" && e.mentions.some((m) => m.text.includes(surname)),
  );
}

describe.skipIf(!present)("seed articles (skipped: ../shared/seeds is absent)", () => {
  it.each([["000_8a92d854a85705bf.txt"], ["003_9759a35f850d98d6.txt"]])(
    "%s: every Putin mention, role nominal and his pronouns are one entity",
    (file) => {
      const { text, entities } = entitiesOf(file);
      const putin = personWith(entities, "Putin");
      expect(putin).toHaveLength(1);
      const spans = new Set(putin[0]?.mentions.map((m) => m.span[0]));
      for (const m of text.matchAll(/Putin/g)) {
        const inside = putin[0]?.mentions.some(
          (x) => x.span[0] <= (m.index ?? 0) && (m.index ?? 0) < x.span[1],
        );
        expect(inside, `Putin at ${m.index}`).toBe(true);
      }
      for (const m of text.matchAll(/the Russian (?:president|leader)/gi)) {
        expect(spans.has(m.index ?? -1), `${m[0]} at ${m.index}`).toBe(true);
      }
      expect(putin[0]?.name).toBe("Vladimir Putin");
      expect(putin[0]?.mentions.some((m) => m.rule === "entities/pronoun")).toBe(true);
    },
  );

  it("000: Dutkiewicz, Larijani, Klaus, Assad, Kerry and Lavrov are each their own entity", () => {
    const { entities } = entitiesOf("000_8a92d854a85705bf.txt");
    for (const surname of ["Dutkiewicz", "Larijani", "Klaus", "Assad", "Kerry", "Lavrov"]) {
      const found = personWith(entities, surname);
      expect(found, surname).toHaveLength(1);
      expect(
        found[0]?.mentions.some((m) => m.text.includes("Putin")),
        surname,
      ).toBe(false);
    }
    expect(personWith(entities, "Kerry")[0]?.attributes.roles).toContain("US secretary of state");
    expect(personWith(entities, "Larijani")[0]?.attributes.roles).toContain(
      "Iranian parliament speaker",
    );
  });

  it("003: Assad, Obama and Charlie Rose are each their own entity", () => {
    const { entities } = entitiesOf("003_9759a35f850d98d6.txt");
    for (const surname of ["Assad", "Obama", "Rose"])
      expect(personWith(entities, surname), surname).toHaveLength(1);
  });

  it('003: every Assad ("Bashar Al Assad", "Al Assad", "Assad’s") is the one person', () => {
    const { text, entities } = entitiesOf("003_9759a35f850d98d6.txt");
    const [assad] = personWith(entities, "Assad");
    for (const m of text.matchAll(/Assad/g)) {
      const at = m.index ?? 0;
      const inside = assad?.mentions.some((x) => x.span[0] <= at && at < x.span[1]);
      expect(inside, `Assad at ${at}`).toBe(true);
    }
    expect(assad?.name).toBe("Bashar Al Assad");
  });

  it("003: the General Assembly is an organisation, not a person called Assembly", () => {
    const { entities } = entitiesOf("003_9759a35f850d98d6.txt");
    expect(entities.filter((e) => e.type === "PERSON").map((e) => e.name)).not.toContain(
      "Assembly",
    );
    const assembly = entities.filter((e) => e.mentions.some((m) => m.text.includes("Assembly")));
    expect(assembly.map((e) => e.type)).toEqual(["ORG"]);
  });

  it.each([["000_8a92d854a85705bf.txt"], ["003_9759a35f850d98d6.txt"]])(
    "%s: no person named Follow, Friday or Monday",
    (file) => {
      const { entities } = entitiesOf(file);
      const people = entities.filter((e) => e.type === "PERSON").map((e) => e.name);
      for (const bad of ["Follow", "Friday", "Monday"]) expect(people).not.toContain(bad);
    },
  );
});
