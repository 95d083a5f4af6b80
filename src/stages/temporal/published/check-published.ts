import type { Annotation, Published, SegmentedText, Timex } from "../../../model.js";
import {
  type CalendarDate,
  countDays,
  dateFromDays,
  formatDate,
  isValidDate,
  parseIsoDate,
} from "../calendar/day-math.js";
import { type CueWindow, type DateCue, findDateCues } from "./find-date-cues.js";

/** A conflict needs this many separate annotations behind it: one cue alone is too weak. */
const MIN_EVIDENCE = 2;
/** Yearless windows are laid on this common year when no cue gives a year (not a leap year). */
const NOMINAL_YEAR = 2001;

/**
 * Checks the document date against what the text says. Each cue gives a window for the
 * writing date; the windows are intersected. A stamp outside the intersection, with at least
 * two annotations of evidence, is a conflict; with no stamp, the intersection is the implied date.
 * Cues that disagree with each other give nothing: the check stays silent rather than guess.
 */
export function checkPublished(
  published: Published,
  timexes: Timex[],
  seg: SegmentedText,
): Published {
  const cues = findDateCues(timexes, seg);
  if (cues.length === 0) return published;
  const implied = intersectCues(cues);
  if (!implied) return published;
  const stamp = parseIsoDate(published.value);
  if (!stamp) {
    // Cleanup's implied date (a yearless dateline) was read, not inferred: it stands.
    if (published.implied) return published;
    const evidence = collectEvidence(cues);
    if (evidence.length < MIN_EVIDENCE) return published;
    return { ...published, implied: { value: implied, evidence, reason: describe(cues) } };
  }
  const excluding = cues.filter((cue) => !isInside(cue.window, stamp));
  const evidence = collectEvidence(excluding);
  if (excluding.length === 0 || evidence.length < MIN_EVIDENCE) return published;
  const reason = `${describe(excluding)}: written about ${implied}, not ${formatDate(stamp)}`;
  return { ...published, conflict: { implied, evidence, reason } };
}

/** True when the date falls in the window (for a yearless window: in some year near it). */
export function isInside(window: CueWindow, date: CalendarDate): boolean {
  const day = countDays(date);
  if (window.kind === "absolute") return window.start <= day && day <= window.end;
  for (const year of [date.year - 1, date.year]) {
    if (!isValidDate(year, window.month, window.day)) continue;
    const start = countDays({ year, month: window.month, day: window.day });
    if (start + window.from <= day && day <= start + window.to) return true;
  }
  return false;
}

interface Range {
  start: number;
  end: number;
}

/**
 * The days every cue allows, as `2015-10-18/2015-10-24`, or `XXXX-10-18/XXXX-10-24` when no cue
 * gives a year; null when the cues do not overlap.
 */
export function intersectCues(cues: DateCue[]): string | null {
  const absolute = cues.filter((c) => c.window.kind === "absolute");
  const yearKnown = absolute.length > 0;
  let range: Range | null = null;
  for (const cue of absolute) range = intersect(range, toRange(cue.window, 0));
  for (const cue of cues) {
    if (cue.window.kind !== "yearless") continue;
    if (!range) {
      range = toRange(cue.window, NOMINAL_YEAR);
      continue;
    }
    const base = dateFromDays(Number.isFinite(range.start) ? range.start : range.end).year;
    const options = [base - 1, base, base + 1].map((year) => toRange(cue.window, year));
    const fitting = options
      .map((option) => intersect(range, option))
      .find((r): r is Range => r !== null);
    if (!fitting) return null;
    range = fitting;
  }
  if (!range) return null;
  // An open start ("before 6 May 2021") is written as ISO 8601-2 does: `../2021-05-06`.
  const start = Number.isFinite(range.start) ? formatDate(dateFromDays(range.start)) : "..";
  const end = formatDate(dateFromDays(range.end));
  const value = start === end ? start : `${start}/${end}`;
  return yearKnown ? value : value.replace(/(^|\/)\d{4}/g, "$1XXXX");
}

function toRange(window: CueWindow, year: number): Range {
  if (window.kind === "absolute") return { start: window.start, end: window.end };
  const day = isValidDate(year, window.month, window.day) ? window.day : 28;
  const start = countDays({ year, month: window.month, day });
  return { start: start + window.from, end: start + window.to };
}

function intersect(a: Range | null, b: Range): Range | null {
  if (!a) return b;
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start <= end ? { start, end } : null;
}

function collectEvidence(cues: DateCue[]): Annotation[] {
  const seen = new Map<string, Annotation>();
  for (const cue of cues) for (const a of cue.evidence) seen.set(`${a.span[0]}:${a.span[1]}`, a);
  return [...seen.values()].sort((a, b) => a.span[0] - b.span[0]);
}

function describe(cues: DateCue[]): string {
  return cues.map((cue) => cue.reason).join("; ");
}
