import * as chrono from "chrono-node";
import { formatDate, formatMonth, isValidDate } from "../calendar/day-math.js";
import type { Candidate, RuleContext } from "../rules/rule.js";

/** chrono finds dates in these only; a sentence without any is not worth parsing. */
const TRIGGER =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|noon|midnight|tonight|tomorrow|yesterday|today|week|month|year)/i;

/** A capitalised month or weekday name: bare numbers are scores and ranges more often than times. */
const CALENDAR_WORD =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?(?:\s|$|,)/;

const LEADING_PREPOSITION = /^(?:on|in|at|by|since|from|until|during|for)\s+/i;

/** chrono readings we do not trust: bare numbers, "9/11"-style pairs, lone words it over-reads. */
const DISTRUSTED = /^(?:\d{1,4}|\d{1,2}\/\d{1,2}|now|sat|sun|wed|mar|may|jun|second)$/i;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Turns a chrono result into a TIMEX3 value from what it was sure of (and the date it implied). */
function readChronoValue(
  result: chrono.ParsedResult,
  context: RuleContext,
): Candidate["type"] extends infer T ? { type: T; value: string | null } | null : never {
  const c = result.start;
  const year = c.get("year");
  const month = c.get("month");
  const day = c.get("day");
  if (year === null || month === null || day === null) return null;
  if (!isValidDate(year, month, day)) return { type: "DATE", value: null };
  const dated = context.reference || c.isCertain("year");
  if (c.isCertain("hour")) {
    const date = dated ? formatDate({ year, month, day }) : "XXXX-XX-XX";
    return {
      type: "TIME",
      value: `${date}T${pad(c.get("hour") ?? 0)}:${pad(c.get("minute") ?? 0)}`,
    };
  }
  if (c.isCertain("day") || c.isCertain("weekday")) {
    return { type: "DATE", value: dated ? formatDate({ year, month, day }) : null };
  }
  if (c.isCertain("month")) return { type: "DATE", value: dated ? formatMonth(year, month) : null };
  return null;
}

/**
 * chrono-node as a second reader: it adds what the rules missed, never overrides them. Runs
 * only on stretches between the rules' finds that hold a trigger, to keep the stage fast.
 */
export function addChronoDates(candidates: Candidate[], context: RuleContext): Candidate[] {
  const reference = context.reference
    ? {
        instant: new Date(
          Date.UTC(context.reference.year, context.reference.month - 1, context.reference.day, 12),
        ),
        timezone: 0,
      }
    : { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };
  const text = context.text;
  if (!TRIGGER.test(text)) return candidates;
  const added: Candidate[] = [];
  let results: chrono.ParsedResult[];
  try {
    results = chrono.en.casual.parse(text, reference);
  } catch {
    return candidates;
  }
  const sorted = candidates;
  let k = 0;
  for (const result of results) {
    // TIMEX3 leaves prepositions out of the extent; chrono keeps them ("on Friday").
    const lead = LEADING_PREPOSITION.exec(result.text)?.[0].length ?? 0;
    const start = result.index + lead;
    const end = result.index + result.text.length;
    if (DISTRUSTED.test(result.text.trim())) continue;
    while (k < sorted.length && (sorted[k]?.span[1] ?? 0) <= start) k++;
    const next = sorted[k];
    if (next && next.span[0] < end) continue;
    // Relative readings ("an hour earlier", "in a month") are anchored on the document date by
    // chrono even when the text anchors them elsewhere: keep only calendar-named dates.
    if (!CALENDAR_WORD.test(result.text)) continue;
    const reading = readChronoValue(result, context);
    if (!reading) continue;
    const candidate: Candidate = {
      span: [start, end],
      type: reading.type as Candidate["type"],
      value: reading.value,
      rule: "temporal/chrono",
    };
    if (context.referenceIso && reading.value && !result.start.isCertain("year"))
      candidate.anchor = context.referenceIso;
    added.push(candidate);
  }
  if (added.length === 0) return candidates;
  return [...candidates, ...added].sort((a, b) => a.span[0] - b.span[0]);
}
