import { WEEKDAY_ALT, WEEKDAYS } from "../lexicon/calendar-words.js";
import type { Rule } from "./rule.js";
import { buildCandidate, getMatchSpan } from "./shared.js";

const PERIODS: Record<string, string> = {
  second: "PT1S",
  minute: "PT1M",
  hour: "PT1H",
  day: "P1D",
  week: "P1W",
  month: "P1M",
  year: "P1Y",
  decade: "P10Y",
  morning: "TMO",
  afternoon: "TAF",
  evening: "TEV",
  night: "TNI",
  weekend: "XXXX-WXX-WE",
  spring: "XXXX-SP",
  summer: "XXXX-SU",
  autumn: "XXXX-FA",
  winter: "XXXX-WI",
  hourly: "PT1H",
  daily: "P1D",
  nightly: "TNI",
  weekly: "P1W",
  monthly: "P1M",
  annually: "P1Y",
  yearly: "P1Y",
};

/** "every year", "each Monday", "every Friday night", "twice a week", "annually": TIMEX3 SETs. */
export const recurringRule: Rule = {
  name: "recurring",
  pattern: new RegExp(
    `\\b(?:(?:every|each)\\s+(?:other\\s+)?(?:(second|minute|hour|day|week|month|year|decade|morning|afternoon|evening|night|weekend|spring|summer|autumn|winter)|(${WEEKDAY_ALT})(?:\\s+(morning|afternoon|evening|night))?)|(hourly|daily|nightly|weekly|monthly|annually|yearly)|(?:once|twice|(?:three|four|five|\\d{1,2})\\s+times)\\s+(?:a|an|per)\\s+(second|minute|hour|day|week|month|year))\\b`,
    "gi",
  ),
  extract(m, context) {
    const weekday = WEEKDAYS[(m[2] ?? "").toLowerCase()];
    const part = m[3] ? PERIODS[m[3].toLowerCase()] : "";
    const value = weekday
      ? `XXXX-WXX-${weekday}${part}`
      : PERIODS[(m[1] ?? m[4] ?? m[5] ?? "").toLowerCase()];
    if (!value) return null;
    const [start, end] = getMatchSpan(m);
    return buildCandidate(this.name, start, end, context, { type: "SET", value });
  },
};
