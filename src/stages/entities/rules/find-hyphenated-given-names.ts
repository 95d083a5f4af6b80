/**
 * Cantonese and Korean personal names written surname first with a hyphenated given name
 * ("Wong Kwok-kin", "Lau Siu-lai", "Kim Jong-un", "Moon Jae-in"): a short capitalised word
 * before a capitalised syllable pair joined by a hyphen with a lower-case second syllable. The
 * tagger often takes the surname alone or calls the pair a place. English compounds written
 * with a capital ("Anti-war", "Co-op") are not given names.
 */
import { NEVER_NAME_SET } from "../lexicon/lookup.js";
import { type Candidate, mayStartWithCapital, type StageDocument } from "../mention.js";

/** A romanised given name: two syllables of one to five letters, the second in lower case. */
export const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}{0,4}-\p{Ll}{1,5}$/u;
/** A romanised surname: one syllable written with a capital ("Ip", "Wong", "Cheung"). */
const SURNAME = /^\p{Lu}\p{Ll}{0,5}$/u;
/** First halves of English compounds that look like a given name ("Anti-war", "Self-made"). */
const COMPOUND_PREFIXES = new Set([
  "Anti",
  "Non",
  "Pre",
  "Post",
  "Co",
  "Self",
  "Well",
  "Ex",
  "Re",
  "Mid",
  "Pro",
  "Semi",
  "Multi",
  "Over",
  "Under",
  "Out",
  "Half",
  "All",
  "Long",
  "Full",
  "Part",
  "Year",
  "Day",
  "Old",
  "Vice",
]);
/** Capitalised function words that are no surnames ("In Chi-wai's district" is not a name). */
const FUNCTION_WORD = /^(?:A|An|The|In|On|At|Of|To|By|For|And|But|Or|As|If|So|Mr|Ms|Mrs|Dr)$/;

/** Whether a word is a hyphenated romanised given name ("Kwok-kin", "Jong-un"). */
export function isHyphenatedGivenName(w: string): boolean {
  const dash = w.indexOf("-");
  return (
    dash > 0 &&
    w.length <= 11 &&
    HYPHENATED_GIVEN_NAME.test(w) &&
    !COMPOUND_PREFIXES.has(w.slice(0, dash))
  );
}

export function findHyphenatedGivenNames(d: StageDocument): Candidate[] {
  const out: Candidate[] = [];
  const { words } = d;
  for (let i = 1; i < words.length; i++) {
    const w = words[i] ?? "";
    if (w.length > 11 || !mayStartWithCapital(w) || w.indexOf("-") < 1) continue;
    if (!isHyphenatedGivenName(w)) continue;
    const surname = words[i - 1] ?? "";
    const sentence = d.sentenceOf[i] ?? -1;
    if (d.sentenceOf[i - 1] !== sentence || !SURNAME.test(surname)) continue;
    if (FUNCTION_WORD.test(surname) || NEVER_NAME_SET.has(surname)) continue;
    out.push({
      kind: "name",
      type: "PERSON",
      start: i - 1,
      end: i + 1,
      nameStart: i - 1,
      sentence,
      rule: "entities/person-pattern",
      roles: [],
      gender: null,
    });
  }
  return out;
}
