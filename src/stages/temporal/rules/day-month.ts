import { formatDate, isValidDate } from "../calendar/day-math.js";
import { FULL_MONTH_ALT, MONTH_ALT, MONTHS, WEEKDAY_ALT } from "../lexicon/calendar-words.js";
import { resolveYearless } from "./month-day.js";
import type { Rule } from "./rule.js";
import { buildCandidate, getMatchSpan, YEAR_AFTER_DAY } from "./shared.js";

const FULL_MONTH = new RegExp(`^(?:${FULL_MONTH_ALT})$`);

/** "30 September 2015", "the 12th of October last", "Monday 28 September", "30 September 420". */
export const dayMonthRule: Rule = {
  name: "day-month",
  prefix: new RegExp(`(?:\\b(${WEEKDAY_ALT}),?\\s+)?(?:\\bthe\\s+)?$`),
  pattern: new RegExp(
    `\\b()(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_ALT})\\b\\.?(?:,?\\s+(${YEAR_AFTER_DAY})\\b)?(?:\\s+(last|next)\\b)?`,
    "g",
  ),
  extract(m, context) {
    const day = Number(m[2]);
    const month = MONTHS[(m[3] ?? "").toLowerCase()];
    if (!month || day < 1 || day > 31) return null;
    let [start, end] = getMatchSpan(m);
    // A trailing period belongs to the sentence unless the month is abbreviated.
    if (m[0].endsWith(".") && !m[4] && !m[5] && FULL_MONTH.test(m[3] ?? "")) end--;
    if (m[4]) {
      const year = Number(m[4]);
      const value = isValidDate(year, month, day) ? formatDate({ year, month, day }) : null;
      return buildCandidate(this.name, start, end, context, {
        type: "DATE",
        value,
        explicitYear: year,
      });
    }
    const forced = m[5] === "last" ? "past" : m[5] === "next" ? "future" : undefined;
    if (m[0].startsWith("the ") && !forced) start += 4;
    return resolveYearless(this.name, start, end, month, day, context, undefined, forced);
  },
};
