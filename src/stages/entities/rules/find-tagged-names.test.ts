import { describe, expect, it } from "vitest";
import {
  capsClass,
  isGeneralPunctuation,
  isLowerForm,
  isMostlyCapitals,
} from "./find-tagged-names.js";

/** The plain definitions the fast character loops must agree with. */
function capsClassPlain(w: string): number {
  if (w.length < 2) return 0;
  const upper = w.toUpperCase();
  if (upper === w.toLowerCase()) return 0;
  return w === upper ? 2 : 1;
}

function isLowerFormPlain(w: string): boolean {
  return w.length > 1 && w === w.toLowerCase() && /\p{Ll}/u.test(w);
}

const WORDS = [
  "Putin",
  "PUTIN",
  "putin",
  "a",
  "A",
  "2015",
  "U.S.",
  "--",
  "iPhone",
  "Ökonom",
  "ÖKONOM",
  "ökonom",
  "straße",
  "Łódź",
  "ŁÓDŹ",
  "日本",
  "é",
  "ǅa",
  "x2",
  "X2",
  "mid-term",
  "Al-Assad",
  "’s",
  "“",
  "—",
  "Obama’s",
  "obama’s",
  "“Yes",
  "µm",
];

describe("the word tests of the tagged-names rule", () => {
  it.each(WORDS)("classify %j as the plain string definitions do", (w) => {
    expect(capsClass(w)).toBe(capsClassPlain(w));
    expect(isLowerForm(w)).toBe(isLowerFormPlain(w));
  });
});

describe("isGeneralPunctuation", () => {
  it("covers only characters without letters or case", () => {
    for (let c = 0; c < 0x10000; c++) {
      if (!isGeneralPunctuation(c)) continue;
      const ch = String.fromCharCode(c);
      expect([ch.toLowerCase(), ch.toUpperCase(), /\p{L}/u.test(ch)]).toEqual([ch, ch, false]);
    }
  });
});

/** The plain definition: more than 60% of the words with letters (two characters or more) in capitals. */
function isMostlyCapitalsPlain(words: string[]): boolean {
  const counted = words.filter((w) => capsClassPlain(w) > 0);
  const caps = counted.filter((w) => capsClassPlain(w) === 2);
  return counted.length >= 3 && caps.length / counted.length > 0.6;
}

describe("isMostlyCapitals", () => {
  const sentences = [
    "THE PRESIDENT SAID NO .",
    "The president said no .",
    "BREAKING : Obama WINS AGAIN IN OHIO",
    "BREAKING : Obama wins AGAIN IN OHIO",
    "US UK EU met in Paris",
    "US UK EU talks",
    "NATO AND UN ARE HERE but not there",
    "A B C D",
    "“ HE SAID ” — NO",
    "OK OK ok ok ok",
    "ONE TWO THREE four five",
    "ONE TWO THREE four",
  ];
  it.each(sentences)("reads %j as the plain definition does", (sentence) => {
    const words = sentence.split(" ");
    expect(isMostlyCapitals(words)).toBe(isMostlyCapitalsPlain(words));
  });
});
