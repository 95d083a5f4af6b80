/**
 * Drops tagger output that cannot be a name: punctuation at the edges is trimmed; days,
 * months and page furniture ("Follow", "Share") are dropped, and so are plural acronyms ("CDs",
 * "NGOs": common nouns); a name made only of nationality
 * words is left to the group rule.
 */
import { isNationalityWord, NEVER_NAME_SET } from "../lexicon/lookup.js";
import type { Candidate, StageDocument } from "../mention.js";

/** Capitalised words that are never a name alone: pronouns, interjections, discourse words. */
const NOT_NAMES = new Set([
  "I",
  "We",
  "You",
  "They",
  "He",
  "She",
  "It",
  "Me",
  "Us",
  "Them",
  "Ah",
  "Oh",
  "Hey",
  "Yep",
  "Yeah",
  "Yes",
  "No",
  "Okay",
  "OK",
  "Ok",
  "Well",
  "Hi",
  "Hello",
  "Um",
  "Uh",
  "Mm",
  "Wow",
  "Moreover",
  "However",
  "Furthermore",
  "Crucially",
  "Indeed",
  "Thus",
  "Therefore",
  "Also",
  // Era and clock abbreviations: "300 BC", "AD 79", "9 AM".
  "BC",
  "BCE",
  "AD",
  "CE",
  "AM",
  "PM",
]);
const EDGE_PUNCT = /^[^\p{L}\p{N}]+$/u;
/**
 * UTF-8 read as Latin-1 or Windows-1252 ("Ã©", "â€™", "Ã"): a lead byte shown as "Ã", "Â" or
 * "â" followed by a continuation character, or left alone. Such a word is never a name.
 */
const MOJIBAKE = /[ÃÂ][\u0080-\u00BF]|â€|^[ÃÂâ]$/u;

/** Whether a word holds "Ã", "Â" or "â" (checked before the mojibake pattern). */
function hasMojibakeLead(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c === 0xc3 || c === 0xc2 || c === 0xe2) return true;
  }
  return false;
}

/** A one-word name that is a single character other than an ASCII capital or digit. */
function isLoneMark(words: string[]): boolean {
  return words.length === 1 && (words[0] ?? "").length === 1 && !/^[A-Z0-9]$/.test(words[0] ?? "");
}
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A plural acronym is a common noun: "CDs", "NGOs", "MPs" (not "CD Projekt", not "NGO"). */
const PLURAL_ACRONYM = /^\p{Lu}{2,5}s$/u;

export function dropNonNames(d: StageDocument, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.kind !== "name") {
      out.push(c);
      continue;
    }
    while (c.end > c.start && EDGE_PUNCT.test(d.words[c.end - 1] ?? "")) c.end--;
    while (c.start < c.end && EDGE_PUNCT.test(d.words[c.start] ?? "")) c.start++;
    c.nameStart = c.start;
    const words = d.words.slice(c.start, c.end);
    if (words.length === 0 || !words.some((w) => HAS_LETTER_OR_DIGIT.test(w))) continue;
    if (words.every((w) => NEVER_NAME_SET.has(w) || EDGE_PUNCT.test(w))) continue;
    if (words.every((w) => isNationalityWord(w))) continue;
    if (words.every((w) => !/\p{L}/u.test(w))) continue;
    if (words.length === 1 && NOT_NAMES.has(words[0] ?? "")) continue;
    if (words.length === 1 && PLURAL_ACRONYM.test(words[0] ?? "")) continue;
    if (isLoneMark(words) || words.some((w) => hasMojibakeLead(w) && MOJIBAKE.test(w))) continue;
    out.push(c);
  }
  return out;
}
