import { formatYear } from "../calendar/day-math.js";
import { COUNTED, PLURAL_AFTER } from "./bare-year.js";
import type { Rule } from "./rule.js";
import { buildCandidate } from "./shared.js";

/**
 * A cue just before a short number that makes it a year. Read back from the number (numbers
 * are rarer than these words, so the scan is cheaper). After "In" the next word must be
 * capitalised or a comma ("In 348 Pachomius died", not "in 102 games").
 */
const CUE_BEFORE = /(?:\b(c|ca)\.\s*|\b(circa|[Ii]n|the year)\s+)$/;

/** How far back the cue is looked for. */
const CUE_REACH = 16;

/** "c. 347" -> 0347 (APPROX), "In 348 Pachomius died", "in the year 71"; the span is the number. */
export const earlyYearRule: Rule = {
  name: "early-year",
  pattern: /\b\d{1,3}\b(?![.,:/]?\d|%)/g,
  extract(m, context) {
    const text = context.text;
    const start = m.index;
    const end = start + m[0].length;
    const previous = text[start - 1];
    if (previous === "," || previous === "." || previous === "-") return null;
    const cue = CUE_BEFORE.exec(text.slice(Math.max(0, start - CUE_REACH), start));
    if (!cue) return null;
    const word = (cue[1] ?? cue[2] ?? "").toLowerCase();
    const after = text.slice(end, end + 24);
    if (word === "in" && (m[0].length < 3 || !/^(?:,| [A-Z])/.test(after))) return null;
    // "ca. 300 people", "c. 5 km": a rough count, not a year.
    if (COUNTED.test(after) || PLURAL_AFTER.test(after)) return null;
    const year = Number(m[0]);
    if (year < 1) return null;
    return buildCandidate(this.name, start, end, context, {
      type: "DATE",
      value: formatYear(year),
      mod: word === "in" || word === "the year" ? undefined : "APPROX",
    });
  },
};
