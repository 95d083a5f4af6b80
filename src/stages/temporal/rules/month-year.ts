import { formatMonth } from "../calendar/day-math.js";
import { MONTH_ALT, MONTHS } from "../lexicon/calendar-words.js";
import type { Rule } from "./rule.js";
import {
  buildCandidate,
  getMatchSpan,
  MOD_BEFORE,
  MOD_PREFIX,
  readMod,
  YEAR_AFTER_MONTH,
} from "./shared.js";

/** "February 2015", "late August 1799", "October, 1805", "mid-March of 2010", "December of 384". */
export const monthYearRule: Rule = {
  name: "month-year",
  prefix: MOD_BEFORE,
  pattern: new RegExp(
    `\\b${MOD_PREFIX}(${MONTH_ALT})\\.?,?\\s+(?:(?:of|in)\\s+)?(${YEAR_AFTER_MONTH})\\b(?![:.,]?\\d)`,
    "g",
  ),
  extract(m, context) {
    const name = m[2] ?? "";
    if (name[0] !== name[0]?.toUpperCase()) return null;
    const month = MONTHS[name.toLowerCase()];
    if (!month) return null;
    const [start, end] = getMatchSpan(m);
    return buildCandidate(this.name, start, end, context, {
      type: "DATE",
      value: formatMonth(Number(m[3]), month),
      mod: readMod(m[1]),
      explicitYear: Number(m[3]),
    });
  },
};
