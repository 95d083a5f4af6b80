import { formatDate, isValidDate } from "../calendar/day-math.js";
import type { Rule } from "./rule.js";
import { buildCandidate, getMatchSpan } from "./shared.js";

/**
 * "2015-09-28" and "9/28/2015" (US order; day first when the first number exceeds 12).
 * A date needs its year: "9/11" is an event name, not a date.
 */
export const numericDateRule: Rule = {
  name: "numeric-date",
  pattern: /\b(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\/(\d{1,2})\/(\d{4}))\b(?![/-]\d)/g,
  extract(m, context) {
    let year: number;
    let month: number;
    let day: number;
    if (m[1]) {
      year = Number(m[1]);
      month = Number(m[2]);
      day = Number(m[3]);
    } else {
      const first = Number(m[4]);
      const second = Number(m[5]);
      year = Number(m[6]);
      [month, day] = first > 12 ? [second, first] : [first, second];
    }
    if (!isValidDate(year, month, day)) return null;
    const [start, end] = getMatchSpan(m);
    return buildCandidate(this.name, start, end, context, {
      type: "DATE",
      value: formatDate({ year, month, day }),
      explicitYear: year,
    });
  },
};
