import { formatDate, formatMonth, isValidDate } from "../calendar/day-math.js";
import type { Candidate } from "../rules/rule.js";

/** How far back a written year still sets the year of "in March" in the same paragraph. */
const STORY_REACH = 300;

/**
 * "In 1981 she moved to Paris; in March she ..." : a month or day without a year takes the
 * year written just before it in the same paragraph, not the document's. Past that reach the
 * document date stands (news dates "on Sunday" and "in September" from the day it is written).
 */
export function applyStoryYear(candidates: Candidate[], text: string): Candidate[] {
  let story: { year: number; end: number } | null = null;
  return candidates.map((candidate) => {
    if (candidate.explicitYear !== undefined) {
      story = { year: candidate.explicitYear, end: candidate.span[1] };
      return candidate;
    }
    if (!candidate.yearless || !story) return candidate;
    const gap = text.slice(story.end, candidate.span[0]);
    if (gap.length > STORY_REACH || gap.includes("\n")) return candidate;
    const { month, day } = candidate.yearless;
    const year = story.year;
    if (day !== undefined && !isValidDate(year, month, day)) return candidate;
    const value = day !== undefined ? formatDate({ year, month, day }) : formatMonth(year, month);
    if (value === candidate.value) return candidate;
    const resolved: Candidate = { ...candidate, value, rule: `${candidate.rule}+story-year` };
    resolved.anchor = String(year).padStart(4, "0");
    return resolved;
  });
}
