import { describe, expect, it } from "vitest";
import { checkPublished, findTimexes } from "./index.js";
import { segmentForTest } from "./test-helpers.js";

/** Words that make rules fire, mixed at random (seeded): every output must stay well-formed. */
const WORDS = [
  "on",
  "in",
  "the",
  "last",
  "next",
  "early",
  "late",
  "mid-",
  "Monday",
  "Sunday",
  "May",
  "March",
  "September",
  "30",
  "31",
  "February",
  "29",
  "2015",
  "1999",
  "508",
  "BC",
  "AD",
  "1830s",
  "19th",
  "century",
  "a",
  "year",
  "years",
  "ago",
  "later",
  "three-week-old",
  "less",
  "than",
  "48",
  "hours",
  "every",
  "week",
  "summer",
  "of",
  "2012",
  "5:06",
  "pm",
  "today",
  "tonight",
  "said",
  "will",
  ",",
  ".",
  "\n",
  "9/11",
  "10/02/2015",
  "2015-09-28",
  "decade",
  "that",
  "following",
];

function makeRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe("findTimexes invariants on random date-like text", () => {
  it("never throws, keeps spans in order and apart, and text equal to its span", () => {
    const random = makeRandom(42);
    for (let n = 0; n < 400; n++) {
      const length = 1 + Math.floor(random() * 30);
      const text = Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)]).join(
        " ",
      );
      const reference = random() < 0.2 ? null : "2015-09-28";
      const seg = segmentForTest(text);
      const timexes = findTimexes(seg, { referenceDate: reference });
      let previousEnd = 0;
      for (const t of timexes) {
        expect(t.span[0]).toBeGreaterThanOrEqual(previousEnd);
        expect(t.span[1]).toBeGreaterThan(t.span[0]);
        expect(text.slice(t.span[0], t.span[1])).toBe(t.text);
        expect(t.rule.startsWith("temporal/")).toBe(true);
        previousEnd = t.span[1];
      }
      const published = checkPublished({ value: reference, source: "given" }, timexes, seg);
      expect(published.value).toBe(reference);
    }
  });
});
