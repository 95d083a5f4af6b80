/**
 * Nationalities, religious and political groups (NORP): "Russian", "Kurdish militias",
 * "Islamist". A demonym followed by a group noun takes the noun into the mention.
 */
import { DEMONYM_SET } from "../lexicon/lookup.js";
import type { Candidate, StageDocument } from "../mention.js";
import { DEMONYM, flagWords } from "../word-flags.js";

const GROUP_NOUNS = new Set([
  "militia",
  "militias",
  "rebels",
  "fighters",
  "separatists",
  "militants",
  "insurgents",
  "jihadists",
  "extremists",
  "groups",
  "factions",
  "community",
  "communities",
  "minority",
]);

flagWords(DEMONYM_SET, DEMONYM);

export function findGroups(d: StageDocument): Candidate[] {
  const out: Candidate[] = [];
  d.words.forEach((w, i) => {
    if (!((d.flags[i] ?? 0) & DEMONYM) || !DEMONYM_SET.has(w)) return;
    const end = GROUP_NOUNS.has(d.words[i + 1] ?? "") ? i + 2 : i + 1;
    out.push({
      kind: "group",
      type: "NORP",
      start: i,
      end,
      nameStart: i,
      sentence: d.sentenceOf[i] ?? -1,
      rule: end > i + 1 ? "entities/group-noun" : "entities/demonym",
      roles: [],
      gender: null,
    });
  });
  return out;
}
