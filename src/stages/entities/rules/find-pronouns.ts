/** Third-person singular personal pronouns (he, his, she, her ...), resolved later by coreference. */
import { PRONOUN_GENDER } from "../lexicon/lookup.js";
import type { Candidate, StageDocument } from "../mention.js";

export function findPronouns(d: StageDocument): Candidate[] {
  const out: Candidate[] = [];
  d.words.forEach((w, i) => {
    if (w.length < 2 || w.length > 7) return;
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
