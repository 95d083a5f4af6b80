import type { Annotation, SegmentedText, Timex } from "../../../model.js";
import { countDays, isValidDate } from "../calendar/day-math.js";
import { NUMBER_ALT } from "../lexicon/calendar-words.js";
import { LASTING_EVENTS, START_VERBS, WEAK_NAMES } from "../lexicon/date-cue-words.js";
import { readCount } from "../rules/shared.js";
import { findTenseMarkers, pickTense } from "../tense/detect-tense.js";

/**
 * What one cue says about when the text was written. `yearless` cues rest on a date written
 * without a year ("on September 30"): they fix the day of the year, not the year.
 */
export type CueWindow =
  | { kind: "absolute"; start: number; end: number }
  | { kind: "yearless"; month: number; day: number; from: number; to: number };

export interface DateCue {
  window: CueWindow;
  evidence: Annotation[];
  reason: string;
}

/** Average days per unit, for turning an age into an offset. */
const UNIT_DAYS: Record<string, number> = { D: 1, W: 7, M: 30.44, Y: 365.25 };
const UNIT_NAMES: Record<string, string> = { D: "day", W: "week", M: "month", Y: "year" };

/** An age such as "three-week-old" and the noun it describes within two words. */
const AGE_TEXT = /[-\s]old$/i;
const EVENT_AFTER = new RegExp(
  `^\\s+(?:[A-Za-z’'-]+\\s+){0,2}?(?:${LASTING_EVENTS.join("|")})\\b`,
  "i",
);
/** How far apart (characters) an age and the start it counts from may be. */
const MAX_CUE_DISTANCE = 3000;
const DAY_VALUE = /^(\d{4}|XXXX)-(\d{2})-(\d{2})$/;
const FOUR_DIGITS = /\d{4}/;

/**
 * Finds cues to the writing date. Each cue gives a window; the check intersects them. Only
 * cues that depend on when the text was written count: history ("in 2013 Russia brokered")
 * and anniversaries say nothing about it.
 */
export function findDateCues(timexes: Timex[], seg: SegmentedText): DateCue[] {
  const cues: DateCue[] = [];
  for (const age of timexes) {
    if (age.type !== "DURATION" || !AGE_TEXT.test(age.text)) continue;
    const cue = findAgeCue(age, timexes, seg);
    if (cue) cues.push(cue);
  }
  for (const timex of timexes) {
    const cue = findPlannedCue(timex, seg);
    if (cue) cues.push(cue);
  }
  for (let i = 0; i + 1 < timexes.length; i++) {
    const cue = findPairCue(timexes[i] as Timex, timexes[i + 1] as Timex, seg.text);
    if (cue) cues.push(cue);
  }
  return cues;
}

/**
 * A dated event still ahead: "voters will go to the polls on November 8, 2016" was written
 * before that day. Only dates written with their year count (a yearless one is resolved from
 * the stamp); one such cue has one annotation, so it never makes a conflict alone.
 */
function findPlannedCue(timex: Timex, seg: SegmentedText): DateCue | null {
  if (!isCalendarDate(timex) || !FOUR_DIGITS.test(timex.text)) return null;
  const [from, to] = getSentenceSpan(seg, timex.span);
  const markers = findTenseMarkers(seg.text, from, to);
  const tense = pickTense(markers, timex.span[0], timex.span[1], seg.text);
  if (tense !== "future") return null;
  const window = makeWindow(timex, 0, 0);
  if (window?.kind !== "absolute") return null;
  return {
    window: { kind: "absolute", start: Number.NEGATIVE_INFINITY, end: window.end },
    evidence: [toAnnotation(timex)],
    reason: `"${timex.text}" is still ahead in the text`,
  };
}

/** What may stand between a relative expression and the date it restates. */
const PAIR_JOINER = /^\s*(?:,|\(|—|–|-)?\s*(?:on\s+)?$/;
const RELATIVE_DAYS: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1 };
const AGO_TEXT = new RegExp(`^(${NUMBER_ALT})\\s+(day|week|month|year)s?\\s+ago$`, "i");

/**
 * A relative expression restated as a date: "today, September 28", "three weeks ago, on
 * September 7". The writing date is the date moved back by the offset.
 */
function findPairCue(first: Timex, second: Timex, text: string): DateCue | null {
  if (!PAIR_JOINER.test(text.slice(first.span[1], second.span[0]))) return null;
  const [relative, dated] = isCalendarDate(second) ? [first, second] : [second, first];
  if (!isCalendarDate(dated) || isCalendarDate(relative)) return null;
  let from: number;
  let to: number;
  const day = RELATIVE_DAYS[relative.text.toLowerCase()];
  const ago = AGO_TEXT.exec(relative.text);
  if (day !== undefined) {
    from = -day;
    to = -day;
  } else if (ago) {
    const count = readCount(ago[1]);
    const unitDays = UNIT_DAYS[(ago[2] ?? "").charAt(0).toUpperCase()] ?? 1;
    if (count === null || count < 0) return null;
    from = Math.ceil(count * unitDays - unitDays / 2);
    to = Math.floor(count * unitDays + unitDays / 2);
  } else return null;
  const window = makeWindow(dated, from, to);
  if (!window) return null;
  return {
    window,
    evidence: [toAnnotation(first), toAnnotation(second)].sort((a, b) => a.span[0] - b.span[0]),
    reason: `"${relative.text}" is restated as "${dated.text}"`,
  };
}

