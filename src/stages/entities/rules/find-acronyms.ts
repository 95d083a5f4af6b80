/**
 * Acronyms of names found earlier in the document: "WHO" after "World Health Organization",
 * "NDB" after "New Development Bank". The tagger often misses a bare acronym; the coreference
 * sieve then joins it to its long form.
 */
import { type Candidate, mayStartWithCapital, nameWords, type StageDocument } from "../mention.js";

const SKIP = new Set(["of", "the", "and", "for", "on", "in", "&"]);
const ACRONYM = /^\p{Lu}{2,6}$/u;

function acronymOf(words: string[]): string {
  return words
    .filter((w) => !SKIP.has(w.toLowerCase()))
    .map((w) => w[0] ?? "")
    .join("")
    .toUpperCase();
}

export function findAcronyms(d: StageDocument, names: Candidate[]): Candidate[] {
  const sources = new Map<string, Candidate>();
  for (const c of names) {
    const words = nameWords(d, c);
    if (c.type === "PERSON" || words.length < 2) continue;
    const acronym = acronymOf(words);
    if (acronym.length >= 2 && !sources.has(acronym)) sources.set(acronym, c);
  }
  if (sources.size === 0) return [];
  const out: Candidate[] = [];
  d.words.forEach((w, i) => {
    const source = mayStartWithCapital(w) && ACRONYM.test(w) ? sources.get(w) : undefined;
    if (!source || source.start > i) return;
    out.push({
      kind: "name",
      type: source.type,
      start: i,
      end: i + 1,
      nameStart: i,
      sentence: d.sentenceOf[i] ?? -1,
      rule: "entities/acronym",
      roles: [],
      gender: null,
    });
  });
  return out;
}
