import type { TimexMod } from "../../../model.js";
import { NUMBER_ALT, UNIT_ALT } from "../lexicon/calendar-words.js";
import type { Rule } from "./rule.js";
import { buildCandidate, formatDuration, getMatchSpan, readCount } from "./shared.js";

const BOUNDS: Record<string, TimexMod> = {
  "less than": "LESS_THAN",
  "fewer than": "LESS_THAN",
  under: "LESS_THAN",
  "just under": "LESS_THAN",
  "up to": "LESS_THAN",
  "more than": "MORE_THAN",
  over: "MORE_THAN",
  "just over": "MORE_THAN",
  "at least": "EQUAL_OR_MORE",
  about: "APPROX",
  around: "APPROX",
  nearly: "APPROX",
  almost: "APPROX",
  some: "APPROX",
  "close to": "APPROX",
  roughly: "APPROX",
  approximately: "APPROX",
};

const BOUND_ALT = Object.keys(BOUNDS)
  .sort((a, b) => b.length - a.length)
  .join("|");

/**
 * "three-week-old", "a 23-year-old", "less than 48 hours", "for three years", "the past
 * 35 years", "a three-day visit". "ago"/"later" forms are dates, left to their own rules.
 */
export const durationRule: Rule = {
  name: "duration",
  prefix: new RegExp(`\\b(${BOUND_ALT})\\s+$`, "i"),
  pattern: new RegExp(
    `\\b()(?:the\\s+(?:past|last|next|first)\\s+)?(${NUMBER_ALT})(?:(-)|\\s+)(${UNIT_ALT})(?:[-\\s](old|long))?\\b(?!\\s+(?:ago|later|earlier)\\b)`,
    "gi",
  ),
  extract(m, context) {
    const count = readCount(m[2]);
    if (count === null || count === 0) return null;
    // A capitalised unit is a name ("60 Minutes", "24 Hours of Le Mans").
    if (/^[A-Z]/.test(m[4] ?? "")) return null;
    // "one day" and "a year" alone are often not durations ("one day he left", "$5m a year").
    if (count === 1 && !m[1] && !m[3] && !m[5] && !/^the\s/i.test(m[0])) {
      if (/^(?:an?|one)$/i.test(m[2] ?? "")) return null;
    }
    // Vague counts need a unit in the plural: "several years", not "several year".
    const value = formatDuration(count, m[4] ?? "");
    if (!value) return null;
    const [start, end] = getMatchSpan(m);
    const bound = m[1] ? BOUNDS[m[1].toLowerCase().replace(/\s+/g, " ")] : undefined;
    return buildCandidate(this.name, start, end, context, {
      type: "DURATION",
      value,
      mod: bound,
    });
  },
};
