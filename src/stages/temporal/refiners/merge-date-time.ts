import type { Candidate } from "../rules/rule.js";

/** What may stand between a date and its clock time: "September 28, 2015, 5:06 pm", "Monday at 5 pm". */
const JOINER = /^(?:,\s*|\s+at\s+|\s+|,\s+at\s+)$/;

/** A day-level date followed by a clock time becomes one TIME on that day. */
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
    merged.push(candidate);
  }
  return merged;
}
