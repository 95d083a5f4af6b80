import { describe, expect, it } from "vitest";
import { findTimexes } from "./find-timexes.js";
import { segmentForTest } from "./test-helpers.js";

/** Monday 28 September 2015: the reference date; none of these values depend on it. */
const MONDAY = "2015-09-28";

interface Expected {
  text: string;
  value: string | null;
  rule: string;
  mod?: string;
}

function findDates(sentence: string): Expected[] {
  return findTimexes(segmentForTest(sentence), { referenceDate: MONDAY })
    .filter((t) => t.type === "DATE")
    .map(({ text, value, rule, mod, span }) => {
      expect(sentence.slice(span[0], span[1])).toBe(text);
      return { text, value, rule, ...(mod ? { mod } : {}) };
    });
}

describe("findTimexes on named periods", () => {
  it.each<[string, string, Expected[]]>([
    [
      "reads a war after 'during'",
      "The port was bombed during World War II.",
      [{ text: "World War II", value: "1939-09-01/1945-09-02", rule: "temporal/named-period" }],
    ],
    [
      "keeps 'the' out of a name written without it",
      "The family moved away during the World War II.",
      [{ text: "World War II", value: "1939-09-01/1945-09-02", rule: "temporal/named-period" }],
    ],
    [
      "reads an abbreviation after 'the outbreak of'",
      "Trade collapsed at the outbreak of WWI.",
      [{ text: "WWI", value: "1914-07-28/1918-11-11", rule: "temporal/named-period" }],
    ],
    [
      "keeps 'the' in a name that takes it",
      "He served for the remainder of the American Revolution.",
      [{ text: "the American Revolution", value: "1775/1783", rule: "temporal/named-period" }],
    ],
    [
      "reads an era after 'in'",
      "The town declined in the Middle Ages.",
      [{ text: "the Middle Ages", value: "0400/1499", rule: "temporal/named-period" }],
    ],
    [
      "counts 'the day before' from the start of a period",
      "Shops shut at the outbreak of World War II. The day before, crowds filled the streets.",
      [
        { text: "World War II", value: "1939-09-01/1945-09-02", rule: "temporal/named-period" },
        { text: "The day before", value: "1939-08-31", rule: "temporal/narrative-shift" },
      ],
    ],
    [
      "counts 'the day before' an event from the event's date after it",
      "The day before the outbreak of World War II, the city was calm.",
      [
        { text: "The day before", value: "1939-08-31", rule: "temporal/narrative-shift" },
        { text: "World War II", value: "1939-09-01/1945-09-02", rule: "temporal/named-period" },
      ],
    ],
    [
      "leaves 'the day before' an undated event open, not counted from the story's date",
      "The city fell in 1939. The day before the liberation, crowds fled.",
      [
        { text: "1939", value: "1939", rule: "temporal/bare-year" },
        { text: "The day before", value: null, rule: "temporal/narrative-shift" },
      ],
    ],
    [
      "counts 'the day before' followed by a preposition from the story's date",
      "Cruz won on 8 March 2016. He was endorsed the day before by Fiorina.",
      [
        { text: "8 March 2016", value: "2016-03-08", rule: "temporal/day-month" },
        { text: "the day before", value: "2016-03-07", rule: "temporal/narrative-shift" },
      ],
    ],
    [
      "counts 'a year later' from the end of a period",
      "After World War II the mill closed, and a year later it was sold.",
      [
        { text: "World War II", value: "1939-09-01/1945-09-02", rule: "temporal/named-period" },
        { text: "a year later", value: "1946", rule: "temporal/narrative-shift" },
      ],
    ],
  ])("%s", (_name, sentence, expected) => {
    expect(findDates(sentence)).toEqual(expected);
  });
});

