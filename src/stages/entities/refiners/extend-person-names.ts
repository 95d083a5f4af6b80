/**
 * Gives a person's name the parts the tagger left outside it: a ruler's epithet ("Peter the
 * Great", "Pliny the Elder": the tagger stops at the lower-case "the") and initials before the
 * name ("O.J. Simpson", "K. Michael Stevens"). Country abbreviations ("U.S.") are no initials.
 */
import { ALIAS_GROUPS } from "../lexicon/groups.js";
import type { Candidate, StageDocument } from "../mention.js";

/** One to three initials with full stops, in one token or one per token ("O.J.", "K."). */
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;
/** "U.S.", "U.K.", "U.N.": abbreviations of names, not initials. */
const ABBREVIATED_NAMES = new Set(ALIAS_GROUPS.flat());
/** Most initial tokens read before a name. */
const MAX_INITIALS = 3;

const EPITHETS = new Set([
  "Great",
  "Elder",
  "Younger",
  "Terrible",
  "Conqueror",
  "Bold",
  "Wise",
  "Pious",
  "Magnificent",
  "Confessor",
  "Lionheart",
  "Fair",
  "Just",
  "Navigator",
]);

function isInitials(d: StageDocument, i: number, sentence: number): boolean {
  const w = d.words[i] ?? "";
  return d.sentenceOf[i] === sentence && INITIALS.test(w) && !ABBREVIATED_NAMES.has(w);
}

export function extendPersonNames(d: StageDocument, candidates: Candidate[]): Candidate[] {
  let ends: Set<number> | undefined;
  for (const c of candidates) {
    if (c.kind !== "name" || c.type !== "PERSON") continue;
    if (
      d.words[c.end] === "the" &&
      EPITHETS.has(d.words[c.end + 1] ?? "") &&
      d.sentenceOf[c.end + 1] === c.sentence
    ) {
      c.end += 2;
    }
    if (c.nameStart !== c.start) continue;
    let start = c.start;
    while (start > 0 && c.start - start < MAX_INITIALS && isInitials(d, start - 1, c.sentence)) {
      start--;
    }
    // Initials that end another name belong to it.
    if (start === c.start) continue;
    ends ??= new Set(candidates.map((o) => o.end));
    if (!ends.has(c.start)) {
      c.start = start;
      c.nameStart = start;
    }
  }
  return candidates;
}