/** Rules whose dates are written out, so their day does not depend on the document date. */
const CALENDAR_RULES = /^temporal\/(?:month-day|day-month|numeric-date)(?:\+|$)/;

/** A day-precise date the text writes out ("September 30"), not one read off the stamp ("Sunday"). */
function isCalendarDate(timex: Timex): boolean {
  return (
    timex.type === "DATE" && CALENDAR_RULES.test(timex.rule) && DAY_VALUE.test(timex.value ?? "")
  );
}

/** The window a day-precise date plus an offset gives; yearless when no year was written. */
function makeWindow(dated: Timex, from: number, to: number): CueWindow | null {
  const [, y, m, d] = DAY_VALUE.exec(dated.value ?? "") ?? [];
  const month = Number(m);
  const day = Number(d);
  if (FOUR_DIGITS.test(dated.text) && isValidDate(Number(y), month, day)) {
    const start = countDays({ year: Number(y), month, day });
    return { kind: "absolute", start: start + from, end: start + to };
  }
  return isValidDate(2000, month, day) ? { kind: "yearless", month, day, from, to } : null;
}

/**
 * "Russia's three-week-old bombing campaign in Syria" with "launched air strikes in Syria on
 * September 30": the start plus the age, give or take half a unit.
 */
function findAgeCue(age: Timex, timexes: Timex[], seg: SegmentedText): DateCue | null {
  const text = seg.text;
  const duration = /^P(\d+)([DWMY])$/.exec(age.value ?? "");
  if (!duration) return null;
  if (!EVENT_AFTER.test(text.slice(age.span[1], age.span[1] + 60))) return null;
  const count = Number(duration[1]);
  const unit = duration[2] ?? "D";
  const unitDays = UNIT_DAYS[unit] ?? 1;
  const ageTopic = readNames(getSentence(seg, age.span));
  let best: { start: Timex; distance: number } | null = null;
  for (const start of timexes) {
    if (!isCalendarDate(start)) continue;
    const distance = Math.abs(start.span[0] - age.span[0]);
    if (distance > MAX_CUE_DISTANCE || (best && best.distance <= distance)) continue;
    const sentence = getSentence(seg, start.span);
    if (!START_VERBS.test(sentence)) continue;
    if (!sharesName(readNames(sentence), ageTopic)) continue;
    best = { start, distance };
  }
  if (!best) return null;
  const from = Math.ceil(count * unitDays - unitDays / 2);
  const to = Math.floor(count * unitDays + unitDays / 2);
  const window = makeWindow(best.start, from, to);
  if (!window) return null;
  const unitName = UNIT_NAMES[unit] ?? "day";
  return {
    window,
    evidence: [toAnnotation(best.start), toAnnotation(age)],
    reason: `"${age.text}" counts ${count} ${unitName}${count === 1 ? "" : "s"} from "${best.start.text}", when it began`,
  };
}

function toAnnotation(timex: Timex): Annotation {
  return { span: timex.span, text: timex.text, rule: timex.rule };
}

/** The sentence holding a span (segmenter's when present, else by punctuation). */
function getSentence(seg: SegmentedText, span: [number, number]): string {
  const [from, to] = getSentenceSpan(seg, span);
  return seg.text.slice(from, to);
}

function getSentenceSpan(seg: SegmentedText, span: [number, number]): [number, number] {
  const sentence = seg.sentences.find((s) => s.span[0] <= span[0] && span[1] <= s.span[1]);
  if (sentence) return sentence.span;
  const text = seg.text;
  const from = Math.max(text.lastIndexOf(". ", span[0]) + 1, text.lastIndexOf("\n", span[0]) + 1);
  let to = text.indexOf(". ", span[1]);
  const newline = text.indexOf("\n", span[1]);
  if (to < 0 || (newline >= 0 && newline < to)) to = newline;
  return [from, to < 0 ? text.length : to];
}

/** Capitalised words that are not sentence furniture: a rough topic of the sentence. */
function readNames(sentence: string): Set<string> {
  const names = new Set<string>();
  for (const m of sentence.matchAll(/\b[A-Z][a-z]{2,}\b/g))
    if (!WEAK_NAMES.has(m[0])) names.add(m[0]);
  return names;
}

function sharesName(a: Set<string>, b: Set<string>): boolean {
  for (const name of a) if (b.has(name)) return true;
  return false;
}
