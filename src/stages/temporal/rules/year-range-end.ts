import { formatYear } from "../calendar/day-math.js";
import { COUNTED, LABELLED, PLURAL_AFTER } from "./bare-year.js";
import type { Rule } from "./rule.js";
import { buildCandidate } from "./shared.js";

/** Before a three-digit start, a word that makes the range a span of years ("c. 314 – 368"). */
const EARLY_LEAD = /(?:\b(?:c|ca)\.\s*|\b(?:circa|about|around|AD)\s+)$/i;

/** A range ends within a century of its start; wider gaps are other numbers. */
const MAX_SPAN = 100;

/**
 * The end of a year range written short: "1892 – 94" -> 1894, "c. 314 – 368" -> 0368. The
 * start is left to the year rules; the span is the end only. A range written tight ("1776-77")
 * is one expression, left to the rules that read it whole.
 */
export const yearRangeEndRule: Rule = {
  name: "year-range-end",
  needs: /\d\s+[-–]\s+\d/,
  pattern: /\b(\d{3,4})\s+[-–]\s+(\d{2,3})\b(?![.,:/]?\d|%)/g,
  extract(m, context) {
    const first = m[1] ?? "";
    const last = m[2] ?? "";
    const text = context.text;
    const before = text.slice(Math.max(0, m.index - 10), m.index);
    const end = m.index + m[0].length;
    if (LABELLED.test(before) || COUNTED.test(text.slice(end, end + 14))) return null;
    if (PLURAL_AFTER.test(text.slice(end, end + 24))) return null;
    const start = Number(first);
    let year: number;
    if (first.length === 4 && last.length === 2 && start >= 1000 && start < 2100)
      year = start - (start % 100) + Number(last);
    else if (first.length === 3 && last.length === 3 && EARLY_LEAD.test(before))
      year = Number(last);
    else return null;
    if (year <= start || year - start > MAX_SPAN) return null;
    return buildCandidate(this.name, end - last.length, end, context, {
      type: "DATE",
      value: formatYear(year),
      explicitYear: year,
    });
  },
};
