import type { Candidate } from "../rules/rule.js";

/** What may stand between a date and its clock time: "September 28, 2015, 5:06 pm", "Monday at 5 pm". */
const JOINER = /^(?:,\s*|\s+at\s+|\s+|,\s+at\s+)$/;

const DAY_VALUE = /^(?:BC)?\d{4}-\d{2}-\d{2}$/;
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
        /^(?:BC)?\d{4}-\d{2}-\d{2}$|^XXXX-WXX-\d$/.test(previous.value)) &&
      JOINER.test(text.slice(previous.span[1], candidate.span[0]))
    ) {
      const clock = candidate.value?.slice(candidate.value.indexOf("T")) ?? "";
      const value = previous.value === null ? null : `${previous.value}${clock}`;
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
    value: `${previous.value}${candidate.value.slice(candidate.value.indexOf("T"))}`,
    anchor: previous.value,
    rule: `${candidate.rule}+sentence-day`,
  };
}
