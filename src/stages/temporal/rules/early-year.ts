import { formatYear } from "../calendar/day-math.js";
import type { Rule } from "./rule.js";
import { buildCandidate } from "./shared.js";

/**
 * A cue that makes a short number a year; after "In" the next word must be capitalised or a
 * comma ("In 348 Pachomius died", not "in 102 games").
 */
const CUE = /(c\.|ca\.|circa|[Ii]n|in the year|the year)/;

/** "c. 347" -> 0347 (APPROX), "In 348 Pachomius died", "in the year 71"; the span is the number. */
export const earlyYearRule: Rule = {
  name: "early-year",
  pattern: new RegExp(`\\b${CUE.source}\\s*(\\d{1,3})\\b(?![.,:/]?\\d|%)`, "g"),
  extract(m, context) {
    const cue = (m[1] ?? "").toLowerCase();
    const digits = m[2] ?? "";
    const end = m.index + m[0].length;
    const after = context.text.slice(end, end + 2);
    if (cue === "in" && (digits.length < 3 || !/^(?:,| [A-Z])/.test(after))) return null;
    const year = Number(digits);
    if (year < 1) return null;
    const circa = cue.startsWith("c");
    return buildCandidate(this.name, end - digits.length, end, context, {
      type: "DATE",
      value: formatYear(year),
      mod: circa ? "APPROX" : undefined,
    });
  },
};
