import { formatYear } from "../calendar/day-math.js";
import type { Rule } from "./rule.js";
import { buildCandidate, getMatchSpan, MOD_BEFORE, MOD_PREFIX, readMod } from "./shared.js";

/** Years the rule accepts alone: four digits from 1000 to 2099; others need an era or context. */
const YEAR_PATTERN = "(1\\d{3}|20\\d{2})";

/** A number followed by one of these counts things, it is not a year. */
export const COUNTED =
  /^\s+(?:people|persons|men|women|children|troops|soldiers|km|kilometres|kilometers|miles|metres|meters|feet|ft|m|kg|tons|tonnes|dollars|euros|pounds|votes|seats|units|cases|deaths|homes|jobs|pages|words|calories|mg|ml|hours|minutes|seconds|times|members|students|staff|employees|points|barrels|acres|hectares|square|cubic|per|x)\b/i;

/** Before a number, these make it a quantity or a label. */
export const LABELLED =
  /(?:[$£€¥#]|\b(?:No|no|Nos|page|pp|p|room|route|flight|number|Number|Act|Section|Article|Rule|Resolution)\.?\s*)$/;

/** A quantity word before and a plural noun after: "a survey of 1709 schoolchildren". */
const QUANTITY_LEAD =
  /(?:\b(?:of|about|some|nearly|than|around|approximately|only|just|least|almost|over|under)|\b(?:ca|approx)\.)\s+$/i;

/** A house number: "1214 Anderson Ave", "1355 Inwood Terrace". */
const STREET_AFTER =
  /^\s+(?:[A-Z][a-z]+\s+){1,2}(?:Ave|Avenue|Blvd|Boulevard|St|Street|Rd|Road|Dr|Drive|Ln|Lane|Terrace|Way|Pl|Place|Ct|Court|Hwy|Highway|Pkwy|Parkway)\b/;
export const PLURAL_AFTER = /^\s+[a-z]+(?:s|people|children|men|women)\b/;

/** "In 2013", "since 2011", "mid-2015", "the 2004 Olympics"; not "1,500 troops" or "$2000". */
export const bareYearRule: Rule = {
  name: "bare-year",
  prefix: MOD_BEFORE,
  pattern: new RegExp(`\\b${MOD_PREFIX}${YEAR_PATTERN}\\b(?![-–/.,:]\\d|%)`, "gi"),
  extract(m, context) {
    const [start, end] = getMatchSpan(m);
    const text = context.text;
    const yearStart = end - (m[2] ?? "").length;
    if (LABELLED.test(text.slice(Math.max(0, yearStart - 10), yearStart))) return null;
    if (COUNTED.test(text.slice(end, end + 14))) return null;
    const lead = text.slice(Math.max(0, yearStart - 16), yearStart);
    if (QUANTITY_LEAD.test(lead) && PLURAL_AFTER.test(text.slice(end, end + 24))) return null;
    if (STREET_AFTER.test(text.slice(end, end + 40))) return null;
    // Runs of numbers ("1999 2000 2001", tables, "tel: 461-1776") are data, not dates; a list
    // or a range of years ("in 2009, 2010 and 2011", "1939-1945") is dates.
    const year = Number(m[2]);
    const previous = /(\d+)([\s,;–-]{0,3})$/.exec(
      text.slice(Math.max(0, yearStart - 8), yearStart),
    );
    if (previous && !isNearYear(previous[1], previous[2], year)) return null;
    const next = /^([\s,;–-]{0,3})(\d+)/.exec(text.slice(end, end + 8));
    if (next && !isNearYear(next[2], next[1], year)) return null;
    return buildCandidate(this.name, start, end, context, {
      type: "DATE",
      value: formatYear(year),
      mod: readMod(m[1]),
      explicitYear: year,
    });
  },
};

/** How far apart the years of a list ("2009, 2010") or a range ("1939-1945") may be. */
const LIST_SPREAD = 30;
const RANGE_SPREAD = 100;

/**
 * A neighbouring number, after a comma or a dash, that is a year close to this one, or the
 * short end of a range ("1892 – 94").
 */
function isNearYear(neighbour: string | undefined, gap: string | undefined, year: number): boolean {
  if (!gap || !neighbour) return false;
  const isRange = /^\s*[–-]\s*$/.test(gap);
  if (isRange && neighbour.length === 2) return true;
  const spread = /^,\s*$/.test(gap) ? LIST_SPREAD : isRange ? RANGE_SPREAD : 0;
  return neighbour.length === 4 && Math.abs(Number(neighbour) - year) <= spread;
}
