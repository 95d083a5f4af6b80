import type { Span, TimexMod, TimexType } from "../../../model.js";
import type { CalendarDate } from "../calendar/day-math.js";
import type { Tense } from "../tense/detect-tense.js";

/** What every rule sees: the text, the reference date, and the tense around a span. */
export interface RuleContext {
  text: string;
  /** The document date relative expressions resolve against; null when unknown. */
  reference: CalendarDate | null;
  /** The reference date as ISO, recorded as a relative value's anchor. */
  referenceIso: string | null;
  getTense(start: number, end: number): Tense;
}

/** A found expression before refiners reshape the list. */
export interface Candidate {
  span: Span;
  type: TimexType;
  value: string | null;
  mod?: TimexMod;
  anchor?: string;
  /** `temporal/<rule>`. */
  rule: string;
  /** "a year later": resolved against the previous date by a refiner, not the document date. */
  shift?: { unit: "day" | "week" | "month" | "year"; amount: number };
  /** A month (and day) written without a year: the story-year refiner may give it one. */
  yearless?: { month: number; day?: number };
  /** The year was written out ("2013", "February 2015"): it sets the story's year. */
  explicitYear?: number;
}

/** One small rule: a linear regex (global flag) and what to make of a match. */
export interface Rule {
  name: string;
  pattern: RegExp;
  extract(match: RegExpExecArray, context: RuleContext): Candidate | null;
}

/** Runs a rule over the whole text. Zero-length matches advance so no pattern can loop. */
export function runRule(rule: Rule, context: RuleContext): Candidate[] {
  const found: Candidate[] = [];
  const pattern = rule.pattern;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(context.text); m; m = pattern.exec(context.text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const candidate = rule.extract(m, context);
    if (candidate) found.push(candidate);
  }
  return found;
}
