import { DECADE_WORDS } from "../lexicon/calendar-words.js";
import type { Rule } from "./rule.js";
import { buildCandidate, getMatchSpan, MOD_BEFORE, MOD_PREFIX, readMod } from "./shared.js";

/** "the sixties", "the late seventies": needs "the" (bare "forties" is an age). */
export const decadeWordRule: Rule = {
  name: "decade-word",
  prefix: MOD_BEFORE,
  pattern: new RegExp(
    `\\b${MOD_PREFIX}the\\s+(?:(early|late|mid)[-\\s]+)?(${Object.keys(DECADE_WORDS).join("|")})\\b`,
    "gi",
  ),
  extract(m, context) {
    const decade = DECADE_WORDS[(m[3] ?? "").toLowerCase()];
    if (!decade) return null;
    // "in her sixties" is an age; the rule already needs "the", so only the article remains.
    const [start, end] = getMatchSpan(m);
    return buildCandidate(this.name, start, end, context, {
      type: "DATE",
      value: `${decade}X`,
      mod: readMod(m[1] || m[2]),
    });
  },
};
