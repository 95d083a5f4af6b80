import { describe, expect, it } from "vitest";
import { findTimexes } from "./find-timexes.js";
import { segmentForTest } from "./test-helpers.js";

/** Monday 28 September 2015: the reference date of most cases. */
const MONDAY = "2015-09-28";

interface Case {
  sentence: string;
  reference?: string | null;
  expected: Array<{ text: string; type: string; value: string | null; rule: string; mod?: string }>;
}

function check({ sentence, reference = MONDAY, expected }: Case) {
  const found = findTimexes(segmentForTest(sentence), { referenceDate: reference });
  expect(
    found.map(({ text, type, value, rule, mod }) => ({
      text,
      type,
      value,
      rule,
      ...(mod ? { mod } : {}),
    })),
  ).toEqual(expected);
  for (const t of found) expect(sentence.slice(t.span[0], t.span[1])).toBe(t.text);
}

describe("findTimexes on news sentences (reference Monday 2015-09-28)", () => {
  const cases: Array<[string, Case]> = [
    [
      "reads a weekday that is the document's day as that day",
      {
        sentence: "The minister spoke in Geneva on Monday.",
        expected: [{ text: "Monday", type: "DATE", value: "2015-09-28", rule: "temporal/weekday" }],
      },
    ],
    [
      "looks back for a past-tense weekday",
      {
        sentence: "A statement issued on Sunday said the port had reopened.",
        expected: [{ text: "Sunday", type: "DATE", value: "2015-09-27", rule: "temporal/weekday" }],
      },
    ],
    [
      "looks ahead for a future-tense weekday",
      {
        sentence: "The two envoys will hold talks in Oslo on Friday.",
        expected: [{ text: "Friday", type: "DATE", value: "2015-10-02", rule: "temporal/weekday" }],
      },
    ],
    [
      "keeps 'later' in the span and the same day",
      {
        sentence: "The mayor is scheduled to meet union leaders later Monday.",
        expected: [
          { text: "later Monday", type: "DATE", value: "2015-09-28", rule: "temporal/weekday" },
        ],
      },
    ],
    [
      "reads last week as the ISO week before",
      {
        sentence: "Last week, the council approved the budget.",
        expected: [
          { text: "Last week", type: "DATE", value: "2015-W39", rule: "temporal/relative-period" },
        ],
      },
    ],
    [
      "reads a past month with a part as that month with a mod",
      {
        sentence: "In late August, the company began shipping tractors.",
        expected: [
          {
            text: "late August",
            type: "DATE",
            value: "2015-08",
            rule: "temporal/month-name",
            mod: "END",
          },
        ],
      },
    ],
    [
      "reads early September as this month's start",
      {
        sentence: "The ferry operator warned of delays in early September.",
        expected: [
          {
            text: "early September",
            type: "DATE",
            value: "2015-09",
            rule: "temporal/month-name",
            mod: "START",
          },
        ],
      },
    ],
    [
      "reads a month and year",
      {
        sentence: "The accord signed in February 2015 still holds.",
        expected: [
          { text: "February 2015", type: "DATE", value: "2015-02", rule: "temporal/month-year" },
        ],
      },
    ],
    [
      "reads a past month-day in this year",
      {
        sentence: "The navy launched patrols on September 30.",
        reference: "2015-10-21",
        expected: [
          { text: "September 30", type: "DATE", value: "2015-09-30", rule: "temporal/month-day" },
        ],
      },
    ],
    [
      "reads a month-day after the reference in the past tense as last year's",
      {
        sentence: "The plant closed on December 12.",
        expected: [
          { text: "December 12", type: "DATE", value: "2014-12-12", rule: "temporal/month-day" },
        ],
      },
    ],
    [
      "reads a full date with its weekday",
      {
        sentence: "It opened on Thursday, February 23, 2006, in Perth.",
        expected: [
          {
            text: "Thursday, February 23, 2006",
            type: "DATE",
            value: "2006-02-23",
            rule: "temporal/month-day",
          },
        ],
      },
    ],
    [
      "reads a day-month-year date",
      {
        sentence: "The treaty was signed on 4 March 1999.",
        expected: [
          { text: "4 March 1999", type: "DATE", value: "1999-03-04", rule: "temporal/day-month" },
        ],
      },
    ],
    [
      "reads a bare year after a preposition",
      {
        sentence: "In 2013, the two sides agreed a ceasefire.",
        expected: [{ text: "2013", type: "DATE", value: "2013", rule: "temporal/bare-year" }],
      },
    ],
    [
      "reads a year ago at year granularity",
      {
        sentence: "Prices were higher a year ago.",
        expected: [{ text: "a year ago", type: "DATE", value: "2014", rule: "temporal/ago" }],
      },
    ],
    [
      "reads a decade ago as the year ten years back",
      {
        sentence: "She last visited a decade ago.",
        expected: [{ text: "a decade ago", type: "DATE", value: "2005", rule: "temporal/ago" }],
      },
    ],
    [
      "reads three weeks ago as a week",
      {
        sentence: "The talks collapsed three weeks ago.",
        expected: [
          { text: "three weeks ago", type: "DATE", value: "2015-W37", rule: "temporal/ago" },
        ],
      },
    ],
    [
      "reads early in the last decade as the previous decade's start",
      {
        sentence: "The chance was missed early in the last decade.",
        expected: [
          {
            text: "early in the last decade",
            type: "DATE",
            value: "200X",
            rule: "temporal/relative-period",
            mod: "START",
          },
        ],
      },
    ],
    [
      "reads an age as a duration",
      {
        sentence: "The three-week-old blockade has emptied the shelves.",
        expected: [
          { text: "three-week-old", type: "DURATION", value: "P3W", rule: "temporal/duration" },
        ],
      },
    ],
    [
      "reads a bounded duration with its mod",
      {
        sentence: "The vote came less than 48 hours after the strike ended.",
        expected: [
          {
            text: "less than 48 hours",
            type: "DURATION",
            value: "PT48H",
            rule: "temporal/duration",
            mod: "LESS_THAN",
          },
        ],
      },
    ],
    [
      "reads a clock time on the document day",
      {
        sentence: "The polls closed at 5:06 pm.",
        expected: [
          {
            text: "5:06 pm",
            type: "TIME",
            value: "2015-09-28T17:06",
            rule: "temporal/time-of-day",
          },
        ],
      },
    ],
    [
      "joins a date and its clock time",
      {
        sentence: "Posted September 28, 2015, 5:06 pm by the desk.",
        expected: [
          {
            text: "September 28, 2015, 5:06 pm",
            type: "TIME",
            value: "2015-09-28T17:06",
            rule: "temporal/month-day+time-of-day",
          },
        ],
      },
    ],
    [
      "puts a later clock time on the day its sentence names",
      {
        sentence: "Tomorrow the mayor will speak at 9 am.",
        expected: [
          {
            text: "Tomorrow",
            type: "DATE",
            value: "2015-09-29",
            rule: "temporal/relative-day",
          },
          {
            text: "9 am",
            type: "TIME",
            value: "2015-09-29T09:00",
            rule: "temporal/time-of-day+sentence-day",
          },
        ],
      },
    ],
    [
      "leaves a clock time in the next sentence on the document day",
      {
        sentence: "Tomorrow the mayor will speak. Polls close at 9 pm.",
        expected: [
          {
            text: "Tomorrow",
            type: "DATE",
            value: "2015-09-29",
            rule: "temporal/relative-day",
          },
          { text: "9 pm", type: "TIME", value: "2015-09-28T21:00", rule: "temporal/time-of-day" },
        ],
      },
    ],
    [
      "reads every year as a set",
      {
        sentence: "The festival returns every year.",
        expected: [{ text: "every year", type: "SET", value: "P1Y", rule: "temporal/recurring" }],
      },
    ],
    [
      "reads every Friday night as a weekly set, part of day and all",
      {
        sentence: "The park shows movies every Friday night.",
        expected: [
          {
            text: "every Friday night",
            type: "SET",
            value: "XXXX-WXX-5TNI",
            rule: "temporal/recurring",
          },
        ],
      },
    ],
    [
      "reads every Monday as a weekly set",
      {
        sentence: "The market opens every Monday.",
        expected: [
          { text: "every Monday", type: "SET", value: "XXXX-WXX-1", rule: "temporal/recurring" },
        ],
      },
    ],
    [
      "reads yesterday and tonight",
      {
        sentence: "The storm hit yesterday and will return tonight.",
        expected: [
          { text: "yesterday", type: "DATE", value: "2015-09-27", rule: "temporal/relative-day" },
          { text: "tonight", type: "TIME", value: "2015-09-28TNI", rule: "temporal/relative-day" },
        ],
      },
    ],
    [
      "reads a decade and a century",
      {
        sentence: "Built in the 1830s, it was rebuilt in the 19th century.",
        expected: [
          { text: "the 1830s", type: "DATE", value: "183X", rule: "temporal/decade" },
          { text: "the 19th century", type: "DATE", value: "18XX", rule: "temporal/century" },
        ],
      },
    ],
    [
      "reads BC years",
      {
        sentence: "The walls date from 508 BC.",
        expected: [{ text: "508 BC", type: "DATE", value: "BC0508", rule: "temporal/year-era" }],
      },
    ],
    [
      "reads a season with its year",
      {
        sentence: "Floods came in the summer of 2012.",
        expected: [
          { text: "the summer of 2012", type: "DATE", value: "2012-SU", rule: "temporal/season" },
        ],
      },
    ],
    [
      "reads seasons in general in the plural",
      {
        sentence: "The city has long, hot summers and very mild winters.",
        expected: [
          { text: "summers", type: "DATE", value: "XXXX-SU", rule: "temporal/season" },
          { text: "winters", type: "DATE", value: "XXXX-WI", rule: "temporal/season" },
        ],
      },
    ],
    [
      "reads a plural season opening a sentence, with its article",
      {
        sentence: "Rain is rare. The winters are mild.",
        expected: [
          { text: "The winters", type: "DATE", value: "XXXX-WI", rule: "temporal/season" },
        ],
      },
    ],
    [
      "reads last summer in autumn as this year's summer",
      {
        sentence: "Tourism fell last summer.",
        expected: [
          { text: "last summer", type: "DATE", value: "2015-SU", rule: "temporal/relative-period" },
        ],
      },
    ],
    [
      "counts a year later from the story's last date",
      {
        sentence: "She moved to Lyon in 1998. A year later she opened a bakery.",
        expected: [
          { text: "1998", type: "DATE", value: "1998", rule: "temporal/bare-year" },
          { text: "A year later", type: "DATE", value: "1999", rule: "temporal/narrative-shift" },
        ],
      },
    ],
    [
      "gives a yearless month the year just written before it",
      {
        sentence: "In 1981 the band toured Japan, and in March they split.",
        expected: [
          { text: "1981", type: "DATE", value: "1981", rule: "temporal/bare-year" },
          { text: "March", type: "DATE", value: "1981-03", rule: "temporal/month-name+story-year" },
        ],
      },
    ],
    [
      "reads 9/11 as the day it names",
      {
        sentence: "Security changed after the 9/11 attacks.",
        expected: [{ text: "9/11", type: "DATE", value: "2001-09-11", rule: "temporal/named-day" }],
      },
    ],
    [
      "reads ISO and US numeric dates that carry a year",
      {
        sentence: "Filed 2015-09-21 and amended 10/02/2015.",
        expected: [
          { text: "2015-09-21", type: "DATE", value: "2015-09-21", rule: "temporal/numeric-date" },
          { text: "10/02/2015", type: "DATE", value: "2015-10-02", rule: "temporal/numeric-date" },
        ],
      },
    ],
    [
      "leaves a sentence's period out of a day and month",
      {
        sentence: "The strike began on 30 May. Talks stalled.",
        reference: "2015-06-10",
        expected: [
          { text: "30 May", type: "DATE", value: "2015-05-30", rule: "temporal/day-month" },
        ],
      },
    ],
    [
      "reads a month with its year after 'in'",
      {
        sentence: "The band split in June in 1981.",
        expected: [
          { text: "June in 1981", type: "DATE", value: "1981-06", rule: "temporal/month-year" },
        ],
      },
    ],
    [
      "reads the sixties as a decade",
      {
        sentence: "The club was founded in the sixties.",
        expected: [
          { text: "the sixties", type: "DATE", value: "196X", rule: "temporal/decade-word" },
        ],
      },
    ],
  ];
  it.each(cases)("%s", (_name, c) => check(c));
});

