import type { Tense } from "../tense/detect-tense.js";
import {
  addDays,
  addMonths,
  type CalendarDate,
  countDays,
  formatDate,
  formatMonth,
  formatWeek,
  formatYear,
  getIsoWeek,
  getWeekday,
  isValidDate,
} from "./day-math.js";

/**
 * Picks the year of a month and day written without one. Past tense looks back, future ahead;
 * with no tense the nearer occurrence within half a year wins, as news mostly reports the recent.
 */
export function resolveMonthDay(
  reference: CalendarDate,
  month: number,
  day: number,
  tense: Tense,
): CalendarDate | null {
  const year = reference.year;
  const same = { year, month, day };
  // February 29 exists only in some years: try the year the direction gives.
  const ref = countDays(reference);
  const sameValid = isValidDate(year, month, day);
  const sameDays = sameValid ? countDays(same) : Number.NaN;
  let target = year;
  if (tense === "past" && (!sameValid || sameDays > ref)) target = year - 1;
  else if (tense === "future" && (!sameValid || sameDays < ref)) target = year + 1;
  else if (tense === "unknown" && sameValid && sameDays - ref > 183) target = year - 1;
  else if (tense === "unknown" && sameValid && ref - sameDays > 183) target = year + 1;
  return isValidDate(target, month, day) ? { year: target, month, day } : null;
}

/** Picks the year of a bare month by tense: the same month is this month either way. */
export function resolveMonth(reference: CalendarDate, month: number, tense: Tense): string {
  let year = reference.year;
  if (tense === "future" && month < reference.month) year++;
  else if (tense !== "future" && month > reference.month) year--;
  return formatMonth(year, month);
}

/** A weekday near the reference: the same day is today; otherwise back (past) or ahead. */
export function resolveWeekday(
  reference: CalendarDate,
  weekday: number,
  direction: "past" | "future" | "nearest-past",
): CalendarDate {
  const today = getWeekday(reference);
  if (weekday === today && direction !== "future") return reference;
  if (direction === "future") {
    const ahead = (weekday - today + 7) % 7 || 7;
    return addDays(reference, ahead);
  }
  const back = (today - weekday + 7) % 7 || 7;
  return addDays(reference, -back);
}

export type Granularity = "day" | "week" | "month" | "year" | "decade" | "century";

/** The value of the period `offset` units from the reference: last week = -1 week. */
export function formatShiftedPeriod(
  reference: CalendarDate,
  unit: Granularity,
  offset: number,
): string | null {
  switch (unit) {
    case "day":
      return formatDate(addDays(reference, offset));
    case "week": {
      const week = getIsoWeek(addDays(reference, offset * 7));
      return formatWeek(week.year, week.week);
    }
    case "month": {
      const date = addMonths({ ...reference, day: 1 }, offset);
      return formatMonth(date.year, date.month);
    }
    case "year":
      return formatYear(reference.year + offset);
    case "decade": {
      const decade = Math.floor(reference.year / 10) + offset;
      return decade >= 0 && decade < 1000 ? `${String(decade).padStart(3, "0")}X` : null;
    }
    case "century": {
      const century = Math.floor(reference.year / 100) + offset;
      return century >= 0 && century < 100 ? `${String(century).padStart(2, "0")}XX` : null;
    }
  }
}

/** The value `amount` units before/after the reference at that unit's granularity ("a year ago"). */
export function formatAgo(reference: CalendarDate, unit: string, amount: number): string | null {
  switch (unit) {
    case "second":
    case "minute":
    case "hour":
      return formatDate(reference);
    case "day":
      return formatShiftedPeriod(reference, "day", amount);
    case "week":
      return formatShiftedPeriod(reference, "week", amount);
    case "fortnight":
      return formatShiftedPeriod(reference, "week", amount * 2);
    case "month":
      return formatShiftedPeriod(reference, "month", amount);
    case "year":
      return formatShiftedPeriod(reference, "year", amount);
    case "decade":
      return formatShiftedPeriod(reference, "year", amount * 10);
    case "century":
      return formatShiftedPeriod(reference, "year", amount * 100);
    default:
      return null;
  }
}
