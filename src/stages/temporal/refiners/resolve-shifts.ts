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
 */
export function resolveShifts(candidates: Candidate[]): Candidate[] {
  let last: { point: Point; value: string } | null = null;
  return candidates.map((candidate) => {
    if (candidate.shift) {
      if (!last) return candidate;
      const value = formatShift(last.point, candidate.shift.unit, candidate.shift.amount);
      if (value === null) return candidate;
      const resolved: Candidate = { ...candidate, value, anchor: last.value };
      last = { point: readPoint(value) ?? last.point, value };
      return resolved;
    }
    if (candidate.type === "DATE" || candidate.type === "TIME") {
      const point = readPoint(candidate.value);
      if (point && candidate.value) last = { point, value: candidate.value.slice(0, 10) };
    }
    return candidate;
  });
}
