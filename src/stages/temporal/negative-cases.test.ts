import { describe, expect, it } from "vitest";
import { findTimexes } from "./find-timexes.js";
import { segmentForTest } from "./test-helpers.js";

const MONDAY = "2015-09-28";

function find(text: string, referenceDate: string | null = MONDAY) {
  return findTimexes(segmentForTest(text), { referenceDate });
}

describe("what findTimexes must not read as time", () => {
  it.each([
    ["a count of people", "The survey of 1709 schoolchildren found gaps."],
    ["a count with a unit", "Some 1500 troops crossed the river."],
    ["an amount of money", "The fine was $2000."],
    ["a page number", "See page 1999 of the report."],
    ["the modal verb may", "Officials may resign."],
    ["the noun march", "Thousands joined the march through the city."],
    ["a person named August", "August Wilson wrote plays."],
    ["a show called 60 Minutes", "He spoke to 60 Minutes about it."],
    ["the fall of a city", "Historians study the fall of Rome."],
    ["a Summer Olympics name", "Athens hosted the Summer Olympics."],
    ["a season naming a kind of thing", "She taught at a summer school."],
    ["seasons counted", "The glacier shrank over the past two winters."],
    ["seasons counted in words", "She spent several summers in Oslo."],
    ["a surname that is a plural season", "Economist Larry Summers spoke first."],
    ["a surname after an initial", "The plan was half what Lawrence H. Summers advocated."],
    ["a surname opening a sentence", "He wrote op-eds. Summers left to work for a bank."],
    ["springs of water", "The valley is known for its hot springs."],
    ["a score", "The match ended 2:1 after extra time."],
    ["9/11 as September 11 of this year", "after the 9/11 attacks"],
    ["a run of numbers", "Values: 1998 1999 2000 2001 2002."],
    ["a lower-case weekday word", "a sunday school teacher"],
  ])("does not read %s", (_name, text) => {
    const found = find(text);
    const wrong = found.filter((t) => !(t.text === "9/11" && t.value === "2001-09-11"));
    expect(wrong).toEqual([]);
  });
});

describe("findTimexes on bad input", () => {
  it("leaves an impossible date unresolved instead of inventing one", () => {
    const [t] = find("The contract is dated February 30, 2015.");
    expect(t).toMatchObject({ text: "February 30, 2015", value: null, rule: "temporal/month-day" });
  });

  it("leaves an impossible yearless date unresolved", () => {
    const [t] = find("It was signed on April 31.");
    expect(t).toMatchObject({ text: "April 31", value: null });
  });

  it("reads February 29 only in a leap year", () => {
    expect(find("Filed on February 29, 2016.")[0]?.value).toBe("2016-02-29");
    expect(find("Filed on February 29, 2015.")[0]?.value).toBeNull();
  });

  it("does not read years far in the future as years", () => {
    expect(find("The plan runs to 9999 and the probe reaches 3400.")).toEqual([]);
  });

  it("leaves a date ages ago unresolved", () => {
    expect(find("The rocks formed 5,000,000 years ago.")).toMatchObject([
      { text: "5,000,000 years ago", value: null, rule: "temporal/ago" },
    ]);
    expect(find("The walls rose 5,000 years ago.")[0]?.value).toBe("BC2986");
  });

  it("ignores a malformed document date rather than throwing", () => {
    const found = find("The vote was on Sunday.", "not-a-date");
    expect(found).toMatchObject([{ text: "Sunday", value: "XXXX-WXX-7" }]);
  });

  it("handles an empty text", () => {
    expect(find("")).toEqual([]);
  });

  it("reads 10,000 numbers in a row quickly and finds no dates in them", () => {
    const text = Array.from({ length: 10_000 }, (_, i) => String(1000 + i)).join(" ");
    const started = performance.now();
    const found = find(text);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(found.filter((t) => t.type === "DATE")).toEqual([]);
  });

  it("stays linear on long runs of date-like words", () => {
    const text = "early late mid the last next ".repeat(20_000);
    const started = performance.now();
    find(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
