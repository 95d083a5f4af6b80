import { describe, expect, it } from "vitest";
import { type Candidate, type StageDocument, textOf } from "../mention.js";
import { nameAt, prepare } from "../test-helpers.js";
import { findAffiliations } from "./find-affiliations.js";
import { findCapitalisedNames } from "./find-capitalised-names.js";
import { findCitedAuthors } from "./find-cited-authors.js";
import { findGazetteerNames } from "./find-gazetteer-names.js";
import { findGroups } from "./find-groups.js";
import { findHyphenatedGivenNames } from "./find-hyphenated-given-names.js";
import { findPersonPatterns } from "./find-person-patterns.js";
import { findPronouns } from "./find-pronouns.js";
import { findRoleNominals } from "./find-role-nominals.js";
import { findSurnames } from "./find-surnames.js";

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

describe("findSurnames", () => {
  const known = (d: StageDocument): Candidate[] => {
    const at = d.words.indexOf("Brandt");
    return [
      {
        kind: "name",
        type: "PERSON",
        start: at - 1,
        end: at + 1,
        nameStart: at - 1,
        sentence: d.sentenceOf[at] ?? 0,
        rule: "entities/tagger",
        roles: [],
        gender: null,
      },
    ];
  };
  it.each([
    ["Tomas Brandt spoke. Later Brandt left.", [["Brandt", "entities/surname", 26]]],
    ["Tomas Brandt spoke. Brandt left.", [["Brandt", "entities/surname", 20]]],
    ["Tomas Brandt spoke. Mayor Brandt left.", [["Brandt", "entities/surname", 26]]],
    // A known given name joins; another capitalised word ends a different name.
    ["Tomas Brandt spoke. Then Anna Brandt left.", [["Anna Brandt", "entities/surname", 25]]],
    ["Tomas Brandt spoke. We drove to Fort Brandt.", []],
  ])("in %j finds %j", (text, expected) => {
    const d = prepare(text);
    const found = findSurnames(d, known(d)).filter((c) => c.start > 1);
    expect(
      found.map((c) => [textOf(d, c.start, c.end), c.rule, d.doc.tokens[c.start]?.span[0]]),
    ).toEqual(expected);
  });
});

describe("findAffiliations", () => {
  /** Person candidates over the given names, found in the text. */
  function people(d: StageDocument, names: string[]): Candidate[] {
    return names.map((name) => nameAt(d, name, 0, "PERSON"));
  }
  it.each([
    ["Ines Okafor of NWSC won.", ["Ines Okafor"], [["NWSC", "ORG"]]],
    ["Ines Okafor of the FTU won.", ["Ines Okafor"], [["FTU", "ORG"]]],
    ["Then DAB's Ada Quill won.", ["Ada Quill"], [["DAB", "ORG"]]],
    // Negative cases: a known place, no person before "of", a lone acronym.
    ["Ines Okafor of the US won.", ["Ines Okafor"], []],
    ["The head of NWSC won.", [], []],
    ["NWSC won.", ["NWSC"], []],
  ])("in %j finds %j", (text, names, expected) => {
    const d = prepare(text);
    const found = findAffiliations(d, people(d, names as string[]));
    expect(found.map((c) => [textOf(d, c.start, c.end), c.type])).toEqual(expected);
  });

  it("retypes an acronym the tagger found as something else", () => {
    const d = prepare("Ines Okafor of NWSC won.");
    const [person] = people(d, ["Ines Okafor"]);
    const tagged: Candidate = {
      ...(person as Candidate),
      start: 3,
      end: 4,
      nameStart: 3,
      type: "OTHER",
    };
    expect(findAffiliations(d, [person as Candidate, tagged])).toEqual([]);
    expect([tagged.type, tagged.typeCue]).toEqual(["ORG", true]);
  });
});

describe("findSurnames after a title", () => {
  it("takes the one name word after a title as a surname", () => {
    const d = prepare("Lord Brandt spoke. Later Brandt left.");
    const titled: Candidate = {
      kind: "name",
      type: "PERSON",
      start: 0,
      end: 2,
      nameStart: 1,
      sentence: 0,
      rule: "entities/person-pattern",
      roles: [],
      gender: null,
    };
    const found = findSurnames(d, [titled]).filter((c) => c.start > 1);
    expect(found.map((c) => [textOf(d, c.start, c.end), c.rule])).toEqual([
      ["Brandt", "entities/surname"],
    ]);
  });
});

describe("findCapitalisedNames", () => {
  const common = new Set(["may", "will"]);
  it.each([
    [
      "ORAL ARGUMENT OF GEN. ELIZABETH B. QUILL ON BEHALF OF THE BANK",
      [["GEN. ELIZABETH B. QUILL", "entities/person-pattern", 17]],
    ],
    ["By JOHN BRANDT", [["JOHN BRANDT", "entities/person-pattern", 3]]],
    // Negative cases: no known given name, a function word after it, a common word as given name.
    ["ORAL ARGUMENT OF THE PETITIONERS", []],
    ["PRICES ROSE IN MAY AS RATES FELL", []],
    ["PRICES ROSE IN MAY JONES SAID", []],
  ])("in %j finds %j", (text, expected) => {
    expect(hits((d) => findCapitalisedNames(d, common), text)).toEqual(expected);
  });
});

describe("findCitedAuthors", () => {
  it.each([
    [
      "skills (Varga, Okafor, & Brandt, 2010) rose",
      [
        ["Varga", "entities/citation", 8],
        ["Okafor", "entities/citation", 15],
        ["Brandt", "entities/citation", 25],
      ],
    ],
    [
      "as Tomlin and Berez-Kroeker 2017 showed",
      [
        ["Tomlin", "entities/citation", 3],
        ["Berez-Kroeker", "entities/citation", 14],
      ],
    ],
    [
      "(Quill, 2001; Ada Varga & Okafor, 2004)",
      [
        ["Ada Varga", "entities/citation", 14],
        ["Okafor", "entities/citation", 26],
      ],
    ],
    [
      "Chong and Checa (2010) agree.",
      [
        ["Chong", "entities/citation", 0],
        ["Checa", "entities/citation", 10],
      ],
    ],
    // Negative cases: one author, places, a title with pronouns, a plain list without year.
    ["as shown (Porte, 2012).", []],
    ["Russia and Ukraine 2014 was tense.", []],
    ["the comedy Imagine Me and You (2006)", []],
    ["Varga, Okafor and Brandt met.", []],
  ])("in %j finds %j", (text, expected) => {
    expect(hits(findCitedAuthors, text)).toEqual(expected);
  });
});

describe("findHyphenatedGivenNames", () => {
  it.each([
    [
      "Other winners were Wong Kwok-kin and Lau Siu-lai.",
      [
        ["Wong Kwok-kin", "entities/person-pattern", 19],
        ["Lau Siu-lai", "entities/person-pattern", 37],
      ],
    ],
    ["talks with Kim Jong-un ended", [["Kim Jong-un", "entities/person-pattern", 11]]],
    // Negative cases: English compounds written with a capital, a function word before.
    ["The Anti-war Rally", []],
    ["Our Self-made Men", []],
    ["In Chi-wai's view", []],
    ["a well-being test", []],
  ])("in %j finds %j", (text, expected) => {
    expect(hits(findHyphenatedGivenNames, text)).toEqual(expected);
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
