import { agoRule } from "./ago.js";
import { bareYearRule } from "./bare-year.js";
import { centuryRule } from "./century.js";
import { dayMonthRule } from "./day-month.js";
import { decadeRule } from "./decade.js";
import { decadeWordRule } from "./decade-word.js";
import { durationRule } from "./duration.js";
import { earlyYearRule } from "./early-year.js";
import { monthDayRule } from "./month-day.js";
import { monthNameRule } from "./month-name.js";
import { monthYearRule } from "./month-year.js";
import { namedDayRule } from "./named-day.js";
import { namedPeriodRule } from "./named-period.js";
import { narrativeShiftRule } from "./narrative-shift.js";
import { numericDateRule } from "./numeric-date.js";
import { recurringRule } from "./recurring.js";
import { relativeDayRule } from "./relative-day.js";
import { relativePeriodRule } from "./relative-period.js";
import type { Rule } from "./rule.js";
import { seasonRule } from "./season.js";
import { timeOfDayRule } from "./time-of-day.js";
import { weekdayRule } from "./weekday.js";
import { yearEraRule } from "./year-era.js";
import { yearRangeEndRule } from "./year-range-end.js";

/**
 * Every rule, in priority order. Overlaps are settled longest-first; on equal length the
 * earlier rule wins, so specific calendar forms come before the looser ones (a month name,
 * a bare year, a duration), and dates before durations ("a year ago" is a date).
 */
export const RULES: Rule[] = [
  numericDateRule,
  monthDayRule,
  dayMonthRule,
  monthYearRule,
  yearEraRule,
  centuryRule,
  decadeRule,
  decadeWordRule,
  namedDayRule,
  namedPeriodRule,
  agoRule,
  narrativeShiftRule,
  relativePeriodRule,
  relativeDayRule,
  weekdayRule,
  seasonRule,
  monthNameRule,
  bareYearRule,
  yearRangeEndRule,
  earlyYearRule,
  timeOfDayRule,
  recurringRule,
  durationRule,
];
