import { formatAgo } from "../calendar/resolve.js";
import { NUMBER_ALT, UNIT_ALT } from "../lexicon/calendar-words.js";
import type { Rule } from "./rule.js";
import { buildCandidate, getMatchSpan, readCount, readUnit } from "./shared.js";

/** A value whose year has four digits: "5 million years ago" is left open, not BC4997986. */
const IN_RANGE = /^(?:BC)?\d{4}(?!\d)/;

/** "a year ago" -> 2014, "a decade ago" -> 2005, "three weeks ago" -> a week, "years ago" -> PAST_REF. */
export const agoRule: Rule = {
  name: "ago",
  prefix: new RegExp(`\\b(${NUMBER_ALT})\\s+$`, "i"),
  needs: /\bago\b/i,
  pattern: new RegExp(`\\b()(${UNIT_ALT})\\s+ago\\b`, "gi"),
  extract(m, context) {
    const [start, end] = getMatchSpan(m);
    const count = m[1] ? readCount(m[1]) : -1;
    if (count === null) return null;
    if (count < 0)
      return buildCandidate(this.name, start, end, context, { type: "DATE", value: "PAST_REF" });
    if (!context.reference)
      return buildCandidate(this.name, start, end, context, { type: "DATE", value: null });
    const value = formatAgo(context.reference, readUnit(m[2] ?? ""), -count);
    return buildCandidate(this.name, start, end, context, {
      type: "DATE",
      value: value && IN_RANGE.test(value) ? value : null,
      relative: true,
    });
  },
};
