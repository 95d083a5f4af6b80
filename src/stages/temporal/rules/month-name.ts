import { resolveMonth } from "../calendar/resolve.js";
import { FULL_MONTH_ALT, MONTHS } from "../lexicon/calendar-words.js";
import type { Rule } from "./rule.js";
import { buildCandidate, getMatchSpan, MOD_BEFORE, MOD_PREFIX, readMod } from "./shared.js";

/** Words before a bare month that make it a date ("in August", "since March", "last May"). */
const DATE_LEAD =
  /\b(?:in|since|by|until|till|through|throughout|last|next|this|of|during|from|before|after|between|and|to|early|late|mid|until|on)\s*$/i;

/** "May" and "March" are also a verb and a noun: they need a date word before them. */
const AMBIGUOUS = new Set(["may", "march"]);

/** "in late August", "in early September", "last May", "August" after "in". */
export const monthNameRule: Rule = {
  name: "month-name",
  prefix: MOD_BEFORE,
  // Case-sensitive: month names are capitalised, and a plain scan is several times faster.
  pattern: new RegExp(`\\b${MOD_PREFIX}(${FULL_MONTH_ALT})\\b`, "g"),
  extract(m, context) {
    const name = m[2] ?? "";
    if (name[0] !== name[0]?.toUpperCase()) return null;
    const month = MONTHS[name.toLowerCase()];
    if (!month) return null;
    const [start, end] = getMatchSpan(m);
    const before = context.text.slice(Math.max(0, start - 12), start);
    const led = Boolean(m[1]) || DATE_LEAD.test(before);
    if (AMBIGUOUS.has(name.toLowerCase()) && !led) return null;
    // "August Wilson": a capitalised word after an unled month is a name.
    if (!led && /^\s+[A-Z]/.test(context.text.slice(end, end + 3))) return null;
    const mod = readMod(m[1]);
    if (!context.reference) {
      const value = `XXXX-${String(month).padStart(2, "0")}`;
      return buildCandidate(this.name, start, end, context, { type: "DATE", value, mod });
    }
    const value = resolveMonth(context.reference, month, context.getTense(start, end));
    return buildCandidate(this.name, start, end, context, {
      type: "DATE",
      value,
      mod,
      relative: true,
      yearless: { month },
    });
  },
};
