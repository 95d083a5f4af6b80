/** Lookup sets built once from the lexicons (lower-cased where matching ignores case). */
import { COUNTRY_MODIFIERS, DEMONYMS, ORG_HEADS } from "./groups.js";
import {
  FEMALE_HONORIFICS,
  FEMALE_NAMES,
  HONORIFICS,
  MALE_HONORIFICS,
  MALE_NAMES,
  NEVER_NAMES,
} from "./people.js";
import { PERSON_PRONOUNS } from "./pronouns.js";
import { PORTFOLIOS, ROLE_MODIFIERS, ROLE_NOUNS } from "./roles.js";

export const HONORIFIC_SET = new Set(HONORIFICS);
export const MALE_HONORIFIC_SET = new Set(MALE_HONORIFICS);
export const FEMALE_HONORIFIC_SET = new Set(FEMALE_HONORIFICS);
export const MALE_NAME_SET = new Set(MALE_NAMES);
export const FEMALE_NAME_SET = new Set(FEMALE_NAMES);
export const NEVER_NAME_SET = new Set(NEVER_NAMES);
export const DEMONYM_SET = new Set(Object.keys(DEMONYMS));
export const COUNTRY_MODIFIER_SET = new Set(Object.keys(COUNTRY_MODIFIERS));
export const ROLE_MODIFIER_SET = new Set(ROLE_MODIFIERS);
export const PORTFOLIO_SET = new Set(PORTFOLIOS);
export const ORG_HEAD_SET = new Set(ORG_HEADS);
/** The words that join a head to its complement: "Court of Appeal", "Centre for Policy Studies". */
export const OF_LINKS = new Set(["of", "for"]);
export const PRONOUN_GENDER = new Map(Object.entries(PERSON_PRONOUNS));

/** Role nouns as word lists, longest first, for matching at a position. */
export const ROLE_PHRASES: readonly string[][] = [...new Set(ROLE_NOUNS)]
  .map((r) => r.split(" "))
  .sort((a, b) => b.length - a.length);

/** Words that make a title: one-word roles plus the content words of multi-word ones. */
export const ROLE_WORD_SET = new Set([
  ...ROLE_NOUNS.filter((r) => !r.includes(" ")),
  "prime",
  "foreign",
  "defence",
  "defense",
  "interior",
  "finance",
  "vice",
  "deputy",
  "chief",
  "supreme",
  "parliament",
  "vice-president",
  "secretary-general",
]);

const ROLE_PHRASES_BY_FIRST = new Map<string, string[][]>();
for (const phrase of ROLE_PHRASES) {
  const list = ROLE_PHRASES_BY_FIRST.get(phrase[0] ?? "") ?? [];
  list.push(phrase);
  ROLE_PHRASES_BY_FIRST.set(phrase[0] ?? "", list);
}

/** Length of the role phrase starting at word i (case-insensitive), 0 when none. */
export function matchRoleAt(words: readonly string[], i: number): number {
  const phrases = ROLE_PHRASES_BY_FIRST.get((words[i] ?? "").toLowerCase());
  if (!phrases) return 0;
  for (const phrase of phrases) {
    let ok = true;
    for (let k = 0; k < phrase.length; k++) {
      if ((words[i + k] ?? "").toLowerCase() !== phrase[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return phrase.length;
  }
  return 0;
}

/** Whether a word is a nationality or a country used as a modifier ("Russian", "US"). */
export function isNationalityWord(word: string): boolean {
  return DEMONYM_SET.has(word) || COUNTRY_MODIFIER_SET.has(word);
}

/** Whether a word is a title that may precede a name ("Mr", "President", "Foreign"). */
export function isTitleWord(word: string): boolean {
  return HONORIFIC_SET.has(word) || ROLE_WORD_SET.has(word.toLowerCase());
}
