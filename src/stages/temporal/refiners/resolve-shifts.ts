import {
  addDays,
  addMonths,
  type CalendarDate,
  formatDate,
  formatMonth,
  formatWeek,
  formatYear,
  getIsoWeek,
} from "../calendar/day-math.js";
import type { Candidate } from "../rules/rule.js";

const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})/;
const MONTH_VALUE = /^(\d{4})-(\d{2})$/;
const YEAR_VALUE = /^(\d{4})$/;

interface Point {
  date: CalendarDate;
  granularity: "day" | "month" | "year";
}

/** Reads a value precise enough to count from ("1859-09-17", "2015-09", "2015"). */
function readPoint(value: string | null): Point | null {
  if (!value) return null;
  let m = DAY_VALUE.exec(value);
  if (m)
    return {
      date: { year: +(m[1] ?? 0), month: +(m[2] ?? 1), day: +(m[3] ?? 1) },
      granularity: "day",
    };
  m = MONTH_VALUE.exec(value);
  if (m) return { date: { year: +(m[1] ?? 0), month: +(m[2] ?? 1), day: 1 }, granularity: "month" };
  m = YEAR_VALUE.exec(value);
  if (m) return { date: { year: +(m[1] ?? 0), month: 1, day: 1 }, granularity: "year" };
  return null;
}

/** Shifts a point by a unit, at the unit's granularity (or coarser when the point is coarser). */
function formatShift(
  point: Point,
  unit: NonNullable<Candidate["shift"]>["unit"],
  amount: number,
): string | null {
  const { date, granularity } = point;
  if (unit === "year") return formatYear(date.year + amount);
  if (unit === "month") {
    if (granularity === "year") return null;
    const shifted = addMonths(date, amount);
    return formatMonth(shifted.year, shifted.month);
  }
  if (granularity !== "day") return null;
  if (unit === "week") {
    const week = getIsoWeek(addDays(date, amount * 7));
    return formatWeek(week.year, week.week);
  }
  return formatDate(addDays(date, amount));
}

/**
 * "a year later", "the following month": resolved against the last date the text gave before
 * them (narratives move their own clock). With no earlier date the value stays open.
 * "the day before the outbreak of World War II" counts from the date just after it; with none
 * there ("the day before the liberation") the value stays open too.
 */
export function resolveShifts(candidates: Candidate[]): Candidate[] {
  let last: string | null = null;
  return candidates.map((candidate, i) => {
    if (candidate.shift) {
      const from = candidate.shift.event ? findEventValue(candidates, i) : last;
      // A period ("1939-09-01/1945-09-02"): "the day before" counts from its start, "a year
      // later" from its end.
      const anchor = from && pickIntervalSide(from, candidate.shift.amount);
      const point = readPoint(anchor);
      if (!anchor || !point) return candidate;
      const value = formatShift(point, candidate.shift.unit, candidate.shift.amount);
      if (value === null) return candidate;
      last = readPoint(value) ? value : anchor;
      return { ...candidate, value, anchor };
    }
    if ((candidate.type === "DATE" || candidate.type === "TIME") && candidate.value) {
      const side = pickIntervalSide(candidate.value, 0);
      if (readPoint(side))
        last = candidate.value.includes("/") ? candidate.value : side.slice(0, 10);
    }
    return candidate;
  });
}

function pickIntervalSide(value: string, amount: number): string {
  const slash = value.indexOf("/");
  if (slash < 0) return value;
  return amount < 0 ? value.slice(0, slash) : value.slice(slash + 1);
}

/** How far after "the day before" the event's date may start: "the outbreak of" fits. */
const EVENT_REACH = 30;

function findEventValue(candidates: Candidate[], i: number): string | null {
  const shift = candidates[i];
  const next = candidates[i + 1];
  if (!shift || !next || next.span[0] - shift.span[1] > EVENT_REACH) return null;
  return (next.type === "DATE" || next.type === "TIME") && !next.shift ? next.value : null;
}
