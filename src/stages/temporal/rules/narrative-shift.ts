import { NUMBER_ALT } from "../lexicon/calendar-words.js";
import type { Candidate, Rule } from "./rule.js";
import { buildCandidate, getMatchSpan, readCount, readUnit } from "./shared.js";

/**
 * After "the day before", a word that starts what it is before ("the day before the election",
 * "the day before he died"); a comma, a conjunction or a preposition ends the phrase ("the year
 * before, when", "endorsed the day before by Fiorina"), and "that" points back to the story.
 */
const EVENT_AFTER =
  /^\s+(?!(?:and|or|but|when|while|as|so|then|that|this|by|at|in|on|to|from|with|for|of|into|during|until|against|via|than)\b)[a-z]/i;

/**
 * "a year later", "two days earlier", "the following month", "the next day": relative to the
 * story's last date, not the document date; "the day before the outbreak of World War II" to
 * the event after it. The value is filled by the resolve-shifts refiner.
 */
export const narrativeShiftRule: Rule = {
  name: "narrative-shift",
  pattern: new RegExp(
    `\\b(?:(${NUMBER_ALT})\\s+(days?|weeks?|months?|years?|decades?)\\s+(later|earlier)(?!\\s+than)|the\\s+(following|next|previous|preceding)\\s+(day|week|month|year|morning)|(?:that|the\\s+same|that\\s+same)\\s+(day|week|month|year)|the\\s+(day|week|month|year)\\s+(before|after))\\b`,
    "gi",
  ),
  extract(m, context) {
    const [start, end] = getMatchSpan(m);
    let unit: string;
    let amount: number;
    let event = false;
    if (m[2]) {
      const count = readCount(m[1]);
      if (count === null || count < 0) return null;
      unit = readUnit(m[2]);
      amount = (m[3] ?? "").toLowerCase() === "later" ? count : -count;
    } else if (m[6]) {
      unit = m[6].toLowerCase();
      amount = 0;
    } else if (m[7]) {
      unit = m[7].toLowerCase();
      amount = (m[8] ?? "").toLowerCase() === "after" ? 1 : -1;
      event = EVENT_AFTER.test(context.text.slice(end, end + 12));
    } else {
      unit = (m[5] ?? "").toLowerCase();
      amount = /^(?:following|next)$/i.test(m[4] ?? "") ? 1 : -1;
    }
    if (unit === "morning") unit = "day";
    if (unit === "decade") {
      unit = "year";
      amount *= 10;
    }
    return buildCandidate(this.name, start, end, context, {
      type: "DATE",
      value: null,
      shift: {
        unit: unit as NonNullable<Candidate["shift"]>["unit"],
        amount,
        ...(event ? { event } : {}),
      },
    });
  },
};
