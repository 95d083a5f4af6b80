import type { TimexMod, TimexType } from "../../../model.js";
import { NUMBER_WORDS, UNITS } from "../lexicon/calendar-words.js";
import type { Candidate, RuleContext } from "./rule.js";

/**
 * A year after a month or season: four digits, or three after "of" or "in" and not counting
 * something ("December of 384", "the winter of 373", not "May of 300 people").
 */
export const YEAR_AFTER_MONTH = "\\d{4}|(?<=\\b(?:of|in)\\s+)\\d{3}(?!\\s*[a-z%])";

/** After a day and month, three digits not counting something are a year too ("30 September 420"). */
export const YEAR_AFTER_DAY = "\\d{4}|\\d{3}(?!\\s*[a-z%])";

/** An empty group 1 that a rule's `prefix` fills with the modifier word, if any. */
export const MOD_PREFIX = "()";

/** As MOD_BEFORE, and an article after it: "the summer", "early in the 1990s", "the late 1950s". */
export const MOD_THE_BEFORE =
  /(?:(?:\bthe\s+)?\b(early|late|mid|end|beginning|start|middle)(?:\s+(?:in|of))?[-\s]+)?(?:\bthe\s+)?$/i;

/** "early", "the end of", "mid-", "early in" just before a period (read back by `prefix`). */
export const MOD_BEFORE =
  /(?:\bthe\s+)?\b(early|late|mid|end|beginning|start|middle)(?:\s+(?:in|of))?[-\s]+$/i;

const MODS: Record<string, TimexMod> = {
  early: "START",
  beginning: "START",
  start: "START",
  late: "END",
  end: "END",
  mid: "MID",
  middle: "MID",
};

export function readMod(word: string | undefined): TimexMod | undefined {
  return word ? MODS[word.toLowerCase()] : undefined;
}

/** A count written in digits or words; -1 for vague counts ("several"); null when unreadable. */
export function readCount(word: string | undefined): number | null {
  if (!word) return null;
  const lower = word.toLowerCase().replace(/\s+/g, " ");
  if (/^\d/.test(lower)) {
    const n = Number(lower.replace(/,/g, ""));
    return Number.isFinite(n) ? n : null;
  }
  return NUMBER_WORDS[lower] ?? null;
}

/** "weeks" -> "week", "centuries" -> "century". */
export function readUnit(word: string): string {
  const lower = word.toLowerCase();
  if (lower.startsWith("centur")) return "century";
  return lower.endsWith("s") ? lower.slice(0, -1) : lower;
}

/** TIMEX3 duration: P3W, PT48H, P10Y (a decade), PXY when the count is vague. */
export function formatDuration(count: number, unitWord: string): string | null {
  const unit = UNITS[readUnit(unitWord)];
  if (!unit) return null;
  const prefix = unit.time ? "PT" : "P";
  if (count < 0) return `${prefix}X${unit.letter}`;
  const scale = (unit.years ?? 1) * (readUnit(unitWord) === "fortnight" ? 2 : 1);
  return `${prefix}${count * scale}${unit.letter}`;
}

export interface CandidateFields {
  type: TimexType;
  value: string | null;
  mod?: TimexMod | undefined;
  relative?: boolean;
  shift?: Candidate["shift"];
  yearless?: Candidate["yearless"];
  explicitYear?: number;
}

/** Builds a candidate over a span, recording the anchor when the value is relative. */
export function buildCandidate(
  ruleName: string,
  start: number,
  end: number,
  context: RuleContext,
  fields: CandidateFields,
): Candidate {
  const candidate: Candidate = {
    span: [start, end],
    type: fields.type,
    value: fields.value,
    rule: `temporal/${ruleName}`,
  };
  if (fields.mod) candidate.mod = fields.mod;
  if (fields.relative && fields.value !== null && context.referenceIso)
    candidate.anchor = context.referenceIso;
  if (fields.shift) candidate.shift = fields.shift;
  if (fields.yearless) candidate.yearless = fields.yearless;
  if (fields.explicitYear !== undefined) candidate.explicitYear = fields.explicitYear;
  return candidate;
}

/** A match's span, optionally narrowed to skip a leading group (a preposition kept out). */
export function getMatchSpan(match: RegExpExecArray): [number, number] {
  return [match.index, match.index + match[0].length];
}
