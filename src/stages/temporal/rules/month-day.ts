import { formatDate, isValidDate } from "../calendar/day-math.js";
import { resolveMonthDay } from "../calendar/resolve.js";
import { MONTH_ALT, MONTHS, WEEKDAY_ALT } from "../lexicon/calendar-words.js";
import type { Rule } from "./rule.js";
import { buildCandidate, getMatchSpan, MOD_PREFIX, readMod } from "./shared.js";

/** "Thursday, February 23, 2006", "Sept. 28", "late September 30" is not a thing, "May 8, 2009". */
export const monthDayRule: Rule = {
  name: "month-day",
  prefix: new RegExp(`\\b(${WEEKDAY_ALT}),?\\s+$`),
  pattern: new RegExp(
    `\\b()${MOD_PREFIX}(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?(?![:.]?\\d)`,
    "g",
  ),
  extract(m, context) {
    const month = MONTHS[(m[3] ?? "").toLowerCase()];
    const day = Number(m[4]);
    if (!month || day < 1 || day > 31) return null;
    const [start, end] = getMatchSpan(m);
    const mod = readMod(m[2]);
    if (m[5]) {
      const year = Number(m[5]);
      const value = isValidDate(year, month, day) ? formatDate({ year, month, day }) : null;
      return buildCandidate(this.name, start, end, context, {
        type: "DATE",
        value,
        mod,
        explicitYear: year,
      });
    }
    return resolveYearless(this.name, start, end, month, day, context, mod);
  },
};

/** A month and day with no year: the year comes from the reference date and the tense. */
export function resolveYearless(
  ruleName: string,
  start: number,
  end: number,
  month: number,
  day: number,
  context: Parameters<Rule["extract"]>[1],
  mod: ReturnType<typeof readMod>,
  forcedTense?: "past" | "future",
) {
  if (!isValidDate(2000, month, day))
    return buildCandidate(ruleName, start, end, context, { type: "DATE", value: null, mod });
  if (!context.reference) {
    const value = `XXXX-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    return buildCandidate(ruleName, start, end, context, { type: "DATE", value, mod });
  }
  const tense = forcedTense ?? context.getTense(start, end);
  const date = resolveMonthDay(context.reference, month, day, tense);
  const value = date ? formatDate(date) : null;
  return buildCandidate(ruleName, start, end, context, {
    type: "DATE",
    value,
    mod,
    relative: true,
    yearless: forcedTense ? undefined : { month, day },
  });
}
