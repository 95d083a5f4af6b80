/**
 * Names the tagger missed that a lexicon knows exactly: countries, states, cities, regions and
 * the aliases of well-known organisations ("US", "Isis", "Nato", "United Nations General
 * Assembly"), written with their capitals.
 * Overlaps with tagger names are settled later (tagger names are kept when longer).
 */
import type { EntityType } from "../../../model.js";
import { ALIAS_GROUPS } from "../lexicon/groups.js";
import { CITIES, COUNTRIES, LOCATIONS, US_STATES } from "../lexicon/places.js";
import type { Candidate, StageDocument } from "../mention.js";
import { flagWords, GAZETTEER_NAME } from "../word-flags.js";

interface Entry {
  words: string[];
  type: EntityType;
}

const ENTRIES = new Map<string, Entry[]>();

function addEntries(list: readonly string[], type: EntityType): void {
  for (const phrase of list) {
    const words = phrase.split(" ");
    if (words[0] === "the" || (words.length === 1 && (words[0] ?? "").length < 2)) continue;
    const first = words[0] ?? "";
    const entries = ENTRIES.get(first) ?? [];
    if (!entries.some((e) => e.words.join(" ") === phrase)) entries.push({ words, type });
    ENTRIES.set(first, entries);
  }
}
addEntries(COUNTRIES, "GPE");
addEntries(US_STATES, "GPE");
addEntries(CITIES, "GPE");
addEntries(LOCATIONS, "LOC");
addEntries(
  ALIAS_GROUPS.filter(
    (g) =>
      g[0] === "Islamic State" ||
      g[0] === "Nato" ||
      g[0] === "European Union" ||
      g[0] === "United Nations" ||
      g[0] === "UN Security Council" ||
      g[0] === "UN General Assembly",
  ).flat(),
  "ORG",
);
for (const entries of ENTRIES.values()) entries.sort((a, b) => b.words.length - a.words.length);
flagWords(ENTRIES.keys(), GAZETTEER_NAME);

/** Whether the words of an entry stand at token i, all in the given sentence. */
function matchesAt(d: StageDocument, words: string[], i: number, sentence: number): boolean {
  for (let k = 0; k < words.length; k++) {
    if (d.words[i + k] !== words[k] || d.sentenceOf[i + k] !== sentence) return false;
  }
  return true;
}

/** The first (longest) entry at token i; a plain loop, as a closure here costs an allocation per token. */
function firstMatch(
  d: StageDocument,
  entries: Entry[],
  i: number,
  sentence: number,
): Entry | undefined {
  for (const e of entries) if (matchesAt(d, e.words, i, sentence)) return e;
  return undefined;
}

export function findGazetteerNames(d: StageDocument): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < d.words.length; i++) {
    if (!((d.flags[i] ?? 0) & GAZETTEER_NAME)) continue;
    const entries = ENTRIES.get(d.words[i] ?? "");
    if (!entries) continue;
    const sentence = d.sentenceOf[i] ?? -1;
    const hit = firstMatch(d, entries, i, sentence);
    if (!hit) continue;
    const end = i + hit.words.length;
    out.push({
      kind: "name",
      type: hit.type,
      start: i,
      end,
      nameStart: i,
      sentence,
      rule: "entities/gazetteer",
      roles: [],
      gender: null,
    });
    i = end - 1;
  }
  return out;
}
