import { describe, expect, it } from "vitest";
import { findParagraphs, segmentText } from "../../segment/index.js";
import { type Candidate, prepareDocument, type StageDocument, textOf } from "../mention.js";
import { findGazetteerNames } from "./find-gazetteer-names.js";
import { findGroups } from "./find-groups.js";
import { findPersonPatterns } from "./find-person-patterns.js";
import { findPronouns } from "./find-pronouns.js";
import { findRoleNominals } from "./find-role-nominals.js";

function prepare(text: string): StageDocument {
  const paragraphs = findParagraphs(text);
  return prepareDocument({ text, paragraphs, ...segmentText(text, paragraphs) });
}

function hits(rule: (d: StageDocument) => Candidate[], text: string): [string, string, number][] {
  const d = prepare(text);
  return rule(d).map((c) => [
    textOf(d, c.start, c.end),
    c.rule,
    d.doc.tokens[c.start]?.span[0] ?? -1,
  ]);
}

describe("findRoleNominals", () => {
  it.each([
    ["the Russian president said", [["the Russian president", "entities/role-nominal", 0]]],
    [
      "Later the Iranian parliament speaker spoke.",
      [["the Iranian parliament speaker", "entities/role-nominal", 6]],
    ],
    [
      "The former Czech president agreed.",
      [["The former Czech president", "entities/role-nominal", 0]],
    ],
    [
      "as the US secretary of state noted",
      [["the US secretary of state", "entities/role-nominal", 3]],
    ],
    ["the Russian foreign minister Sergei Lavrov", []],
    ["the president's office", [["the president", "entities/role-nominal", 0]]],
    ["the leader board", []],
    ["the foreign ministers", []],
    ["a spokesman said", []],
  ])("in %j finds %j", (text, expected) => {
    expect(hits(findRoleNominals, text)).toEqual(expected);
  });

  it("records the role with its nationality capitalised", () => {
    const d = prepare("the Syrian leader");
    expect(findRoleNominals(d)[0]?.roles).toEqual(["Syrian leader"]);
  });
});

describe("findPronouns", () => {
  it.each([
    [
      "He said his plan was hers.",
      [
        ["He", 0],
        ["his", 8],
        ["hers", 21],
      ],
    ],
    [
      "She did it herself.",
      [
        ["She", 0],
        ["herself", 11],
      ],
    ],
    ["HEROES and Shell", []],
    ["they and it", []],
  ])("in %j finds %j", (text, expected) => {
    expect(hits(findPronouns, text).map(([t, , at]) => [t, at])).toEqual(expected);
  });

  it("marks gender", () => {
    expect(findPronouns(prepare("he she")).map((c) => c.gender)).toEqual(["male", "female"]);
  });
});

describe("findPersonPatterns", () => {
  it.each([
    [
      "When President Vladimir Putin spoke",
      [["President Vladimir Putin", "entities/person-pattern", 5]],
    ],
    ["with Bashar al-Assad in Moscow", [["Bashar al-Assad", "entities/person-pattern", 5]]],
    ["Mr Assad said", [["Mr Assad", "entities/person-pattern", 0]]],
    ["after George W Bush left", [["George W Bush", "entities/person-pattern", 6]]],
    ["President of the Security Council", []],
    ["the General Assembly met", []],
    ["Vladimir alone", []],
  ])("in %j finds %j", (text, expected) => {
    expect(hits(findPersonPatterns, text)).toEqual(expected);
  });
});

describe("findGazetteerNames", () => {
  it.each([
    [
      "talks with the US and Russia",
      [
        ["US", "entities/gazetteer", 15],
        ["Russia", "entities/gazetteer", 22],
      ],
    ],
    [
      "in New York and the Middle East",
      [
        ["New York", "entities/gazetteer", 3],
        ["Middle East", "entities/gazetteer", 20],
      ],
    ],
    [
      "fighting Isis in Syria",
      [
        ["Isis", "entities/gazetteer", 9],
        ["Syria", "entities/gazetteer", 17],
      ],
    ],
    ["us and russia", []],
  ])("in %j finds %j", (text, expected) => {
    expect(hits(findGazetteerNames, text)).toEqual(expected);
  });
});

describe("findGroups", () => {
  it.each([
    ["Kurdish militias fought", [["Kurdish militias", "entities/group-noun", 0]]],
    ["a Russian jet", [["Russian", "entities/demonym", 2]]],
    ["Islamist terrorism", [["Islamist", "entities/demonym", 0]]],
    ["russian salad", []],
  ])("in %j finds %j", (text, expected) => {
    expect(hits(findGroups, text)).toEqual(expected);
  });
});
