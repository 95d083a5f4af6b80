import type { Candidate } from "../rules/rule.js";

/**
 * Keeps the longest of overlapping candidates; on a tie the one found first (rule order).
 * Sorting then sweeping is O(n log n); the sweep checks only the kept neighbours.
 */
export function removeOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = candidates
    .map((candidate, order) => ({ candidate, order }))
    .sort((a, b) => {
      const lengthA = a.candidate.span[1] - a.candidate.span[0];
      const lengthB = b.candidate.span[1] - b.candidate.span[0];
      return lengthB - lengthA || a.order - b.order;
    });
  const kept: Candidate[] = [];
  const taken = new IntervalSet();
  for (const { candidate } of ranked) {
    if (taken.overlaps(candidate.span[0], candidate.span[1])) continue;
    taken.add(candidate.span[0], candidate.span[1]);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.span[0] - b.span[0]);
}

/** Disjoint intervals kept sorted by start; lookups by binary search. */
class IntervalSet {
  private starts: number[] = [];
  private ends: number[] = [];

  overlaps(start: number, end: number): boolean {
    const i = this.findFirstAfter(start);
    // The interval before may reach into [start, end); the one at i may start before end.
    if (i > 0 && (this.ends[i - 1] ?? 0) > start) return true;
    return i < this.starts.length && (this.starts[i] ?? 0) < end;
  }

  add(start: number, end: number): void {
    const i = this.findFirstAfter(start);
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, end);
  }

  /** Index of the first interval whose start is >= `start`. */
  private findFirstAfter(start: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] ?? 0) < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
