import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  countDays,
  dateFromDays,
  formatYear,
  getIsoWeek,
  getWeekday,
  isValidDate,
  parseIsoDate,
} from "./day-math.js";
import { getValueInterval } from "./value-interval.js";

describe("calendar day math", () => {
  it.each([
    [{ year: 1970, month: 1, day: 1 }, 0],
    [{ year: 2015, month: 9, day: 28 }, 16706],
    [{ year: 2000, month: 2, day: 29 }, 11016],
  ])("counts %o as day %i and back", (date, days) => {
    expect(countDays(date)).toBe(days);
    expect(dateFromDays(days)).toEqual(date);
  });

  it.each([
    [{ year: 2015, month: 9, day: 28 }, 1],
    [{ year: 2015, month: 9, day: 27 }, 7],
    [{ year: 2006, month: 2, day: 23 }, 4],
  ])("gives %o the ISO weekday %i", (date, weekday) => {
    expect(getWeekday(date)).toBe(weekday);
  });

  it.each([
    [
      { year: 2015, month: 9, day: 28 },
      { year: 2015, week: 40 },
    ],
    [
      { year: 2016, month: 1, day: 1 },
      { year: 2015, week: 53 },
    ],
    [
      { year: 2014, month: 12, day: 29 },
      { year: 2015, week: 1 },
    ],
  ])("puts %o in ISO week %o", (date, week) => {
    expect(getIsoWeek(date)).toEqual(week);
  });

  it("adds days and months, clamping month ends", () => {
    expect(addDays({ year: 2015, month: 9, day: 30 }, 21)).toEqual({
      year: 2015,
      month: 10,
      day: 21,
    });
    expect(addMonths({ year: 2015, month: 1, day: 31 }, 1)).toEqual({
      year: 2015,
      month: 2,
      day: 28,
    });
  });

  it("writes BC years the TIMEX3 way", () => {
    expect(formatYear(-507)).toBe("BC0508");
    expect(formatYear(394)).toBe("0394");
  });

  it("rejects impossible dates and reads only real ISO dates", () => {
    expect(isValidDate(2015, 2, 29)).toBe(false);
    expect(isValidDate(2016, 2, 29)).toBe(true);
    expect(parseIsoDate("2015-09-28T17:06")).toEqual({ year: 2015, month: 9, day: 28 });
    expect(parseIsoDate("2015-13-01")).toBeNull();
    expect(parseIsoDate(null)).toBeNull();
  });
});

describe("getValueInterval", () => {
  it.each([
    ["2015-09-28", "2015-09-28", "2015-09-28"],
    ["2015-09", "2015-09-01", "2015-09-30"],
    ["2015-W39", "2015-09-21", "2015-09-27"],
    ["2015", "2015-01-01", "2015-12-31"],
    ["183X", "1830-01-01", "1839-12-31"],
    ["18XX", "1800-01-01", "1899-12-31"],
    ["2014-WI", "2014-12-01", "2015-02-28"],
    ["1939-09-01/1945-09-02", "1939-09-01", "1945-09-02"],
    ["0400/1499", "400-01-01", "1499-12-31"],
  ])("covers %s from %s to %s", (value, from, to) => {
    const interval = getValueInterval(value);
    expect(interval && formatDay(interval.start)).toBe(from);
    expect(interval && formatDay(interval.end)).toBe(to);
  });

  it("gives no interval for durations and placeholders", () => {
    expect(getValueInterval("P3W")).toBeNull();
    expect(getValueInterval("PRESENT_REF")).toBeNull();
    expect(getValueInterval("XXXX-09")).toBeNull();
    expect(getValueInterval("1945/1939")).toBeNull();
    expect(getValueInterval("1939/P6Y")).toBeNull();
  });
});

function formatDay(days: number): string {
  const d = dateFromDays(days);
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}