describe("findTimexes without a document date", () => {
  it("leaves relative values open and writes X for the missing year", () => {
    check({
      sentence:
        "Officials said on Sunday that talks would resume on September 30 and last week's vote stood.",
      reference: null,
      expected: [
        { text: "Sunday", type: "DATE", value: "XXXX-WXX-7", rule: "temporal/weekday" },
        { text: "September 30", type: "DATE", value: "XXXX-09-30", rule: "temporal/month-day" },
        { text: "last week", type: "DATE", value: null, rule: "temporal/relative-period" },
      ],
    });
  });

  it("still resolves absolute dates", () => {
    check({
      sentence: "The law took effect on 1 January 2016.",
      reference: null,
      expected: [
        { text: "1 January 2016", type: "DATE", value: "2016-01-01", rule: "temporal/day-month" },
      ],
    });
  });
});

describe("findTimexes readers", () => {
  it("lets chrono add a date the rules do not read, never overriding them", () => {
    const seg = segmentForTest("Talks resumed in 2013 and again on Sat. Sept 12th at noon.");
    const both = findTimexes(seg, { referenceDate: MONDAY, readers: "both" });
    const rules = findTimexes(seg, { referenceDate: MONDAY, readers: "rules" });
    for (const r of rules) expect(both).toContainEqual(r);
    expect(both.length).toBeGreaterThanOrEqual(rules.length);
  });

  it("reads with chrono alone when asked", () => {
    const found = findTimexes(segmentForTest("The vote is on Friday, October 9."), {
      referenceDate: MONDAY,
      readers: "chrono",
    });
    expect(found.map((t) => [t.text, t.value, t.rule])).toEqual([
      ["Friday, October 9", "2015-10-09", "temporal/chrono"],
    ]);
  });
});
