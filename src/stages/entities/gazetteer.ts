/**
 * Multi-word gazetteer lookup over a sentence's words: marks each word with the lexicon
 * categories of the longest phrase covering it (B/I position + category code).
 */

import { DEMONYMS, EVENT_HEADS, LAW_HEADS, ORG_HEADS } from "./lexicon/groups.js";
import { FEMALE_NAMES, HONORIFICS, MALE_NAMES, NEVER_NAMES } from "./lexicon/people.js";
import { CITIES, COUNTRIES, FAC_HEADS, LOC_HEADS, LOCATIONS, US_STATES } from "./lexicon/places.js";
import { ROLE_NOUNS } from "./lexicon/roles.js";
import { flagWords, GAZETTEER_PHRASE } from "./word-flags.js";

/** Category codes, short because they become tagger feature strings. */
export type GazCode = "cty" | "st" | "city" | "loc" | "dem";

interface PhraseEntry {
  words: string[];
  code: GazCode;
}

const PHRASES = new Map<string, PhraseEntry[]>();

function addPhrases(list: readonly string[], code: GazCode): void {
  for (const phrase of list) {
    const words = phrase.split(" ");
    const first = words[0] ?? "";
    const entries = PHRASES.get(first) ?? [];
    entries.push({ words, code });
    PHRASES.set(first, entries);
  }
}

addPhrases(COUNTRIES, "cty");
addPhrases(US_STATES, "st");
addPhrases(CITIES, "city");
addPhrases(LOCATIONS, "loc");
addPhrases(Object.keys(DEMONYMS), "dem");
for (const entries of PHRASES.values()) entries.sort((a, b) => b.words.length - a.words.length);
flagWords(PHRASES.keys(), GAZETTEER_PHRASE);

/** Single-word classes, looked up by exact form. */
export const WORD_CLASSES = new Map<string, string>();
function addWords(list: readonly string[], cls: string): void {
  for (const w of list) if (!WORD_CLASSES.has(w)) WORD_CLASSES.set(w, cls);
}
addWords(HONORIFICS, "hon");
addWords(MALE_NAMES, "fn");
addWords(FEMALE_NAMES, "fn");
addWords(NEVER_NAMES, "never");
addWords(ORG_HEADS, "orgh");
addWords(FAC_HEADS, "fach");
addWords(LOC_HEADS, "loch");
addWords(LAW_HEADS, "lawh");
addWords(EVENT_HEADS, "evh");

/** Lower-case single-word role nouns ("president", "minister"). */
export const ROLE_WORDS = new Set(ROLE_NOUNS.filter((r) => !r.includes(" ")));

/**
 * For each word: e.g. `B-cty`, `I-city`, or "" when no phrase covers it. With the words' lexicon
 * bits (word-flags.ts), only words that can start a phrase are looked up.
 */
export function markGazetteer(words: readonly string[], flags?: Uint8Array): string[] {
  const marks = new Array<string>(words.length).fill("");
  let i = 0;
  while (i < words.length) {
    const entries =
      flags && !((flags[i] ?? 0) & GAZETTEER_PHRASE) ? undefined : PHRASES.get(words[i] ?? "");
    let matched = 0;
    if (entries) {
      for (const e of entries) {
        if (e.words.every((w, k) => words[i + k] === w)) {
          matched = e.words.length;
          for (let k = 0; k < matched; k++) marks[i + k] = `${k === 0 ? "B" : "I"}-${e.code}`;
          break;
        }
      }
    }
    i += Math.max(1, matched);
  }
  return marks;
}
