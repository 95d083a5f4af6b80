import { SEASONS } from "../lexicon/calendar-words.js";
import type { Rule } from "./rule.js";
import { buildCandidate, getMatchSpan, MOD_PREFIX, MOD_THE_BEFORE, readMod } from "./shared.js";

const COMPOUND_AFTER =
  /^\s+(?:school|schools|camp|camps|jobs?|course|courses|session|term|break|holidays?|internships?|interns?|reading|fashion|collection|coats?|clothes|tyres|tires|sports|games|solstice|equinox|storms?|wheat|crops?|months)\b/;

/**
 * "the summer of 2012" -> 2012-SU, "in spring" -> XXXX-SP (the year is not said, so not invented).
 * "fall" needs a year ("the fall of Rome" is not a season).
 */
export const seasonRule: Rule = {
  name: "season",
  prefix: MOD_THE_BEFORE,
  pattern: new RegExp(
    `\\b${MOD_PREFIX}(spring|summer|autumn|fall|winter)\\b(?:\\s+(?:of\\s+)?(\\d{4})\\b)?`,
    "gi",
  ),
  extract(m, context) {
    const word = (m[2] ?? "").toLowerCase();
    const season = SEASONS[word];
    if (!season) return null;
    if (word === "fall" && !m[3]) return null;
    const [start, end] = getMatchSpan(m);
    // "Summer Olympics", "Spring Street": a capitalised word after a bare season makes a name.
    if (!m[3] && /^\s+[A-Z]/.test(context.text.slice(end, end + 3))) return null;
    // "summer school", "winter coats": a season naming a kind of thing is not a date.
    if (!m[3] && COMPOUND_AFTER.test(context.text.slice(end, end + 16))) return null;
    const value = m[3] ? `${m[3]}-${season}` : `XXXX-${season}`;
    return buildCandidate(this.name, start, end, context, {
      type: "DATE",
      value,
      mod: readMod(m[1]),
    });
  },
};
