/**
 * Acronyms a person is said to belong to: "Leung Yiu-chung of NWSC", "Ann Chiang of the DAB",
 * "DAB's Starry Lee". An unknown all-capital word there is an organisation (party, union,
 * company); the tagger often misses it or calls it OTHER. Known places ("of the US") are not.
 */
import { ALIAS_GROUPS } from "../lexicon/groups.js";
import { COUNTRY_MODIFIER_SET } from "../lexicon/lookup.js";
import { CITIES, COUNTRIES, US_STATES } from "../lexicon/places.js";
import type { Candidate, StageDocument } from "../mention.js";

/** An acronym: two to six capital letters. */
const ACRONYM = /^\p{Lu}{2,6}$/u;
const POSSESSIVE = /^(?:'s|’s)$/;
const PLACES = new Set<string>([...COUNTRIES, ...US_STATES, ...CITIES, ...ALIAS_GROUPS.flat()]);

/** Whether token i is an acronym that can name an organisation (not a known place). */
function isOrgAcronym(w: string): boolean {
  return ACRONYM.test(w) && !PLACES.has(w) && !COUNTRY_MODIFIER_SET.has(w);
}

/** Where an affiliation acronym may stand around a person's name: after "of" / "of the", or before "'s". */
function affiliationSlots(d: StageDocument, c: Candidate): number[] {
  const slots: number[] = [];
  const link = d.words[c.end];
  if (link === "of" || link === "from") {
    slots.push(d.words[c.end + 1] === "the" ? c.end + 2 : c.end + 1);
  }
  if (c.start >= 2 && POSSESSIVE.test(d.words[c.start - 1] ?? "")) slots.push(c.start - 2);
  return slots;
}

/** Retypes tagged acronyms in place and returns the ones the tagger missed. */
export function findAffiliations(d: StageDocument, names: Candidate[]): Candidate[] {
  const byStart = new Map<number, Candidate>();
  for (const c of names) byStart.set(c.start, c);
  const out: Candidate[] = [];
  const seen = new Set<number>();
  for (const c of names) {
    if (c.kind !== "name" || c.type !== "PERSON") continue;
    for (const i of affiliationSlots(d, c)) {
      if (seen.has(i) || d.sentenceOf[i] !== c.sentence || !isOrgAcronym(d.words[i] ?? ""))
        continue;
      seen.add(i);
      const tagged = byStart.get(i);
      if (tagged) {
        if (
          tagged.end === i + 1 &&
          tagged.kind === "name" &&
          tagged.type !== "PERSON" &&
          !tagged.typeCue
        ) {
          tagged.type = "ORG";
          tagged.typeCue = true;
        }
        continue;
      }
      out.push({
        kind: "name",
        type: "ORG",
        start: i,
        end: i + 1,
        nameStart: i,
        sentence: d.sentenceOf[i] ?? -1,
        rule: "entities/affiliation",
        roles: [],
        gender: null,
        typeCue: true,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
