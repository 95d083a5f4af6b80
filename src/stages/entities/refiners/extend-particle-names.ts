/**
 * Gives a surname back its given name across a particle the tagger stopped at: "Piet van
 * Rijn" tagged as "Rijn" becomes "Piet van Rijn"; "Ursula" + "Leyen" around "von der" become one
 * name. Only Dutch and German particles, and only for people: "Rio de Janeiro" is left alone.
 * A person's name never ends on a particle either: "Bashar Al" before "Assad" takes it in.
 */
import type { Candidate, StageDocument } from "../mention.js";

const NAME_PARTICLES = new Set(["van", "von", "der", "den", "ter", "ten", "zu"]);
/** Particles a tagged person's name may stop at, with the surname still to come. */
const TRAILING_PARTICLES = new Set([
  "al",
  "el",
  "bin",
  "ibn",
  "abu",
  "van",
  "von",
  "der",
  "de",
  "da",
  "di",
]);
/** "van der", "von und zu": at most this many particles in a row. */
const MAX_PARTICLES = 3;

export function extendParticleNames(
  d: StageDocument,
  candidates: Candidate[],
  common: Set<string>,
): Candidate[] {
  const byEnd = new Map<number, Candidate>();
  const taken = new Set<number>();
  for (const c of candidates) {
    byEnd.set(c.end, c);
    for (let i = c.start; i < c.end; i++) taken.add(i);
  }
  const absorbed = new Set<Candidate>();
  for (const c of candidates) {
    if (c.kind !== "name" || c.type !== "PERSON" || c.nameStart !== c.start) continue;
    let p = c.start;
    while (p > 0 && c.start - p < MAX_PARTICLES && NAME_PARTICLES.has(d.words[p - 1] ?? "")) p--;
    if (p === c.start || p === 0 || d.sentenceOf[p - 1] !== c.sentence) continue;
    const before = byEnd.get(p);
    if (before?.kind === "name" && before.type === "PERSON") {
      // "Ursula" + "von der" + "Leyen": one name, the first part's titles kept.
      c.start = before.start;
      c.nameStart = before.nameStart;
      c.roles.push(...before.roles);
      c.gender ??= before.gender;
      absorbed.add(before);
      continue;
    }
    // "Today van Rijn said": a common word is no given name.
    const word = d.words[p - 1] ?? "";
    if (taken.has(p - 1) || !/^\p{Lu}\p{Ll}+$/u.test(word) || common.has(word.toLowerCase())) {
      continue;
    }
    c.start = p - 1;
    c.nameStart = p - 1;
  }
  extendTrailingParticles(d, candidates, absorbed);
  return absorbed.size === 0 ? candidates : candidates.filter((c) => !absorbed.has(c));
}

/** "Syrian President Bashar Al" + "Assad": the capitalised word after the particle joins. */
function extendTrailingParticles(
  d: StageDocument,
  candidates: Candidate[],
  absorbed: Set<Candidate>,
): void {
  const byStart = new Map(candidates.map((c) => [c.start, c]));
  for (const c of candidates) {
    if (c.kind !== "name" || c.type !== "PERSON" || absorbed.has(c) || c.end - c.nameStart < 2) {
      continue;
    }
    const last = d.words[c.end - 1] ?? "";
    const next = d.words[c.end] ?? "";
    if (!TRAILING_PARTICLES.has(last.toLowerCase()) || d.sentenceOf[c.end] !== c.sentence) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(next)) continue;
    const after = byStart.get(c.end);
    if (after && after !== c) {
      if (after.kind !== "name" || after.end - after.start > 1) continue;
      absorbed.add(after);
    }
    c.end += 1;
  }
}
