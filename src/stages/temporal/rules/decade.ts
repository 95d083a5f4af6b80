import type { Rule } from "./rule.js";
import { buildCandidate, getMatchSpan, MOD_PREFIX, MOD_THE_BEFORE, readMod } from "./shared.js";

/** "the 1990s" -> 199X, "the late 1950s", "'80s" -> 198X, "the 1600s" -> 16XX (a century). */
export const decadeRule: Rule = {
  name: "decade",
  prefix: MOD_THE_BEFORE,
  pattern: new RegExp(`\\b${MOD_PREFIX}(?:(1\\d|20)(\\d)0|['’](\\d)0)['’]?s\\b`, "gi"),
  extract(m, context) {
    let value: string;
    // "the 1600s" is a century; "the 2000s" the decade it mostly means today.
    if (m[2]) value = m[3] === "0" && m[2] !== "20" ? `${m[2]}XX` : `${m[2]}${m[3]}X`;
    else value = `${Number(m[4]) >= 2 ? "19" : "20"}${m[4]}X`;
    const [start, end] = getMatchSpan(m);
    return buildCandidate(this.name, start, end, context, {
      type: "DATE",
      value,
      mod: readMod(m[1]),
    });
  },
};
