import type { Span } from "../../../model.js";
import type { Draft } from "../context.js";

/**
 * Rules that take a quotation or clause right beside their cue word. When that content already
 * lies inside another statement ("Okafor says the board will “act within the law.” Lind's
 * office disputed that."), the cue word beside it is not its attribution.
 */
const ADJACENT_RULES = new Set([
  "quotes/quote-speaker-cue",
  "quotes/quote-cue-speaker",
  "quotes/content-cue-speaker",
]);

/**
 * Drops drafts that repeat or cut into others: a cue beside content another statement holds,
 * and a second cue word finding the same content.
 */
export function dropRedundantDrafts(drafts: Draft[]): Draft[] {
  return dropWrappingAccordingTo(
    dropDuplicateDrafts(dropOverlappedDrafts(dropOverlappedDrafts(drafts, YIELDING_RULES))),
  );
}

/**
 * Rules of weak evidence (a word that is only sometimes a cue, before a quotation): their
 * statement yields to any other statement holding that quotation.
 */
const YIELDING_RULES = new Set(["quotes/weak-cue-quote"]);

/**
 * "The ministry said it would review the findings, according to a statement": the "according
 * to" names where a statement was made, not a second statement whose content is the first one
 * with its speaker and cue. It is dropped when its content holds another draft's source and cue.
 */
function dropWrappingAccordingTo(drafts: Draft[]): Draft[] {
  const inside = (outer: Span, inner: Span) => outer[0] <= inner[0] && inner[1] <= outer[1];
  return drafts.filter(
    (d) =>
      d.rule !== "quotes/according-to" ||
      !drafts.some(
        (other) =>
          other !== d &&
          other.cue !== null &&
          other.source !== null &&
          d.contentSpans.some(
            (piece) => inside(piece, other.source as Span) && inside(piece, other.cue as Span),
          ),
      ),
  );
}

/** Drops drafts of the given rules whose content overlaps a draft of another rule. */
function dropOverlappedDrafts(
  drafts: Draft[],
  rules: ReadonlySet<string> = ADJACENT_RULES,
): Draft[] {
  const held = drafts
    .filter((d) => !rules.has(d.rule))
    .flatMap((d) => d.contentSpans)
    .sort((a, b) => a[0] - b[0]);
  if (held.length === 0) return drafts;
  // Furthest end among the held pieces starting at or before each one: one binary search per
  // piece then tells whether any held piece overlaps it.
  const reach: number[] = [];
  for (const [i, [, end]] of held.entries()) reach.push(Math.max(end, reach[i - 1] ?? 0));
  const isHeld = ([s, e]: Span) => {
    const k = lastStartingBefore(held, e);
    return k >= 0 && (reach[k] as number) > s;
  };
  return drafts.filter((d) => !rules.has(d.rule) || !d.contentSpans.some(isHeld));
}

/** Index of the last span (sorted by start) that starts before `at`, or -1. */
function lastStartingBefore(spans: Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span)[0] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Keeps one draft per content. Two cue words of one verb phrase ("strongly" and "strongly
 * suggested") find the same clause: the longer cue holding the other wins. Otherwise the
 * first cue wins ("released" over "statement" in "released a statement saying").
 */
function dropDuplicateDrafts(drafts: Draft[]): Draft[] {
  const best = new Map<string, Draft>();
  for (const d of drafts) {
    const key = d.contentSpans.map(([a, b]) => `${a}-${b}`).join(",");
    const kept = best.get(key);
    if (!kept || prefers(d, kept)) best.set(key, d);
  }
  if (best.size === drafts.length) return drafts;
  const keep = new Set(best.values());
  return drafts.filter((d) => keep.has(d));
}

/** True when draft `a` should be kept over `b` for the same content. */
function prefers(a: Draft, b: Draft): boolean {
  if (!a.cue || !b.cue) return a.cue !== null && b.cue === null;
  // "“...,” the White House press secretary, Josh Earnest, said": a cue word inside the source
  // the other found beside a quotation ("press") is a word of that name.
  if (ADJACENT_RULES.has(a.rule) && holds(a.source, b.cue)) return true;
  if (ADJACENT_RULES.has(b.rule) && holds(b.source, a.cue)) return false;
  const nested = a.cue[0] < b.cue[1] && b.cue[0] < a.cue[1];
  if (nested) return a.cue[1] - a.cue[0] > b.cue[1] - b.cue[0];
  return a.cue[0] < b.cue[0];
}

/** True when span `outer` holds span `inner`. */
function holds(outer: Span | null, inner: Span): boolean {
  return outer !== null && outer[0] <= inner[0] && inner[1] <= outer[1];
}
