import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BOUND_MODEL_PATH, HAS_BOUND_MODEL } from "./bound-model.js";
import { CUE_MODEL_PATH, HAS_CUE_MODEL, scoreCue } from "./cue-model.js";

describe("the cue model", () => {
  it("is found under models/ at the package root and loaded", () => {
    expect(existsSync(CUE_MODEL_PATH)).toBe(true);
    expect(HAS_CUE_MODEL).toBe(true);
  });

  it("scores a reporting verb above a plain verb in the same frame", () => {
    const frame = (w: string) => [
      `w=${w}`,
      `suf=${w.slice(-3)}`,
      "p1=he",
      `p1w=he_${w}`,
      "n1=that",
    ];
    expect(scoreCue(frame("said"))).toBeGreaterThan(scoreCue(frame("painted")));
  });
});

describe("the clause-bounds model", () => {
  it("is found under models/ at the package root and loaded", () => {
    expect(existsSync(BOUND_MODEL_PATH)).toBe(true);
    expect(HAS_BOUND_MODEL).toBe(true);
  });
});
