/**
 * Authors in a citation with two or more names: "(Li, Polat, Scalzo, & Bavelier, 2010)",
 * "Heidenreich & Turano 2011", "such as Vandergrift and Cross 2017". Each surname is a person;
 * the tagger misses many of them (a foreign surname between commas). A single author with a
 * year stands for the cited work and is left to the tagger and typeNames ("(Porte, 2012)").
 * A list naming a known place is no author list ("Russia and Ukraine 2014").
 */
import { NEVER_NAME_SET } from "../lexicon/lookup.js";
import { CITIES, COUNTRIES, US_STATES } from "../lexicon/places.js";
import type { Candidate, StageDocument } from "../mention.js";

/** A publication year ("2010", "2008a"). */
const YEAR = /^(?:1[5-9]|20)\d\d[a-z]?$/;
/** A surname: capitalised, possibly hyphenated or with an apostrophe ("Botero-Moriaty", "O'Neil"). */
const SURNAME = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u;
const JOINERS = new Set(["&", "and"]);
/** Longest author list read back from the year, in tokens. */
const MAX_LIST = 16;
const PLACES = new Set<string>([...COUNTRIES, ...US_STATES, ...CITIES]);
/** Capitalised words in titles that are no surnames ("Imagine Me and You (2006)"). */
const NOT_SURNAMES = new Set(["Me", "You", "Him", "Her", "Us", "Them", "It", "My", "Your"]);

function person(d: StageDocument, start: number, end: number): Candidate {
  return {
    kind: "name",
    type: "PERSON",
    start,
    end,
    nameStart: start,
    sentence: d.sentenceOf[start] ?? -1,
    rule: "entities/citation",
    roles: [],
    gender: null,
    typeCue: true,
  };
}

/** The author names ending just before token `end`, or [] when the tokens are no author list. */
function readAuthors(d: StageDocument, end: number): [number, number][] {
  const names: [number, number][] = [];
  let joined = false;
  let k = end - 1;
  if (d.words[k] === ",") k--;
  const sentence = d.sentenceOf[end];
  while (k >= 0 && end - k <= MAX_LIST && d.sentenceOf[k] === sentence) {
    const w = d.words[k] ?? "";
    if (SURNAME.test(w)) {
      let s = k;
      while (s > 0 && SURNAME.test(d.words[s - 1] ?? "")) s--;
      if (PLACES.has(d.words.slice(s, k + 1).join(" ")) || PLACES.has(w)) return [];
      if (NOT_SURNAMES.has(w) || NEVER_NAME_SET.has(w)) return [];
      names.push([s, k + 1]);
      k = s - 1;
      continue;
    }
    if (w === ",") {
      k--;
      continue;
    }
    if (JOINERS.has(w)) {
      joined = true;
      k--;
      continue;
    }
    break;
  }
  const opener = d.words[k] ?? "";
  // A list in brackets needs its opening bracket or a ";" before it; a bare list needs "and"/"&".
  const bracketed = opener === "(" || opener === ";";
  if (names.length < 2 || !(joined || bracketed)) return [];
  if (!bracketed && d.words[end - 1] === ",") return [];
  return names;
}

export function findCitedAuthors(d: StageDocument): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 2; i < d.words.length; i++) {
    const w = d.words[i] ?? "";
    const c = w.charCodeAt(0);
    if (c !== 49 && c !== 50) continue; // years start with 1 or 2
    if (!YEAR.test(w)) continue;
    // "Chong and Checa (2010)": the list ends before the bracket.
    const end = d.words[i - 1] === "(" ? i - 1 : i;
    for (const [s, e] of readAuthors(d, end)) out.push(person(d, s, e));
  }
  return out.sort((a, b) => a.start - b.start);
}
