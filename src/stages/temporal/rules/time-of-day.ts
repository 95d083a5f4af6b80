import { formatDate } from "../calendar/day-math.js";
import type { Rule } from "./rule.js";
import { buildCandidate, getMatchSpan } from "./shared.js";

/** A clock time without am/pm needs one of these around it ("at 17:06", "17:06 GMT"). */
const CLOCK_LEAD = /\b(?:at|by|until|from|before|after|around)\s+$/i;
const CLOCK_TAIL = /^\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|ET|PST|PDT|PT|local time|hours|hrs)\b/;

/** "5:06 pm", "5 p.m.", "at 17:06", "noon", "midnight"; on the document date when there is one. */
export const timeOfDayRule: Rule = {
  name: "time-of-day",
  pattern:
    /\b(?:(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?|(\d{1,2}):(\d{2})(?![:\d])|(noon|midnight))/gi,
  extract(m, context) {
    let hour: number;
    let minute = 0;
    if (m[6]) {
      hour = m[6].toLowerCase() === "noon" ? 12 : 24;
    } else if (m[3]) {
      hour = Number(m[1]);
      minute = m[2] ? Number(m[2]) : 0;
      if (hour < 1 || hour > 12) return null;
      if (m[3].toLowerCase() === "p" && hour < 12) hour += 12;
      if (m[3].toLowerCase() === "a" && hour === 12) hour = 0;
    } else {
      hour = Number(m[4]);
      minute = Number(m[5]);
      const text = context.text;
      const before = text.slice(Math.max(0, m.index - 10), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (!CLOCK_LEAD.test(before) && !CLOCK_TAIL.test(after)) return null;
      if (hour > 23) return null;
    }
    if (minute > 59) return null;
    let [start, end] = getMatchSpan(m);
    // "5 p.m." keeps its period; a bare "pm." ends the sentence.
    if (m[3] && m[0].endsWith("m.") && !/\.m\.$/.test(m[0])) end--;
    const clock = `T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
    const date = context.reference ? formatDate(context.reference) : "XXXX-XX-XX";
    return buildCandidate(this.name, start, end, context, {
      type: "TIME",
      value: `${date}${clock}`,
      relative: context.reference !== null,
    });
  },
};
