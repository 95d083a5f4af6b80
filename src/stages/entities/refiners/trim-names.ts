/**
 * Trims what the tagger ran past: a person's name stops at a lower-case word that is not a name
 * particle ("Bashar al-Assad in Moscow" -> "Bashar al-Assad"); any name stops at a preposition
 * that never sits inside names; a common word written with a capital only because it opens the
 * sentence ("The", "It", "Everything") is not a name or the start of one; a name never ends on a
 * capitalised preposition or article ("Regina Ip In the ...") nor opens with a greeting ("Hey
 * Frank").
 */
import { isNationalityWord } from "../lexicon/lookup.js";
import { FEMALE_NAMES, MALE_NAMES } from "../lexicon/people.js";
import { CITIES, COUNTRIES, US_STATES } from "../lexicon/places.js";
import type { Candidate, StageDocument } from "../mention.js";

const PARTICLES = new Set([
  "al",
  "el",
  "bin",
  "ibn",
  "de",
  "del",
  "della",
  "van",
  "von",
  "der",
  "den",
  "da",
  "di",
  "du",
  "la",
  "le",
  "dos",
  "das",
  "y",
  "ben",
  "abu",
]);
/** Lower-case words that sit inside names of places, organisations and works. */
const CONNECTORS = new Set([
  "of",
  "the",
  "and",
  "for",
  "on",
  "upon",
  "&",
  "des",
  "für",
  "und",
  "del",
]);
const NEVER_INSIDE = new Set([
  "in",
  "at",
  "with",
  "from",
  "by",
  "after",
  "before",
  "during",
  "as",
  "when",
  "who",
  "which",
  "that",
  "said",
  "says",
]);
/** Punctuation that never stands inside a name (brackets, commas, quotes, colons). */
const BREAKS_NAME = /^[()[\]{},;:!?"“”«»|/]+$/u;
/** A last word that cannot end a name: lower case (but not "al-Assad"), or punctuation. */
const TRAILING_NON_NAME = /^(?:\p{Ll}(?!\p{Ll}*-\p{Lu})|[^\p{L}\p{N})\]])/u;
/**
 * A capitalised preposition or article before a determiner, a capitalised word or a number is
 * not the end of a name but the start of a phrase: a caption run into the next sentence
 * ("Regina Ip In the Hong Kong Island constituency"). "James To of the Democratic Party" keeps
 * its surname.
 */
const TRAILING_FUNCTION_WORD = /^(?:In|On|At|Of|The|A|An|And|For|To|From|By|With)$/;
const PHRASE_START = /^(?:(?:the|a|an|this|that|these|those|his|her|its|their|our)$|\p{Lu}|\p{N})/u;
/** Greetings before a name in speech, never part of it ("Hey Frank", "Hi John"). */
const GREETING = /^(?:Hey|Hi|Hello|Dear|Thanks|Oh)$/;
/** Words that open a sentence and are never the first word of a name. */
const LEADING_FUNCTION_WORD = /^(?:The|A|An|This|That|It|Its|But|And|So|Yet|When|While|As|If)$/;
/** Names that are also common words ("Turkey", "Jordan", "Georgia"): a lexicon entry wins. */
const KNOWN_NAMES = new Set<string>([
  ...COUNTRIES,
  ...US_STATES,
  ...CITIES,
  ...MALE_NAMES,
  ...FEMALE_NAMES,
]);
const SENTENCE_OPENERS = new Set(['"', "“", "‘", "'", "(", ":", "—", "–", "-"]);

/** Whether token i opens its sentence (possibly after an opening quote or bracket). */
export function opensSentence(d: StageDocument, i: number): boolean {
  const s = d.sentenceOf[i] ?? -1;
  let k = i - 1;
  while (k >= 0 && d.sentenceOf[k] === s && SENTENCE_OPENERS.has(d.words[k] ?? "")) k--;
  return k < 0 || d.sentenceOf[k] !== s;
}

export function trimNames(
  d: StageDocument,
  candidates: Candidate[],
  common: ReadonlySet<string>,
): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.kind !== "name") {
      out.push(c);
      continue;
    }
    for (let i = c.start + 1; i < c.end; i++) {
      const w = d.words[i] ?? "";
      const lower = w.toLowerCase().replace(/-.*$/, "");
      const inner = PARTICLES.has(lower) || (c.type !== "PERSON" && CONNECTORS.has(lower));
      if (NEVER_INSIDE.has(w) || BREAKS_NAME.test(w) || (/^\p{Ll}/u.test(w) && !inner)) {
        c.end = i;
        break;
      }
    }
    // A name ends on a capitalised word, a number or a bracket, never on "of" or "the".
    while (c.end - 1 > c.start) {
      const last = d.words[c.end - 1] ?? "";
      const opensPhrase =
        TRAILING_FUNCTION_WORD.test(last) && PHRASE_START.test(d.words[c.end] ?? "");
      // "Mr. Collins I know": the pronoun opens the next clause ("Norton I," keeps its numeral).
      const pronoun = last === "I" && /^\p{Ll}/u.test(d.words[c.end] ?? "");
      if (!TRAILING_NON_NAME.test(last) && !opensPhrase && !pronoun) break;
      c.end--;
    }
    if (c.end - c.start > 1 && GREETING.test(d.words[c.start] ?? "")) c.start++;
    if (opensSentence(d, c.start)) {
      while (c.start < c.end - 1 && LEADING_FUNCTION_WORD.test(d.words[c.start] ?? "")) c.start++;
      const only = d.words[c.start] ?? "";
      if (c.end - c.start === 1 && common.has(only.toLowerCase()) && !KNOWN_NAMES.has(only))
        continue;
    }
    c.nameStart = c.start;
    if (d.words.slice(c.start, c.end).every(isNationalityWord)) continue;
    out.push(c);
  }
  return out;
}
