/**
 * Keeps one mention where several overlap: names first, then role nominals, then groups, then
 * pronouns; within a kind, the longer one. Output in text order.
 */
import type { Candidate, MentionKind } from "../mention.js";

const PRIORITY: Record<MentionKind, number> = { name: 0, role: 1, group: 2, pronoun: 3 };

export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      PRIORITY[a.kind] - PRIORITY[b.kind] ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const taken: Candidate[] = [];
  let tokens = 0;
  for (const c of candidates) tokens = Math.max(tokens, c.end);
  const used = new Uint8Array(tokens);
  for (const c of ranked) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (used[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    used.fill(1, c.start, c.end);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}
