import { describe, expect, it } from "vitest";
import { createRuleContext } from "../find-timexes.js";
import { segmentForTest } from "../test-helpers.js";
import { type Rule, runRule } from "./rule.js";

function makeRule(calls: string[]): Rule {
  return {
    name: "test",
    needs: /century/i,
    pattern: /\b\w+ century\b/gi,
    extract(m) {
      calls.push(m[0]);
      return null;
    },
  };
}

describe("runRule with a needed word", () => {
  it.each([
    ["scans a text that has the word", "It was built in the 19th century.", ["19th century"]],
    ["scans whatever the case of the word", "THE 19th Century", ["19th Century"]],
    ["skips a text without the word", "It was built in 1850.", []],
  ])("%s", (_name, text, expected) => {
    const calls: string[] = [];
    runRule(makeRule(calls), createRuleContext(segmentForTest(text), "2015-09-28"));
    expect(calls).toEqual(expected);
  });
});
