import { formatYear } from "../calendar/day-math.js";
import { NUMBER_ALT, SEASONS } from "../lexicon/calendar-words.js";
import type { Candidate, Rule, RuleContext } from "./rule.js";
import {
  buildCandidate,
  getMatchSpan,
  MOD_PREFIX,
  MOD_THE_BEFORE,
  readMod,
  YEAR_AFTER_MONTH,
} from "./shared.js";

const COMPOUND_AFTER =
  /^\s+(?:school|schools|camp|camps|jobs?|course|courses|session|term|break|holidays?|internships?|interns?|reading|fashion|collection|coats?|clothes|tyres|tires|sports|games|solstice|equinox|storms?|wheat|crops?|months)\b/;

/** Before a plural season, a count: "the past two winters" are a length of time. */
const COUNT_BEFORE = new RegExp(
  `\\b(?:${NUMBER_ALT}|past|last|next|these|those|some|all)\\s+$`,
  "i",
);

/**
 * "the summer of 2012" -> 2012-SU, "in spring" -> XXXX-SP (the year is not said, so not invented),
 * "hot summers and mild winters" -> XXXX-SU, XXXX-WI (seasons in general).
 * "fall" needs a year ("the fall of Rome" is not a season).
 */
export const seasonRule: Rule = {
  name: "season",
  prefix: MOD_THE_BEFORE,
  pattern: new RegExp(
    `\\b${MOD_PREFIX}(spring|summer|autumn|fall|winter)(?:(s)\\b|\\b(?:\\s+(?:of\\s+)?(${YEAR_AFTER_MONTH})\\b)?)`,
    "gi",
  ),
  extract(m, context) {
    const word = (m[2] ?? "").toLowerCase();
    const season = SEASONS[word];
    if (!season) return null;
    const end = m.index + m[0].length;
    if (m[3])
      return isSeasonsInGeneral(m, context.text) ? buildSeason(this.name, m, context) : null;
    if (word === "fall" && !m[4]) return null;
    // "Summer Olympics", "Spring Street": a capitalised word after a bare season makes a name.
    if (!m[4] && /^\s+[A-Z]/.test(context.text.slice(end, end + 3))) return null;
    // "summer school", "winter coats": a season naming a kind of thing is not a date.
    if (!m[4] && COMPOUND_AFTER.test(context.text.slice(end, end + 16))) return null;
    return buildSeason(this.name, m, context);
  },
};

function buildSeason(ruleName: string, m: RegExpExecArray, context: RuleContext): Candidate {
  const season = SEASONS[(m[2] ?? "").toLowerCase()] ?? "";
  const [start, end] = getMatchSpan(m);
  return buildCandidate(ruleName, start, end, context, {
    type: "DATE",
    value: `${m[4] ? formatYear(Number(m[4])) : "XXXX"}-${season}`,
    mod: readMod(m[1]),
  });
}

/**
 * "Summers can be very warm", "the winters are mild": not counted ("two winters"), not a
 * spring of water, not a surname ("Larry Summers", "Lawrence H. Summers", "Summers said").
 */
function isSeasonsInGeneral(m: RegExpExecArray, text: string): boolean {
  const word = (m[2] ?? "").toLowerCase();
  if (word === "spring" || word === "fall") return false;
  const before = text.slice(Math.max(0, m.index - 24), m.index);
  if (COUNT_BEFORE.test(before)) return false;
  if (!/^[A-Z]/.test(m[2] ?? "")) return true;
  const end = m.index + m[0].length;
  return SENTENCE_START.test(before) && !PERSON_AFTER.test(text.slice(end, end + 16));
}

/** A sentence edge, not an initial's period ("Lawrence H. Summers"). */
const SENTENCE_START = /(?:^|[a-z0-9)"'”’][.!?:]\s+|\n\s*)$/;

/** After a capitalised plural, what follows a person's name: a comma, "said", "has", "left". */
const PERSON_AFTER = /^(?:\s*,|\s+(?:[a-z]+(?:ed|s)|said|told|left|wrote|ran|who|had|will)\b)/;
