import { describe, expect, it } from "vitest";
import { findParagraphs, segmentText } from "../segment/index.js";
import { markGazetteer } from "./gazetteer.js";
import "./index.js";
import { type Candidate, prepareDocument, type StageDocument } from "./mention.js";
import { findGazetteerNames } from "./rules/find-gazetteer-names.js";
import { findGroups } from "./rules/find-groups.js";
import { findPersonPatterns } from "./rules/find-person-patterns.js";
import { findPronouns } from "./rules/find-pronouns.js";
import {
  DEMONYM,
  flagsOf,
  GAZETTEER_NAME,
  GAZETTEER_PHRASE,
  PERSON_START,
  PRONOUN,
} from "./word-flags.js";

const TEXT =
  "He met Mr Okafor and President Vladimir Putin in New York. She said HE and SHE were " +
  "Russian rebels; her aide, his aide and Kurdish militias left Paris for the United States. " +
  "John Smith and Isis, Nato and the European Union replied.";

function prepare(text: string): StageDocument {
  const paragraphs = findParagraphs(text);
  return prepareDocument({ text, paragraphs, ...segmentText(text, paragraphs) });
}

describe("flagsOf", () => {
  it.each([
    ["He", PRONOUN],
    ["her", PRONOUN],
    ["Mr", PERSON_START],
    ["Vladimir", PERSON_START],
    ["New", GAZETTEER_PHRASE | GAZETTEER_NAME],
    ["Russian", DEMONYM | GAZETTEER_PHRASE],
  ])("gives %j the bits %i", (word, bits) => {
    expect((flagsOf([word])[0] ?? 0) & bits).toBe(bits);
  });

  it.each(["HE", "said", "talks"])("gives %j no bit", (word) => {
    expect(flagsOf([word])[0]).toBe(0);
  });
});

describe("the rules that test a lexicon bit", () => {
  const rules: [string, (d: StageDocument) => Candidate[]][] = [
    ["findPersonPatterns", findPersonPatterns],
    ["findGazetteerNames", findGazetteerNames],
    ["findGroups", findGroups],
    ["findPronouns", findPronouns],
  ];
  it.each(rules)("%s finds what it finds with every bit set", (_, rule) => {
    const d = prepare(TEXT);
    const found = rule(d);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(rule({ ...d, flags: new Uint8Array(d.words.length).fill(255) }));
  });

  it("markGazetteer marks the same words with and without the bits", () => {
    const d = prepare(TEXT);
    const marks = markGazetteer(d.words, d.flags);
    expect(marks.filter(Boolean).length).toBeGreaterThan(0);
    expect(marks).toEqual(markGazetteer(d.words));
  });
});
