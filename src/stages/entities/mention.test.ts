import { describe, expect, it } from "vitest";
import { mayStartWithCapital } from "./mention.js";

describe("mayStartWithCapital", () => {
  it.each([
    ["Putin", true],
    ["NATO", true],
    ["Öcalan", true],
    ["Ωmega", true],
    ["“Yes", true],
    ["putin", false],
    ["1990", false],
    ["'s", false],
    ["", false],
  ])("says %j -> %s", (word, expected) => {
    expect(mayStartWithCapital(word)).toBe(expected);
  });

  it("never rules out a word that starts with a capital letter", () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (/^\p{Lu}/u.test(ch)) expect(mayStartWithCapital(ch)).toBe(true);
    }
  });
});
