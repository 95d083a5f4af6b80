/**
 * Person names by pattern, a backstop for the tagger on news text: a title or honorific
 * followed by capitalised words ("President Vladimir Putin", "Mr Assad"), or a known given name
 * followed by capitalised words, initials and name particles ("Bashar al-Assad",
 * "George W Bush"). Stops at words that head organisations, places or buildings.
 */
import { ORG_HEADS } from "../lexicon/groups.js";
import {
  FEMALE_NAME_SET,
  HONORIFIC_SET,
  MALE_NAME_SET,
  NEVER_NAME_SET,
} from "../lexicon/lookup.js";
import { FAC_HEADS, LOC_HEADS } from "../lexicon/places.js";
import type { Candidate, StageDocument } from "../mention.js";
import { flagWords, PERSON_START } from "../word-flags.js";

/** Capitalised titles that introduce a person's name. */
const PERSON_TITLES = new Set([
  "President",
  "Prime",
  "Minister",
  "Chancellor",
  "King",
  "Queen",
  "Prince",
  "Princess",
  "Senator",
  "Governor",
  "Mayor",
  "Secretary",
  "Premier",
  "Ambassador",
  "Judge",
  "Justice",
  "Chairman",
  "Emperor",
  "Sheikh",
  "Vice",
  "Foreign",
  "Defence",
  "Defense",
  "General",
]);
flagWords([...HONORIFIC_SET, ...PERSON_TITLES, ...MALE_NAME_SET, ...FEMALE_NAME_SET], PERSON_START);
const STOP_HEADS = new Set([...ORG_HEADS, ...FAC_HEADS, ...LOC_HEADS]);
const PARTICLES = new Set([
  "al",
  "bin",
  "ibn",
  "de",
  "van",
  "von",
  "der",
  "da",
  "di",
  "le",
  "la",
  "el",
  "abu",
]);
/** Longest pattern name, in words. */
const MAX_WORDS = 6;

function isNameWord(w: string): boolean {
  return (
    (/^\p{Lu}[\p{L}'’.-]*$/u.test(w) && !NEVER_NAME_SET.has(w) && w.toUpperCase() !== w) ||
    /^\p{Lu}\.?$/u.test(w)
  );
}

function isParticle(w: string): boolean {
  return PARTICLES.has(w);
}

export function findPersonPatterns(d: StageDocument): Candidate[] {
  const out: Candidate[] = [];
  const { words } = d;
  for (let i = 0; i < words.length; i++) {
    // A pattern opens with a title, an honorific or a given name.
    if (!((d.flags[i] ?? 0) & PERSON_START)) continue;
    const sentence = d.sentenceOf[i] ?? -1;
    let k = i;
    while (
      k < words.length &&
      (HONORIFIC_SET.has(words[k] ?? "") || PERSON_TITLES.has(words[k] ?? ""))
    )
      k++;
    const titled = k > i;
    const first = words[k] ?? "";
    if (!titled && !MALE_NAME_SET.has(first) && !FEMALE_NAME_SET.has(first)) continue;
    let end = k;
    while (end < words.length && end - i < MAX_WORDS && d.sentenceOf[end] === sentence) {
      const w = words[end] ?? "";
      if (STOP_HEADS.has(w)) {
        end = k;
        break;
      }
      const joined = end > k && /^(?:al|el|bin|abu|ad|as)-\p{Lu}/u.test(w);
      if (isNameWord(w) || joined || (end > k && isParticle(w) && isNameWord(words[end + 1] ?? "")))
        end++;
      else break;
    }
    // A given name alone is not enough; a title needs at least one name word after it.
    if (end === k || (!titled && end - k < 2)) continue;
    while (end > k && /^\p{Lu}\.?$/u.test(words[end - 1] ?? "") && end - k > 1) end--;
    out.push({
      kind: "name",
      type: "PERSON",
      start: i,
      end,
      nameStart: i,
      sentence,
      rule: "entities/person-pattern",
      roles: [],
      gender: null,
    });
    i = end - 1;
  }
  return out;
}
