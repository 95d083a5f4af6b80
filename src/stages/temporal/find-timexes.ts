import type { SegmentedText, Timex } from "../../model.js";
import { formatDate, parseIsoDate } from "./calendar/day-math.js";
import { addChronoDates } from "./refiners/add-chrono-dates.js";
import { applyStoryYear } from "./refiners/apply-story-year.js";
import { mergeDateTime } from "./refiners/merge-date-time.js";
import { removeOverlaps } from "./refiners/remove-overlaps.js";
import { resolveShifts } from "./refiners/resolve-shifts.js";
import { RULES } from "./rules/index.js";
import { type Candidate, type RuleContext, runRule } from "./rules/rule.js";
import { findTenseMarkers, pickTense } from "./tense/detect-tense.js";

export interface FindTimexesOptions {
  /** The document date (ISO date or date-time) relative expressions resolve against. */
  referenceDate: string | null;
  /**
   * Which readers to run: the rules, chrono-node, or both (rules first, chrono adds what they
   * missed). Default `rules`: on GUM chrono adds almost nothing the rules miss and costs
   * precision and speed (docs/temporal.md has the figures).
   */
  readers?: "rules" | "chrono" | "both";
}

/** How far to look for a clause edge when the text has no sentences. */
const MAX_CLAUSE_REACH = 400;

/**
 * Finds time expressions and normalises them to TIMEX3 values against the document date.
 * Rules find candidates; refiners settle overlaps, join dates with clock times, resolve
 * narrative shifts ("a year later"), and let chrono add what the rules missed.
 */
export function findTimexes(seg: SegmentedText, options: FindTimexesOptions): Timex[] {
  const context = createRuleContext(seg, options.referenceDate);
  const readers = options.readers ?? "rules";
  let candidates: Candidate[] = [];
  if (readers !== "chrono")
    candidates = removeOverlaps(RULES.flatMap((rule) => runRule(rule, context)));
  candidates = mergeDateTime(candidates, seg.text);
  candidates = applyStoryYear(candidates, seg.text);
  candidates = resolveShifts(candidates);
  if (readers !== "rules") candidates = addChronoDates(candidates, context);
  return candidates.map(toTimex(seg.text));
}

function toTimex(text: string): (candidate: Candidate) => Timex {
  return (candidate) => {
    const timex: Timex = {
      span: candidate.span,
      text: text.slice(candidate.span[0], candidate.span[1]),
      rule: candidate.rule,
      type: candidate.type,
      value: candidate.value,
    };
    if (candidate.anchor && candidate.value !== null) timex.anchor = candidate.anchor;
    if (candidate.mod) timex.mod = candidate.mod;
    return timex;
  };
}

/** The context rules share; tense markers are found once per sentence and cached. */
export function createRuleContext(seg: SegmentedText, referenceDate: string | null): RuleContext {
  const reference = parseIsoDate(referenceDate);
  const cache = new Map<number, ReturnType<typeof findTenseMarkers>>();
  const text = seg.text;
  return {
    text,
    reference,
    referenceIso: reference ? formatDate(reference) : null,
    getTense(start, end) {
      const [from, to] = findClause(seg, start, end);
      let markers = cache.get(from);
      if (!markers) {
        markers = findTenseMarkers(text, from, to);
        cache.set(from, markers);
      }
      return pickTense(markers, start, end, text);
    },
  };
}

/** The sentence around a span: from the segmenter when there is one, else by punctuation. */
function findClause(seg: SegmentedText, start: number, end: number): [number, number] {
  const sentences = seg.sentences;
  if (sentences.length > 0) {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((sentences[mid]?.span[0] ?? 0) <= start) lo = mid;
      else hi = mid - 1;
    }
    const sentence = sentences[lo];
    if (sentence && sentence.span[0] <= start && sentence.span[1] >= end) return sentence.span;
  }
  const text = seg.text;
  let from = start;
  const floor = Math.max(0, start - MAX_CLAUSE_REACH);
  while (from > floor && !isSentenceEdge(text, from - 1)) from--;
  let to = end;
  const ceiling = Math.min(text.length, end + MAX_CLAUSE_REACH);
  while (to < ceiling && !isSentenceEdge(text, to)) to++;
  return [from, to];
}

function isSentenceEdge(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === "\n") return true;
  if (ch !== "." && ch !== "!" && ch !== "?") return false;
  const next = text[i + 1];
  return next === undefined || next === " " || next === "\n";
}
