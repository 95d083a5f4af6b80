import { describe, expect, it } from "vitest";
import { cleanArticle } from "./index.js";
import { TRAILING_BOILERPLATE } from "./lexicon/boilerplate.js";
import { findDoubledNames } from "./rules/find-doubled-names.js";
import { findTrailingBoilerplate } from "./rules/remove-boilerplate.js";

describe("findTrailingBoilerplate skips the regex only when it cannot match", () => {
  it.each([
    "He added.Follow us on:",
    "He added.Follow us",
    "He added.follow US ON",
    "He added. Share this article :",
    "He added.Share this",
    "He added.Subscribe now.",
    "He added.SUBSCRIBE NOW!",
    "He added.Subscribe now\u00a0",
    "He added.Subscribe now\u2003",
    "“We will,” she said.Follow us on :\u2028",
    "He said he would follow us.",
    "A plain sentence.",
    "Ends in a quote.”",
    "now.",
    ".",
    "",
  ])("%j", (paragraph) => {
    const tailStart = Math.max(0, paragraph.length - 60);
    const match = TRAILING_BOILERPLATE.exec(paragraph.slice(tailStart));
    expect(findTrailingBoilerplate(paragraph)).toBe(match ? tailStart + match.index : null);
  });
});

describe("findDoubledNames", () => {
  it.each([
    ["Mr Piotr Piotr Dutkiewicz said", ["Piotr "]],
    ["Anna Anna Kowalska met Jan Jan Nowak.", ["Anna ", "Jan "]],
    ["They met Éric Éric Zemmour.", ["Éric "]],
    ["Piotr Piotr Piotr Dutkiewicz", ["Piotr "]],
    ["Sirhan Sirhan was tried.", []],
    ["Boutros Boutros-Ghali spoke.", []],
    ["He had had Enough.", []],
    ["O'Neil Neil Smith", []],
    ["Jean-Piotr Piotr Smith", []],
    ["Piotr Piotr", []],
  ])("in %j finds %j", (text, expected) => {
    expect(findDoubledNames(text).map((hit) => text.slice(hit.start, hit.end))).toEqual(expected);
  });
});

describe("duplicate paragraphs differ only in white space", () => {
  it.each([
    ["the same text", "Body text here.", "Body text here.", 1],
    ["a doubled space", "Body text here.", "Body  text here.", 1],
    ["a line break for a space", "Body text here.", "Body\ntext here.", 1],
    ["a trailing no-break space", "Body text here.", "Body text here.\u00a0", 1],
    ["a missing space", "Body text here.", "Bodytext here.", 2],
    ["another word", "Body text here.", "Body text there.", 2],
  ])("%s", (_name, first, second, kept) => {
    const raw = `Intro sentence, long enough.\n\n${first}\n\n${second}`;
    const article = cleanArticle({ id: "t.txt", raw, format: "text" });
    expect(article.paragraphs).toHaveLength(kept + 1);
  });
});
