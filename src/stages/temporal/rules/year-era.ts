import { formatYear } from "../calendar/day-math.js";
import type { Rule } from "./rule.js";
import { buildCandidate, getMatchSpan } from "./shared.js";

/** "3000 BC", "508 B.C.", "776 BCE", "AD 394", "394 AD". */
export const yearEraRule: Rule = {
  name: "year-era",
  pattern:
    /\b(?:(\d{1,4}|\d{1,2},\d{3})\s*(BCE|BC|B\.C\.|CE|AD|A\.D\.)|(AD|A\.D\.)\s*(\d{1,4}))(?!\w)/g,
  extract(m, context) {
    const digits = (m[1] ?? m[4] ?? "").replace(",", "");
    const era = m[2] ?? m[3] ?? "";
    const n = Number(digits);
    if (!Number.isInteger(n) || n < 1 || n > 9999) return null;
    const year = era.startsWith("B") ? 1 - n : n;
    const [start, end] = getMatchSpan(m);
    return buildCandidate(this.name, start, end, context, {
      type: "DATE",
      value: formatYear(year),
    });
  },
};