describe("findTimexes on years before 1000 and short year ranges", () => {
  it.each<[string, string, Expected[]]>([
    [
      "reads a year after 'c.' as approximate",
      "Jerome (c. 347) was born in Stridon.",
      [{ text: "347", value: "0347", rule: "temporal/early-year", mod: "APPROX" }],
    ],
    [
      "reads a three-digit year after 'In' and a name",
      "In 348 Pachomius died.",
      [{ text: "348", value: "0348", rule: "temporal/early-year" }],
    ],
    [
      "reads a year after 'the year'",
      "The fort was founded in the year 71.",
      [{ text: "71", value: "0071", rule: "temporal/early-year" }],
    ],
    [
      "reads a three-digit year after a day and month",
      "Jerome died on 30 September 420.",
      [{ text: "30 September 420", value: "0420-09-30", rule: "temporal/day-month" }],
    ],
    [
      "reads a three-digit year after 'of' with a month or a season",
      "He left in December of 384, after the winter of 373.",
      [
        { text: "December of 384", value: "0384-12", rule: "temporal/month-year" },
        { text: "the winter of 373", value: "0373-WI", rule: "temporal/season" },
      ],
    ],
    [
      "does not take a count after a month for its year",
      "By May of 300 people only half stayed.",
      [{ text: "May", value: "2015-05", rule: "temporal/month-name" }],
    ],
    [
      "reads both ends of an early range",
      "Theodorus (c. 314 – 368) led the community.",
      [
        { text: "314", value: "0314", rule: "temporal/early-year", mod: "APPROX" },
        { text: "368", value: "0368", rule: "temporal/year-range-end" },
      ],
    ],
    [
      "completes the century of a short range end",
      "Her first period (1892 – 94) was short.",
      [
        { text: "1892", value: "1892", rule: "temporal/bare-year" },
        { text: "94", value: "1894", rule: "temporal/year-range-end" },
      ],
    ],
    [
      "reads a range of years written with a dash",
      "The mill ran from 1939 – 1945 and again in 1950.",
      [
        { text: "1939", value: "1939", rule: "temporal/bare-year" },
        { text: "1945", value: "1945", rule: "temporal/bare-year" },
        { text: "1950", value: "1950", rule: "temporal/bare-year" },
      ],
    ],
    [
      "reads a list of years",
      "She played in 2009, 2010 and 2011.",
      [
        { text: "2009", value: "2009", rule: "temporal/bare-year" },
        { text: "2010", value: "2010", rule: "temporal/bare-year" },
        { text: "2011", value: "2011", rule: "temporal/bare-year" },
      ],
    ],
  ])("%s", (_name, sentence, expected) => {
    expect(findDates(sentence)).toEqual(expected);
  });
});

describe("what the historical rules must not read as time", () => {
  it.each([
    ["a war as an event", "He was one of the first opponents of the Vietnam War."],
    ["a war one serves in", "He left school to enlist in the American Revolutionary War."],
    ["a period after 'post-', which means after it", "It shaped the post-World War II order."],
    ["a war as a modifier", "He was a Vietnam War veteran."],
    ["a revolution in lower case", "Ever since the industrial revolution brought workers here."],
    ["a count after 'in'", "He hit .322 in 102 games with Altoona."],
    ["a rough count after 'ca.'", "The walk takes ca. 30 minutes and ca. 300 people join."],
    ["a rough distance after 'c.'", "The trail is c. 5 km long."],
    ["a short number after 'In'", "In 24 games, Holt batted .292."],
    ["a range of counts", "About 300 – 400 people came."],
    ["a page range", "See pp. 1210 – 45 of the report."],
    ["a range of numbers without a cue", "The score was 110 – 104."],
    ["a house number", "Visit the market at 1214 Anderson Ave for fresh fish."],
    ["the end of a phone number", "Call the park office, tel: 1 201 461-1776."],
    ["a price range", "Guided tours cost 1380-2075 kroner."],
    ["a rough count", "The corpus has sonnets by ca. 1000 authors."],
  ])("does not read %s", (_name, text) => {
    expect(findDates(text)).toEqual([]);
  });
});
