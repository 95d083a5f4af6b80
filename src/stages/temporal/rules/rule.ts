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
  shift?: {
    unit: "day" | "week" | "month" | "year";
    amount: number;
    /** "the day before the outbreak of the war": counted from the event named next. */
    event?: boolean;
  };
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
  /**
   * Words a match may take in front of it ("late" August, "less than" 48 hours), read back from
   * the match instead of inside the pattern: an optional lead group would make the regex try
   * every position of the text. The word found becomes group 1 (which the pattern leaves empty).
   */
  prefix?: RegExp;
  /**
   * A plain test every match passes ("century"): a text without it skips the rule's scan, which
   * for most news articles is the whole cost of a rare rule.
   */
  needs?: RegExp;
}

/** How far back a prefix is looked for. */
const PREFIX_REACH = 32;

/** Widens a match over the prefix before it; group 1 gets the prefix's first group. */
function extendBack(m: RegExpExecArray, prefix: RegExp, text: string): void {
  const before = text.slice(Math.max(0, m.index - PREFIX_REACH), m.index);
  const found = prefix.exec(before);
  if (!found) return;
  m.index -= found[0].length;
  m[0] = found[0] + m[0];
  m[1] = found[1] ?? "";
}

/** Runs a rule over the whole text. Zero-length matches advance so no pattern can loop. */
export function runRule(rule: Rule, context: RuleContext): Candidate[] {
  const found: Candidate[] = [];
  if (rule.needs && !rule.needs.test(context.text)) return found;
  const pattern = rule.pattern;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(context.text); m; m = pattern.exec(context.text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    if (rule.prefix) extendBack(m, rule.prefix, context.text);
    const candidate = rule.extract(m, context);
    if (candidate) found.push(candidate);
  }
  return found;
}
