import { describe, expect, it } from "vitest";
import type { Published } from "../../../model.js";
import { findTimexes } from "../find-timexes.js";
import { segmentForTest } from "../test-helpers.js";
import { checkPublished, intersectCues } from "./check-published.js";

/** Invented article: a blockade that began on March 3 is "two-week-old", so it was written ~17 March. */
const BLOCKADE = [
  "Harbour workers in Portmere began a blockade of the Valen docks on March 3, demanding higher pay.",
  "The union's leader, Ada Kerr, addressed a rally in the town square.",
  "The two-week-old blockade of the Valen docks has left fishing boats idle, she said.",
  "Talks with the port authority will resume on Friday.",
].join("\n\n");

/** Invented article with history only: dates it mentions say nothing about when it was written. */
const HISTORY = [
  "In 2013, the league brokered a deal with the players.",
  "The club, founded in 1921, celebrated its anniversary on May 4.",
  "Its three-year-old stadium hosted the final.",
].join("\n\n");

function check(text: string, published: Published): Published {
  const seg = segmentForTest(text);
  const timexes = findTimexes(seg, { referenceDate: published.value });
  return checkPublished(published, timexes, seg);
}

describe("checkPublished", () => {
  it("flags a stamp the text contradicts, with the start date and the age as evidence", () => {
    const result = check(BLOCKADE, { value: "2016-08-02", source: "header" });
    expect(result.conflict).toMatchObject({
      implied: "XXXX-03-14/XXXX-03-20",
      evidence: [
        { text: "March 3", rule: "temporal/month-day" },
        { text: "two-week-old", rule: "temporal/duration" },
      ],
    });
    expect(result.conflict?.reason).toContain("2016-08-02");
    for (const a of result.conflict?.evidence ?? [])
      expect(BLOCKADE.slice(a.span[0], a.span[1])).toBe(a.text);
  });

  it("accepts a stamp inside the window the text gives", () => {
    const published: Published = { value: "2016-03-17", source: "header" };
    expect(check(BLOCKADE, published)).toEqual(published);
  });

  it("implies a writing date when there is no stamp", () => {
    const result = check(BLOCKADE, { value: null, source: "none" });
    expect(result.implied).toMatchObject({ value: "XXXX-03-14/XXXX-03-20" });
    expect(result.implied?.evidence).toHaveLength(2);
    expect(result.conflict).toBeUndefined();
  });

  it("keeps a date cleanup read off a yearless dateline over one inferred from the text", () => {
    const read: Published = {
      value: null,
      source: "none",
      implied: {
        value: "XXXX-03-18",
        evidence: [],
        reason: "the dateline gives the month and day",
      },
    };
    expect(check(BLOCKADE, read)).toEqual(read);
  });

  it("takes no evidence from history and anniversaries", () => {
    const published: Published = { value: "2019-11-02", source: "header" };
    expect(check(HISTORY, published)).toEqual(published);
  });

  it("needs a start that names the same thing as the age", () => {
    const text =
      "Protesters began marching in Tirel on March 3.\n\nThe two-week-old strike at the Osk mine goes on.";
    const published: Published = { value: "2016-08-02", source: "header" };
    expect(check(text, published)).toEqual(published);
  });

  it("does not flag a lone weekday", () => {
    const published: Published = { value: "2016-08-02", source: "header" };
    expect(check("The council voted on Monday to close the pool.", published)).toEqual(published);
  });

  it("uses a written year to give an absolute window", () => {
    const text =
      "Troops began an offensive near Dorn on 1 June 2014.\n\nThe ten-day-old offensive near Dorn has stalled.";
    const result = check(text, { value: "2014-08-30", source: "header" });
    expect(result.conflict?.implied).toBe("2014-06-11");
  });
});

describe("intersectCues", () => {
  it("gives nothing when cues disagree", () => {
    const a = {
      window: { kind: "absolute" as const, start: 0, end: 5 },
      evidence: [],
      reason: "a",
    };
    const b = {
      window: { kind: "absolute" as const, start: 10, end: 12 },
      evidence: [],
      reason: "b",
    };
    expect(intersectCues([a, b])).toBeNull();
  });
});

describe("checkPublished with restated relative dates", () => {
  it("reads 'today, <date>' as the writing day", () => {
    const text = "The ferry strike ended today, 14 May, after nine days.";
    const result = check(text, { value: "2018-06-02", source: "header" });
    expect(result.conflict).toMatchObject({
      implied: "XXXX-05-14",
      evidence: [{ text: "today" }, { text: "14 May" }],
    });
  });

  it("reads 'N weeks ago, on <date>' as a window after that date", () => {
    const text = "The bridge closed two weeks ago, on 3 March 2016, for repairs.";
    const result = check(text, { value: null, source: "none" });
    expect(result.implied?.value).toBe("2016-03-14/2016-03-20");
  });

  it("takes no cue from a weekday, whose day comes from the stamp itself", () => {
    const published: Published = { value: "2015-09-28", source: "header" };
    expect(check("The port reopened today, Sunday, after the storm.", published)).toEqual(
      published,
    );
  });

  it("accepts a stamp that agrees with 'today, <date>'", () => {
    const published: Published = { value: "2018-05-14", source: "header" };
    expect(check("The ferry strike ended today, 14 May.", published)).toEqual(published);
  });
});

describe("checkPublished with events still ahead", () => {
  const PLANNED = [
    "Voters in Castora will elect a new council on 6 May 2021.",
    "The count is expected to finish on 8 May 2021, officials said.",
  ].join("\n\n");

  it("flags a stamp after two dated events the text still expects", () => {
    const result = check(PLANNED, { value: "2022-01-10", source: "header" });
    expect(result.conflict).toMatchObject({
      implied: "../2021-05-06",
      evidence: [{ text: "6 May 2021" }, { text: "8 May 2021" }],
    });
  });

  it("accepts a stamp before them", () => {
    const published: Published = { value: "2021-04-20", source: "header" };
    expect(check(PLANNED, published)).toEqual(published);
  });

  it("does not flag a single expected event", () => {
    const published: Published = { value: "2022-01-10", source: "header" };
    const text = "Voters in Castora will elect a new council on 6 May 2021.";
    expect(check(text, published)).toEqual(published);
  });

  it("does not read past events as still ahead", () => {
    const published: Published = { value: "2022-01-10", source: "header" };
    const text = "Voters elected a council on 6 May 2021.\n\nThe count finished on 8 May 2021.";
    expect(check(text, published)).toEqual(published);
  });
});
