import { ORDINAL_WORDS } from "../lexicon/calendar-words.js";
import type { Rule } from "./rule.js";
import { buildCandidate, getMatchSpan, MOD_PREFIX, MOD_THE_BEFORE, readMod } from "./shared.js";

const ORDINAL_ALT = Object.keys(ORDINAL_WORDS).join("|");

/** "the 19th century" -> 18XX, "the twentieth century", "the 7th century BC" (left unresolved). */
export const centuryRule: Rule = {
  name: "century",
  prefix: MOD_THE_BEFORE,
  needs: /century/i,
  pattern: new RegExp(
    `\\b${MOD_PREFIX}(?:(\\d{1,2})(?:st|nd|rd|th)|(${ORDINAL_ALT}))[-\\s]+century\\b(?:\\s+(BCE|BC|B\\.C\\.))?`,
    "gi",
  ),
  extract(m, context) {
    const n = m[2] ? Number(m[2]) : ORDINAL_WORDS[(m[3] ?? "").toLowerCase()];
    if (!n || n < 1 || n > 99) return null;
    // BC centuries count backwards; TIMEX3 has no X-form for them, so leave the value open.
    const value = m[4] ? null : `${String(n - 1).padStart(2, "0")}XX`;
    const [start, end] = getMatchSpan(m);
    return buildCandidate(this.name, start, end, context, {
      type: "DATE",
      value,
      mod: readMod(m[1]),
    });
  },
};
