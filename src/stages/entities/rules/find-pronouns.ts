/** Third-person singular personal pronouns (he, his, she, her ...), resolved later by coreference. */
import { PRONOUN_GENDER } from "../lexicon/lookup.js";
import type { Candidate, StageDocument } from "../mention.js";
import { flagWords, PRONOUN } from "../word-flags.js";

// The forms the rule accepts: lower case ("he") or capitalised ("He").
flagWords(
  [...PRONOUN_GENDER.keys()].flatMap((p) => [p, p.charAt(0).toUpperCase() + p.slice(1)]),
  PRONOUN,
);

export function findPronouns(d: StageDocument): Candidate[] {
  const out: Candidate[] = [];
  d.words.forEach((w, i) => {
    if (!((d.flags[i] ?? 0) & PRONOUN) || w.length < 2 || w.length > 7) return;
    const gender = PRONOUN_GENDER.get(w.toLowerCase());
    if (!gender || (w !== w.toLowerCase() && w !== w[0] + w.slice(1).toLowerCase())) return;
    out.push({
      kind: "pronoun",
      type: "PERSON",
      start: i,
      end: i + 1,
      nameStart: i,
      sentence: d.sentenceOf[i] ?? -1,
      rule: "entities/pronoun",
      roles: [],
      gender,
    });
  });
  return out;
}
