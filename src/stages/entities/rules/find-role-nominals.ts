/**
 * Definite role nominals that refer to a person: "the Russian president", "the Syrian leader",
 * "the Iranian parliament speaker", "the new foreign minister". A role directly followed by a
 * capitalised word is a title before a name ("the Russian foreign minister Sergei Lavrov") and
 * is left to the name's premodifier refiner.
 */
import { isNationalityWord, matchRoleAt, ROLE_MODIFIER_SET } from "../lexicon/lookup.js";
import type { Candidate, StageDocument } from "../mention.js";

/** At most this many words between "the" and the role head ("the new Iranian parliament speaker"). */
const MAX_MODIFIERS = 3;
/** Nouns after a role that make the role a modifier ("the president's" stays; "the leader board" goes). */
const NOUN_AFTER_ROLE = new Set([
  "office",
  "election",
  "elections",
  "campaign",
  "palace",
  "administration",
  "post",
  "role",
  "seat",
  "race",
  "board",
  "position",
  "job",
  "residence",
  "candidate",
  "candidates",
  "level",
  "meeting",
  "meetings",
  "talks",
]);

function isModifier(word: string): boolean {
  return (
    ROLE_MODIFIER_SET.has(word.toLowerCase()) ||
    isNationalityWord(word) ||
    /^\p{Ll}[\p{Ll}-]*$/u.test(word)
  );
}

export function findRoleNominals(d: StageDocument): Candidate[] {
  const out: Candidate[] = [];
  const { words } = d;
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== "the" && words[i] !== "The") continue;
    const sentence = d.sentenceOf[i] ?? -1;
    for (let k = i + 1; k <= i + 1 + MAX_MODIFIERS && k < words.length; k++) {
      if (d.sentenceOf[k] !== sentence) break;
      const len = matchRoleAt(words, k);
      if (len > 0) {
        const end = k + len;
        const next = words[end] ?? "";
        if (/^\p{Lu}/u.test(next) || NOUN_AFTER_ROLE.has(next.toLowerCase())) break;
        // "the president of X": keep the role head only; X is its own mention.
        const role = words
          .slice(i + 1, end)
          .map((w) => (isNationalityWord(w) ? w : w.toLowerCase()))
          .join(" ");
        out.push({
          kind: "role",
          type: "PERSON",
          start: i,
          end,
          nameStart: i + 1,
          sentence,
          rule: "entities/role-nominal",
          roles: [role],
          gender: null,
        });
        i = end - 1;
        break;
      }
      if (!isModifier(words[k] ?? "")) break;
    }
  }
  return out;
}
