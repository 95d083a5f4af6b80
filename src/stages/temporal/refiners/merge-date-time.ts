import type { Candidate } from "../rules/rule.js";

/** What may stand between a date and its clock time: "September 28, 2015, 5:06 pm", "Monday at 5 pm". */
const JOINER = /^(?:,\s*|\s+at\s+|\s+|,\s+at\s+)$/;

const DAY_VALUE = /^(?:BC)?\d{4}-\d{2}-\d{2}$/;
const WEEKDAY_VALUE = /^XXXX-WXX-\d$/;
/** A sentence or paragraph ends between two expressions. */
const SENTENCE_END = /[.!?]["”’)]?\s+["“‘(]?\p{Lu}|\n\s*\n/u;
/** How far back in its sentence a clock time looks for its day. */
const MAX_DAY_DISTANCE = 160;

/**
 * A day-level date followed by a clock time becomes one TIME on that day. A clock time further
 * on in the same sentence ("Tomorrow the mayor will speak at 9 am") is put on that day.
 */
export function mergeDateTime(candidates: Candidate[], text: string): Candidate[] {
  const merged: Candidate[] = [];
  for (const candidate of candidates) {
    const previous = merged[merged.length - 1];
    if (
      previous &&
      candidate.type === "TIME" &&
      candidate.rule === "temporal/time-of-day" &&
      previous.type === "DATE" &&
      (previous.value === null ||
        DAY_VALUE.test(previous.value) ||
        WEEKDAY_VALUE.test(previous.value)) &&
      JOINER.test(text.slice(previous.span[1], candidate.span[0]))
    ) {
      const value = previous.value === null ? null : onDay(previous.value, candidate.value);
      const joined: Candidate = {
        ...previous,
        span: [previous.span[0], candidate.span[1]],
        type: "TIME",
        value,
        rule: `${previous.rule}+time-of-day`,
      };
      merged[merged.length - 1] = joined;
      continue;
    }
    merged.push(previous ? onSentenceDay(candidate, previous, text) : candidate);
  }
  return merged;
}

function onSentenceDay(candidate: Candidate, previous: Candidate, text: string): Candidate {
  if (candidate.rule !== "temporal/time-of-day" || candidate.value === null) return candidate;
  if (previous.type !== "DATE" || previous.value === null || !DAY_VALUE.test(previous.value)) {
    return candidate;
  }
  const between = text.slice(previous.span[1], candidate.span[0]);
  if (between.length > MAX_DAY_DISTANCE || SENTENCE_END.test(between)) return candidate;
  return {
    ...candidate,
    value: onDay(previous.value, candidate.value),
    anchor: previous.value,
    rule: `${candidate.rule}+sentence-day`,
  };
}

/** A clock time's value (`…T09:00`) put on a day. */
function onDay(day: string, time: string | null): string {
  return `${day}${time?.slice(time.indexOf("T")) ?? ""}`;
}
