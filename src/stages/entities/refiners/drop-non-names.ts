/**
 * Drops tagger output that cannot be a name: punctuation at the edges is trimmed; days,
 * months and page furniture ("Follow", "Share") are dropped; a name made only of nationality
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
]);
const EDGE_PUNCT = /^[^\p{L}\p{N}]+$/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

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
    out.push(c);
  }
  return out;
}
