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

/** Drops drafts of adjacent-cue rules whose content overlaps a draft of another rule. */
export function dropOverlappedDrafts(drafts: Draft[]): Draft[] {
  const held = drafts
    .filter((d) => !ADJACENT_RULES.has(d.rule))
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
  return drafts.filter((d) => !ADJACENT_RULES.has(d.rule) || !d.contentSpans.some(isHeld));
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
