/**
 * Surnames of people named in full elsewhere in the document: once "Vladimir Putin" is known,
 * every capitalised "Putin" is a mention, even where the tagger missed it (a caption that opens
 * with the bare surname, say). The coreference sieve joins it to the full name. A known given
 * name before it joins the mention ("Raymond Chan"); any other capitalised word before it
 * (not a title, not opening the sentence) means the word ends another name ("Fort Lee").
 */
import { FEMALE_NAME_SET, isTitleWord, MALE_NAME_SET } from "../lexicon/lookup.js";
import { type Candidate, mayStartWithCapital, nameWords, type StageDocument } from "../mention.js";
import { opensSentence } from "../refiners/trim-names.js";

/** A capitalised word such as a given name or the first word of another name. */
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

export function findSurnames(d: StageDocument, names: Candidate[]): Candidate[] {
  const surnames = new Set<string>();
  for (const c of names) {
    if (c.type !== "PERSON") continue;
    const words = nameWords(d, c);
    const last = words[words.length - 1] ?? "";
    // "Lord Byron", "Mr Assad": a title before one name word marks it a surname too.
    const titled = c.nameStart > c.start && words.length === 1;
    if ((words.length >= 2 || titled) && /^\p{Lu}\p{Ll}+$/u.test(last)) surnames.add(last);
  }
  if (surnames.size === 0) return [];
  const out: Candidate[] = [];
  d.words.forEach((w, i) => {
    if (!mayStartWithCapital(w) || !surnames.has(w)) return;
    let start = i;
    const before = d.words[i - 1] ?? "";
    if (
      d.sentenceOf[i - 1] === d.sentenceOf[i] &&
      !opensSentence(d, i - 1) &&
      CAPITALISED.test(before)
    ) {
      // "Raymond Chan" once "Gary Chan" is known: the given name belongs to the mention.
      if (MALE_NAME_SET.has(before) || FEMALE_NAME_SET.has(before)) start = i - 1;
      // "Fort Lee", "Burning Man": another name ends here, not the person's surname.
      else if (!isTitleWord(before)) return;
    }
    out.push({
      kind: "name",
      type: "PERSON",
      start,
      end: i + 1,
      nameStart: start,
      sentence: d.sentenceOf[i] ?? -1,
      rule: "entities/surname",
      roles: [],
      gender: null,
    });
  });
  return out;
}
