import { addDays, formatDate } from "../calendar/day-math.js";
import { DAY_PARTS } from "../lexicon/calendar-words.js";
import type { Rule } from "./rule.js";
import { buildCandidate, getMatchSpan } from "./shared.js";

const DAY_OFFSETS: Record<string, number> = {
  today: 0,
  tonight: 0,
  this: 0,
  yesterday: -1,
  last: -1,
  tomorrow: 1,
  "the day before yesterday": -2,
  "the day after tomorrow": 2,
};

/** "today", "yesterday", "tomorrow", "tonight", "this morning", "last night", "yesterday evening". */
export const relativeDayRule: Rule = {
  name: "relative-day",
  pattern:
    /\b(the day before yesterday|the day after tomorrow|today|tonight|yesterday|tomorrow|this|last)(?:\s+(morning|afternoon|evening|night))?\b/gi,
  extract(m, context) {
    const head = (m[1] ?? "").toLowerCase();
    let part = m[2] ? DAY_PARTS[m[2].toLowerCase()] : undefined;
    if ((head === "this" || head === "last") && !part) return null;
    // "last morning" and "this night" are not idiomatic; "last night" and "this morning" are.
    if (head === "last" && part !== "NI") return null;
    if (head === "tonight") part = "NI";
    const offset = DAY_OFFSETS[head];
    if (offset === undefined) return null;
    const [start, end] = getMatchSpan(m);
    const type = part ? "TIME" : "DATE";
    if (!context.reference)
      return buildCandidate(this.name, start, end, context, { type, value: null });
    // "Today, the city is a hub": generic present, not the document's day.
    const opensSentence = m[1] === "Today" && context.text[end] === ",";
    if (opensSentence && context.getTense(start, end) === "unknown")
      return buildCandidate(this.name, start, end, context, { type, value: "PRESENT_REF" });
    const date = formatDate(addDays(context.reference, offset));
    return buildCandidate(this.name, start, end, context, {
      type,
      value: part ? `${date}T${part}` : date,
      relative: true,
    });
  },
};
