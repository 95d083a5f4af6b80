import { describe, expect, it } from "vitest";
import { compareShingles, summarizeShingles } from "./shingle-f1.js";

describe("shingle scoring", () => {
  it("scores an exact extraction 1 and an empty one 0", () => {
    const truth = "one two three four five six";
    expect(compareShingles(truth, truth)).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(compareShingles(truth, "")).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it("counts 4-word shingles with their repeats, normalised per document", () => {
    // truth shingles: abcd bcde; predicted: abcd bcde cdef -> tp 2, fp 1, fn 0.
    const c = compareShingles("a b c d e", "a b c d e f");
    expect(c.tp).toBeCloseTo(2 / 3);
    expect(c.fp).toBeCloseTo(1 / 3);
    expect(c.fn).toBe(0);
  });

  it("averages precision and recall over documents, then takes F1 of the averages", () => {
    const s = summarizeShingles([
      { tp: 0.5, fp: 0.5, fn: 0 },
      { tp: 1, fp: 0, fn: 0 },
    ]);
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(1);
    expect(s.f1).toBeCloseTo((2 * 0.75) / 1.75);
  });
});
