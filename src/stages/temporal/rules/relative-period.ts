import { formatYear } from "../calendar/day-math.js";
import { formatShiftedPeriod, type Granularity } from "../calendar/resolve.js";
import { SEASONS } from "../lexicon/calendar-words.js";
import type { Rule } from "./rule.js";
import { buildCandidate, getMatchSpan, MOD_PREFIX, MOD_THE_BEFORE, readMod } from "./shared.js";

const OFFSETS: Record<string, number> = {
  this: 0,
  current: 0,
  the: 0,
  last: -1,
  previous: -1,
  next: 1,
  coming: 1,
};

/** Start month of each season; winter belongs to the year its December is in. */
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * "last week" -> 2015-W39, "this year", "next month", "the last decade" -> 200X,
 * "early in the last decade", "the end of the year", "last summer", "this weekend".
 * "the past week" is a duration (P1W); "the next day" is narrative (see narrative-shift).
 */
export const relativePeriodRule: Rule = {
  name: "relative-period",
  prefix: MOD_THE_BEFORE,
  pattern: new RegExp(
    `\\b${MOD_PREFIX}(this|current|last|previous|next|coming|past|the)\\s+(week|weekend|month|year|decade|century|spring|summer|autumn|fall|winter)\\b`,
    "gi",
  ),
  extract(m, context) {
    const [start, end] = getMatchSpan(m);
    const det = (m[2] ?? "").toLowerCase();
    const unit = (m[3] ?? "").toLowerCase();
    const mod = readMod(m[1]);
    const hasThe = /\bthe\s+(?:this|current|last|previous|next|coming|past)\s/i.test(m[0]);
    // "the year" alone is only a date inside "the end of the year".
    if (det === "the" && !mod) return null;
    // "the next week" follows the story, not the document date.
    if (det === "next" && hasThe) return null;
    if (det === "past") {
      const letter = unit === "weekend" ? null : unit;
      if (!letter || SEASONS[unit]) return null;
      const duration = { week: "P1W", month: "P1M", year: "P1Y", decade: "P10Y", century: "P100Y" }[
        letter
      ];
      return buildCandidate(this.name, start, end, context, {
        type: "DURATION",
        value: duration ?? null,
      });
    }
    const offset = OFFSETS[det];
    if (offset === undefined) return null;
    if (!context.reference)
      return buildCandidate(this.name, start, end, context, { type: "DATE", value: null, mod });
    const value = formatPeriod(context.reference, unit, offset);
    return buildCandidate(this.name, start, end, context, {
      type: "DATE",
      value,
      mod,
      relative: true,
    });
  },
};

function formatPeriod(
  reference: NonNullable<Parameters<Rule["extract"]>[1]["reference"]>,
  unit: string,
  offset: number,
): string | null {
  const season = SEASONS[unit];
  if (season) return formatSeason(reference, season, offset);
  if (unit === "weekend") {
    const week = formatShiftedPeriod(reference, "week", offset);
    return week ? `${week}-WE` : null;
  }
  return formatShiftedPeriod(reference, unit as Granularity, offset);
}

/**
 * "last summer" is the latest summer that ended before the document month, "next summer" the
 * first that starts after it, "this summer" the one it falls in (or this year's).
 */
function formatSeason(
  reference: { year: number; month: number },
  season: string,
  offset: number,
): string {
  const first = SEASON_START[season] ?? 1;
  const now = reference.year * 12 + reference.month - 1;
  const occurrences = [-2, -1, 0, 1, 2].map((delta) => {
    const year = reference.year + delta;
    const start = year * 12 + first - 1;
    return { year, start, end: start + 2 };
  });
  let chosen = occurrences.find((o) => o.start <= now && now <= o.end);
  if (offset < 0) chosen = occurrences.filter((o) => o.end < now).pop();
  else if (offset > 0) chosen = occurrences.find((o) => o.start > now);
  return `${formatYear(chosen?.year ?? reference.year)}-${season}`;
}
