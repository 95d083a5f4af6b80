import {
  type CalendarDate,
  countDays,
  countDaysInMonth,
  getWeekStart,
  isValidDate,
} from "./day-math.js";

/** The days a TIMEX3 value covers, as inclusive day counts since 1970-01-01. */
export interface DayInterval {
  start: number;
  end: number;
}

/** Months each season covers; winter runs into the next year. */
const SEASON_MONTHS: Record<string, [number, number]> = {
  SP: [3, 5],
  SU: [6, 8],
  FA: [9, 11],
  WI: [12, 14],
};

const YEAR = "(BC)?(\\d{4})";
const VALUE_PATTERNS = {
  day: new RegExp(`^${YEAR}-(\\d{2})-(\\d{2})(?:T.*)?$`),
  month: new RegExp(`^${YEAR}-(\\d{2})$`),
  week: new RegExp(`^${YEAR}-W(\\d{2})(?:-WE)?$`),
  season: new RegExp(`^${YEAR}-(SP|SU|FA|WI)$`),
  year: new RegExp(`^${YEAR}$`),
  decade: /^(\d{3})X$/,
  century: /^(\d{2})XX$/,
};

function readYear(bc: string | undefined, digits: string): number {
  const n = Number(digits);
  return bc ? 1 - n : n;
}

function spanDays(from: CalendarDate, to: CalendarDate): DayInterval {
  return { start: countDays(from), end: countDays(to) };
}

function spanYears(first: number, last: number): DayInterval {
  return spanDays({ year: first, month: 1, day: 1 }, { year: last, month: 12, day: 31 });
}

/**
 * The calendar days a resolved DATE/TIME value covers; null for durations, sets, X-values.
 * An ISO 8601 interval of two values ("1939-09-01/1945-09-02", a named period) runs from the
 * first day of the one to the last day of the other.
 */
export function getValueInterval(value: string | null): DayInterval | null {
  if (!value) return null;
  const slash = value.indexOf("/");
  if (slash >= 0) {
    const from = getPointInterval(value.slice(0, slash));
    const to = getPointInterval(value.slice(slash + 1));
    return from && to && from.start <= to.end ? { start: from.start, end: to.end } : null;
  }
  return getPointInterval(value);
}

function getPointInterval(value: string): DayInterval | null {
  let m = VALUE_PATTERNS.day.exec(value);
  if (m) {
    const date = { year: readYear(m[1], m[2] ?? ""), month: Number(m[3]), day: Number(m[4]) };
    if (!isValidDate(date.year, date.month, date.day)) return null;
    return spanDays(date, date);
  }
  m = VALUE_PATTERNS.month.exec(value);
  if (m) {
    const year = readYear(m[1], m[2] ?? "");
    const month = Number(m[3]);
    if (month < 1 || month > 12) return null;
    return spanDays({ year, month, day: 1 }, { year, month, day: countDaysInMonth(year, month) });
  }
  m = VALUE_PATTERNS.week.exec(value);
  if (m) {
    const start = countDays(getWeekStart(readYear(m[1], m[2] ?? ""), Number(m[3])));
    return value.endsWith("-WE") ? { start: start + 5, end: start + 6 } : { start, end: start + 6 };
  }
  m = VALUE_PATTERNS.season.exec(value);
  if (m) {
    const year = readYear(m[1], m[2] ?? "");
    const [first, last] = SEASON_MONTHS[m[3] ?? ""] ?? [1, 12];
    const endYear = year + Math.floor((last - 1) / 12);
    const endMonth = ((last - 1) % 12) + 1;
    return spanDays(
      { year, month: first, day: 1 },
      { year: endYear, month: endMonth, day: countDaysInMonth(endYear, endMonth) },
    );
  }
  m = VALUE_PATTERNS.year.exec(value);
  if (m) {
    const year = readYear(m[1], m[2] ?? "");
    return spanYears(year, year);
  }
  m = VALUE_PATTERNS.decade.exec(value);
  if (m) return spanYears(Number(m[1]) * 10, Number(m[1]) * 10 + 9);
  m = VALUE_PATTERNS.century.exec(value);
  if (m) return spanYears(Number(m[1]) * 100, Number(m[1]) * 100 + 99);
  return null;
}
