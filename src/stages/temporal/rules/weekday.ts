import { formatDate } from "../calendar/day-math.js";
import { resolveWeekday } from "../calendar/resolve.js";
import { DAY_PARTS, MONTH_ALT, WEEKDAY_ALT, WEEKDAYS } from "../lexicon/calendar-words.js";
import type { Rule } from "./rule.js";
import { buildCandidate, getMatchSpan } from "./shared.js";

/**
 * "on Monday", "last Friday", "later Monday", "Sunday night". The same weekday as the
 * document is that day; otherwise tense decides: "said on Sunday" looks back, "will hold talks
 * on Friday" ahead. "last"/"next" force the direction.
 */
export const weekdayRule: Rule = {
  name: "weekday",
  prefix: /\b(last|this|next|coming|later|earlier|late|early)\s+$/i,
  pattern: new RegExp(
    `\\b()(${WEEKDAY_ALT})s?(?:\\s+(morning|afternoon|evening|night))?\\b(?!,?\\s+(?:the\\s+)?(?:\\d|${MONTH_ALT}))`,
    "g",
  ),
  extract(m, context) {
    const name = m[2] ?? "";
    if (name[0] !== name[0]?.toUpperCase()) return null;
    const weekday = WEEKDAYS[name.toLowerCase()];
    if (!weekday) return null;
    const [start, end] = getMatchSpan(m);
    const part = m[3] ? DAY_PARTS[m[3].toLowerCase()] : undefined;
    const type = part ? "TIME" : "DATE";
    // "on Mondays" is a set.
    const nameEnd = m.index + m[0].indexOf(name) + name.length;
    if (context.text[nameEnd] === "s") {
      return buildCandidate(this.name, start, end, context, {
        type: "SET",
        value: `XXXX-WXX-${weekday}`,
      });
    }
    if (!context.reference) {
      return buildCandidate(this.name, start, end, context, {
        type,
        value: `XXXX-WXX-${weekday}${part ? `T${part}` : ""}`,
      });
    }
    const lead = m[1]?.toLowerCase();
    let direction: "past" | "future" | "nearest-past";
    if (lead === "last") direction = "past";
    else if (lead === "next" || lead === "coming") direction = "future";
    else direction = context.getTense(start, end) === "future" ? "future" : "nearest-past";
    let date = resolveWeekday(context.reference, weekday, direction);
    // "last Monday" said on a Monday is a week back; "next Monday" a week ahead.
    if (direction === "future" && lead !== "next" && lead !== "coming") {
      const same = resolveWeekday(context.reference, weekday, "nearest-past");
      if (same === context.reference) date = same;
    }
    return buildCandidate(this.name, start, end, context, {
      type,
      value: `${formatDate(date)}${part ? `T${part}` : ""}`,
      relative: true,
    });
  },
};
