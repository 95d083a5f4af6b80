import { describe, expect, it } from "vitest";
import { findTenseMarkers, pickTense } from "./detect-tense.js";

function tenseOf(sentence: string, expression: string) {
  const start = sentence.indexOf(expression);
  const end = start + expression.length;
  return pickTense(findTenseMarkers(sentence, 0, sentence.length), start, end, sentence);
}

describe("tense around a time expression", () => {
  it.each([
    ["A communique issued on Sunday said the port was open.", "Sunday", "past"],
    ["The envoys will hold talks in Oslo on Friday.", "Friday", "future"],
    ["She said he would visit on Friday.", "Friday", "future"],
    ["The mayor is scheduled to meet them on Friday.", "Friday", "future"],
    ["He told reporters on Sunday that it was over.", "Sunday", "past"],
    ["The United Nations meets on Friday.", "Friday", "unknown"],
    ["Officials expected to vote on Friday.", "Friday", "future"],
    ["The count will finish on Friday, officials said.", "Friday", "future"],
    ["The vote is now expected on Friday.", "Friday", "future"],
    ["She added that a full report would be published by June 15.", "June 15", "future"],
    ["The talks will be held in Geneva on Friday.", "Friday", "future"],
    ["The report was published on Friday.", "Friday", "past"],
  ])("reads %j as %s around %s", (sentence, expression, tense) => {
    expect(tenseOf(sentence, expression)).toBe(tense);
  });
});
