/**
 * Roles in apposition after a person's name: "John Kerry, US secretary of state, ..." and
 * "Ali Larijani, the Iranian parliament speaker", or before it, set off by commas: "the mayor,
 * Ines Okafor, said". A role nominal in that position is tied to the name (same entity); a bare
 * role phrase becomes a role attribute of the name.
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

/**
 * The role phrase in apposition from token `from` ("the Iranian parliament speaker", "US
 * secretary of state") up to a comma, a full stop or the end of the sentence, or null.
 */
export function readRolePhrase(d: StageDocument, from: number, sentence: number): string | null {
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
  const byEnd = new Map<number, Candidate>();
  for (const c of candidates) {
    if (c.kind !== "role") continue;
    byStart.set(c.start, c);
    byEnd.set(c.end, c);
  }
  const ties: Apposition[] = [];
  for (const c of candidates) {
    if (c.kind !== "name" || c.type !== "PERSON") continue;
    const before = roleBefore(d, c, byEnd);
    if (before) {
      ties.push({ name: c, role: before });
      c.roles.push(...before.roles);
    }
    if (d.words[c.end] !== ",") continue;
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

/** "the mayor, Ines Okafor, said": a role nominal, a comma, the name, then a comma or the end. */
function roleBefore(
  d: StageDocument,
  name: Candidate,
  rolesByEnd: Map<number, Candidate>,
): Candidate | null {
  if (d.words[name.start - 1] !== ",") return null;
  const role = rolesByEnd.get(name.start - 1);
  if (!role || role.sentence !== name.sentence) return null;
  const after = d.words[name.end];
  const closes = after === "," || d.sentenceOf[name.end] !== name.sentence;
  return closes ? role : null;
}
