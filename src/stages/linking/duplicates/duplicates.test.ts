import { describe, expect, it } from "vitest";
import { DuplicateFinder } from "./find-duplicates.js";

// Invented wire story, long enough for shingles to mean something.
const WIRE = [
  "Emergency crews worked through the night to clear a landslide that blocked the coastal railway line between the two northern towns on Sunday evening.",
  "The rail operator said trains would run again by Wednesday at the earliest, and that buses would replace services on the affected stretch until then.",
  "A spokeswoman for the regional council said engineers were checking the stability of the slope above the track before any repair work could begin.",
  "Residents of a nearby village said they had heard a loud rumble shortly after six o'clock and saw a cloud of dust rise over the cutting.",
  "Nobody was injured, the police said, because the last train of the day had passed the site less than an hour earlier.",
  "The line carries about twelve thousand passengers on a typical weekday, most of them commuters travelling to the regional capital.",
].join("\n\n");

const OTHER = [
  "The city orchestra announced its new season on Monday, with three premieres and a festival of chamber music planned for the spring.",
  "Its music director said the programme would feature young composers from the region alongside familiar symphonies from the classical repertoire.",
  "Ticket prices will stay the same as last year, and students will again be able to buy standing places on the evening of each concert.",
].join("\n\n");

describe("DuplicateFinder", () => {
  it("finds an exact copy whatever its spacing and case", () => {
    const finder = new DuplicateFinder();
    expect(finder.add("a", WIRE)).toBeNull();
    expect(finder.add("b", WIRE.toUpperCase().replace(/\n\n/g, "\n"))).toEqual({
      id: "a",
      kind: "exact",
      similarity: 1,
    });
  });

  it.each([
    ["a wire copy with a changed headline", `Landslide shuts coastal line\n\n${WIRE}`],
    ["a wire copy with its last paragraph trimmed", WIRE.split("\n\n").slice(0, 5).join("\n\n")],
    [
      "a copy with a local sentence added",
      `${WIRE}\n\nLocal readers can send photographs to the newsroom.`,
    ],
  ])("finds %s as a near duplicate", (_what, copy) => {
    const finder = new DuplicateFinder();
    finder.add("wire", WIRE);
    const found = finder.add("copy", copy);
    expect(found?.id).toBe("wire");
    expect(found?.kind).toBe("near");
    expect(found?.similarity).toBeGreaterThanOrEqual(0.8);
  });

  it("does not match unrelated articles or a short brief on the same topic", () => {
    const finder = new DuplicateFinder();
    finder.add("wire", WIRE);
    expect(finder.add("other", OTHER)).toBeNull();
    expect(
      finder.add(
        "brief",
        "A landslide blocked the coastal railway on Sunday; buses replace trains until Wednesday, the operator said.",
      ),
    ).toBeNull();
  });

  it("handles a thousand articles quickly", () => {
    const finder = new DuplicateFinder();
    const started = performance.now();
    for (let i = 0; i < 1000; i++)
      finder.add(
        `d${i}`,
        `${OTHER} Item number ${i} of the series, with word${i} and term${i * 7}.`,
      );
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
