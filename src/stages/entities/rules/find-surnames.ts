/**
 * Surnames of people named in full elsewhere in the document: once "Vladimir Putin" is known,
 * every capitalised "Putin" is a mention, even where the tagger missed it (a caption that opens
 * with the bare surname, say). The coreference sieve joins it to the full name.
 */
import { type Candidate, mayStartWithCapital, nameWords, type StageDocument } from "../mention.js";

export function findSurnames(d: StageDocument, names: Candidate[]): Candidate[] {
  const surnames = new Set<string>();
  for (const c of names) {
    if (c.type !== "PERSON") continue;
    const words = nameWords(d, c);
    const last = words[words.length - 1] ?? "";
    if (words.length >= 2 && /^\p{Lu}\p{Ll}+$/u.test(last)) surnames.add(last);
  }
  if (surnames.size === 0) return [];
  const out: Candidate[] = [];
  d.words.forEach((w, i) => {
    if (!mayStartWithCapital(w) || !surnames.has(w)) return;
    out.push({
      kind: "name",
      type: "PERSON",
      start: i,
      end: i + 1,
      nameStart: i,
      sentence: d.sentenceOf[i] ?? -1,
      rule: "entities/surname",
      roles: [],
      gender: null,
    });
  });
  return out;
}
