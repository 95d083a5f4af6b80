import * as chrono from "chrono-node";

/** Words that may stand around a date in a header line without making it a sentence. */
const DATE_LINE_FILLER =
  /\b(?:published|posted|updated|last updated|modified|on|at|the|am|pm|a\.m|p\.m|gmt|bst|cet|cest|utc|est|edt|pst|pdt|et|pt|msk|ist|jst|z)\b|[\s,.:|/·•–—()-]+/gi;
/** Chrono needs a reference; header dates without a year are refused, so it never matters. */
const NO_REFERENCE = new Date(2000, 0, 1);

export interface HeaderDate {
  /** ISO date or local date-time as printed: `2015-09-28` or `2015-09-28T17:06`. */
  value: string;
  hasTime: boolean;
}

/** Reads a header line (or lines joined) that holds only a date and/or a time. */
export function parseHeaderDate(line: string): HeaderDate | null {
  // A header date always carries digits (a year at least); chrono is not asked otherwise.
  if (line.length > 120 || !/\d/.test(line)) return null;
  const results = chrono.strict.parse(line, NO_REFERENCE);
  const dated = results.find((r) => r.start.isCertain("year") && r.start.isCertain("day"));
  if (!dated) return null;
  let rest = line;
  for (const result of results) rest = rest.replace(result.text, " ");
  if (rest.replace(DATE_LINE_FILLER, "").trim() !== "") return null;
  const time = results.find((r) => r.start.isCertain("hour"));
  const start = dated.start;
  const date = `${pad(start.get("year"), 4)}-${pad(start.get("month"))}-${pad(start.get("day"))}`;
  if (!time) return { value: date, hasTime: false };
  return {
    value: `${date}T${pad(time.start.get("hour"))}:${pad(time.start.get("minute"))}`,
    hasTime: true,
  };
}

/** True when the line reads as a time of day alone ("09:07 pm"), to join with a date line. */
export function isTimeLine(line: string): boolean {
  if (line.length > 30 || !/\d/.test(line)) return false;
  const results = chrono.strict.parse(line, NO_REFERENCE);
  const timed = results.find((r) => r.start.isCertain("hour") && !r.start.isCertain("day"));
  if (!timed) return false;
  return line.replace(timed.text, " ").replace(DATE_LINE_FILLER, "").trim() === "";
}

function pad(value: number | null, width = 2): string {
  return String(value ?? 0).padStart(width, "0");
}
