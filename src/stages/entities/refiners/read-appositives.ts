/**
 * Roles in apposition after a person's name: "John Kerry, US secretary of state, ..." and
 * "Ali Larijani, the Iranian parliament speaker". A role nominal in that position is tied to
 * the name (same entity); a bare role phrase becomes a role attribute of the name.
 */
import { isNationalityWord, matchRoleAt } from "../lexicon/lookup.js";
import type { Candidate, StageDocument } from "../mention.js";

/** Longest apposition read, in words. */
const MAX_APPOSITION = 8;
const CLOSERS = new Set([",", ".", ";", ")", ":", "—", "–", "-"]);

export interface Apposition {
  name: Candidate;
  role: Candidate;
}

function readRolePhrase(d: StageDocument, from: number, sentence: number): string | null {
  let i = from;
  if (/^(?:the|a|an)$/i.test(d.words[i] ?? "")) i++;
  let sawRole = false;
  let end = i;
  for (; end < from + MAX_APPOSITION && end < d.words.length; end++) {
    const w = d.words[end] ?? "";
    if (d.sentenceOf[end] !== sentence || CLOSERS.has(w)) break;
    if (matchRoleAt(d.words, end) > 0) sawRole = true;
    if (!/^\p{Ll}/u.test(w) && !isNationalityWord(w) && !/^\p{Lu}/u.test(w)) return null;
  }
  if (!sawRole || end === i) return null;
  const stop = d.words[end];
  if (stop !== undefined && !CLOSERS.has(stop) && d.sentenceOf[end] === sentence) return null;
  return d.words
    .slice(i, end)
    .map((w) => (isNationalityWord(w) ? w : w.toLowerCase()))
    .join(" ");
}

/** Adds apposition roles to names; returns the role nominals tied to a name. */
export function readAppositives(d: StageDocument, candidates: Candidate[]): Apposition[] {
  const byStart = new Map<number, Candidate>();
  for (const c of candidates) if (c.kind === "role") byStart.set(c.start, c);
  const ties: Apposition[] = [];
  for (const c of candidates) {
    if (c.kind !== "name" || c.type !== "PERSON" || d.words[c.end] !== ",") continue;
    const role = byStart.get(c.end + 1);
    if (role) {
      ties.push({ name: c, role });
      c.roles.push(...role.roles);
      continue;
    }
    const phrase = readRolePhrase(d, c.end + 1, c.sentence);
    if (phrase) c.roles.push(phrase);
  }
  return ties;
}
