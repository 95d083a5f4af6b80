/** Proleptic Gregorian date arithmetic on plain numbers: no Date objects, no clock, no time zone. */

export interface CalendarDate {
  /** Astronomical year: 1 BC is 0, 2 BC is -1. */
  year: number;
  month: number;
  day: number;
}

/** Years the stage resolves against; anything else is left unresolved. */
export const MIN_YEAR = -9999;
export const MAX_YEAR = 9999;

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
export function countDays(date: CalendarDate): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (date.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + date.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date a day count falls on (civil_from_days). */
export function dateFromDays(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

export function countDaysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** True for a real calendar day within the years the stage resolves. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  return Number.isInteger(day) && day >= 1 && day <= countDaysInMonth(year, month);
}

/** ISO weekday: Monday 1 ... Sunday 7. */
export function getWeekday(date: CalendarDate): number {
  const d = countDays(date);
  // 1970-01-01 was a Thursday (4).
  return ((((d + 3) % 7) + 7) % 7) + 1;
}

export function addDays(date: CalendarDate, n: number): CalendarDate {
  return dateFromDays(countDays(date) + n);
}

/** Adds months, clamping the day to the end of a shorter month. */
export function addMonths(date: CalendarDate, n: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, countDaysInMonth(year, month)) };
}

/** ISO 8601 week: the week's year may differ from the date's near new year. */
export function getIsoWeek(date: CalendarDate): { year: number; week: number } {
  const days = countDays(date);
  const thursday = days - getWeekday(date) + 4;
  const year = dateFromDays(thursday).year;
  const firstDay = countDays({ year, month: 1, day: 1 });
  return { year, week: Math.floor((thursday - firstDay) / 7) + 1 };
}

/** The Monday that starts ISO week `week` of `year`. */
export function getWeekStart(year: number, week: number): CalendarDate {
  const jan4 = { year, month: 1, day: 4 };
  const monday1 = countDays(jan4) - getWeekday(jan4) + 1;
  return dateFromDays(monday1 + (week - 1) * 7);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** TIMEX3 year: `2015`, `0394`, and BC years as `BC0508` (astronomical 0 is 1 BC). */
export function formatYear(year: number): string {
  return year > 0 ? pad(year, 4) : `BC${pad(1 - year, 4)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${formatYear(year)}-${pad(month, 2)}`;
}

export function formatDate(date: CalendarDate): string {
  return `${formatMonth(date.year, date.month)}-${pad(date.day, 2)}`;
}

export function formatWeek(year: number, week: number): string {
  return `${formatYear(year)}-W${pad(week, 2)}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Reads the date part of an ISO date or date-time (`2015-09-28T17:06`); null when invalid. */
export function parseIsoDate(value: string | null | undefined): CalendarDate | null {
  if (!value) return null;
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidDate(year, month, day) ? { year, month, day } : null;
}
