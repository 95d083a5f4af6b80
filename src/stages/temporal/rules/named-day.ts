import type { Rule } from "./rule.js";
import { buildCandidate, getMatchSpan } from "./shared.js";

/** Days known by their date as a name. "9/11" is 2001-09-11, not September 11 of this year. */
const NAMED_DAYS: Record<string, string> = {
  "9/11": "2001-09-11",
  "7/7": "2005-07-07",
};

export const namedDayRule: Rule = {
  name: "named-day",
  pattern: /(?<![\d/])(9\/11|7\/7)(?![\d/])/g,
  extract(m, context) {
    const value = NAMED_DAYS[m[1] ?? ""];
    if (!value) return null;
    const [start, end] = getMatchSpan(m);
    return buildCandidate(this.name, start, end, context, { type: "DATE", value });
  },
};
