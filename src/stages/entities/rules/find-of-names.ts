/**
 * Names built on "of": an institution with its place or field ("National Library of the
 * Netherlands", "Court of Appeal", "Centre for Control of Iodine Deficiency Disorders") and a
 * hereditary title with its realm ("Earl of Clare", "Emperor of the United States"). The tagger
 * often stops at "of", leaving a "National Library" and a "Netherlands" where the text names one
 * thing; the longer candidate wins over its parts when overlaps are resolved.
 */
import { OF_LINKS, ORG_HEAD_SET } from "../lexicon/lookup.js";
import { type Candidate, mayStartWithCapital, type StageDocument } from "../mention.js";

/** Building heads: the whole name is a facility. */
const FACILITY_HEADS = new Set(["Palace", "Castle", "Tower", "Cathedral", "Bridge"]);
/** Institutions that are organisations here though not in the tagger's organisation heads. */
const INSTITUTION_HEADS = new Set(["Library", "Museum", "Centre", "Center", "Hospital", "Church"]);
/** Titles that name their holder with the realm ("the Earl of Clare"): the whole is a person's
 * name in the text, and later "the earl" is a role nominal that refers back to it. Offices held
 * for a term (president, minister, secretary) stay role nominals: they name the office. */
const TITLE_HEADS = new Set([
  "Emperor",
  "Empress",
  "King",
  "Queen",
  "Prince",
  "Princess",
  "Duke",
  "Duchess",
  "Earl",
  "Countess",
  "Baron",
  "Baroness",
  "Marquess",
  "Viscount",
  "Archduke",
  "Sultan",
  "Emir",
  "Shah",
  "Tsar",
  "Czar",
  "Pharaoh",
  "Caliph",
  "Protector",
  "Archbishop",
  "Patriarch",
]);
/** Articles allowed right after "of" ("of the Netherlands", "of these United States"). */
const ARTICLES = new Set(["the", "these"]);
/** Lower-case words allowed inside the complement when a capitalised word follows. */
const INNER_LINKS = new Set(["of", "for", "and", "&", "de", "du", "des", "la"]);
/** The complement is short: a place or a field, not a clause. */
const MAX_COMPLEMENT = 8;

export function findOfNames(d: StageDocument, names: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const placesEndingAt = new Map<number, number>();
  for (const c of names) {
    if (c.kind === "name" && (c.type === "GPE" || c.type === "LOC"))
      placesEndingAt.set(c.end, c.start);
  }
  for (const c of names) {
    if (c.kind !== "name") continue;
    const head = institutionHead(d, c);
    if (head === null) continue;
    const end = head === c.end - 1 ? (complementEnd(d, c.end, true) ?? c.end) : c.end;
    const start = coordinatedStart(d, c.start, placesEndingAt);
    if (start === c.start && end === c.end) continue;
    const type = FACILITY_HEADS.has(d.words[head] ?? "") ? "FAC" : "ORG";
    out.push(ofName(d, start, end, type, []));
  }
  d.words.forEach((word, i) => {
    if (!mayStartWithCapital(word) || !TITLE_HEADS.has(word)) return;
    const end = complementEnd(d, i + 1, false);
    if (end !== null) out.push(ofName(d, i, end, "PERSON", [word.toLowerCase()]));
  });
  return out;
}

/** The institution or building head of a name: its last word, or a word followed by "of"
 * inside it (the tagger kept "Court of Appeal" whole). */
function institutionHead(d: StageDocument, c: Candidate): number | null {
  for (let i = c.end - 1; i >= c.start; i--) {
    const isLast = i === c.end - 1;
    if (!isLast && !OF_LINKS.has(d.words[i + 1] ?? "")) continue;
    const word = d.words[i] ?? "";
    if (isHead(word)) return i;
  }
  return null;
}

/** End of "of [the] Capitalised ..." starting at `at`, or null when there is none. */
function complementEnd(d: StageDocument, at: number, allowFor: boolean): number | null {
  const link = d.words[at];
  if (link !== "of" && !(allowFor && link === "for")) return null;
  const sentence = d.sentenceOf[at];
  let i = at + 1;
  if (ARTICLES.has(d.words[i] ?? "")) i++;
  let end: number | null = null;
  for (let n = 0; n < MAX_COMPLEMENT && d.sentenceOf[i] === sentence; n++, i++) {
    const word = d.words[i] ?? "";
    if (isCapitalisedWord(word)) {
      end = i + 1;
      continue;
    }
    if (end !== null && INNER_LINKS.has(word) && isCapitalisedWord(d.words[i + 1] ?? "")) continue;
    break;
  }
  return end;
}

/** A place joined before the institution's name ("Newfoundland and Labrador Court of Appeal",
 * "Trinidad and Tobago Ministry of Health") belongs to it; a person or another institution
 * ("Browning and War Office", "American Airlines and Southwest Airlines") does not. */
const MAX_COORDINATED = 3;

function coordinatedStart(
  d: StageDocument,
  start: number,
  placesEndingAt: Map<number, number>,
): number {
  if (d.words[start - 1] !== "and") return start;
  const first = placesEndingAt.get(start - 1);
  if (first === undefined || start - 1 - first > MAX_COORDINATED) return start;
  // The complement of an earlier name ("Institute of Technology and ...") stays with it.
  if (OF_LINKS.has(d.words[first - 1] ?? "")) return start;
  return first;
}

function isHead(word: string): boolean {
  return ORG_HEAD_SET.has(word) || INSTITUTION_HEADS.has(word) || FACILITY_HEADS.has(word);
}

/** Capitalised words that open a sentence or a phrase without naming anything. */
const NOT_NAME_WORDS = new Set([
  "I",
  "The",
  "A",
  "An",
  "This",
  "That",
  "These",
  "Those",
  "In",
  "On",
  "At",
]);

function isCapitalisedWord(word: string): boolean {
  return /^\p{Lu}[\p{L}.'’-]*$/u.test(word) && !NOT_NAME_WORDS.has(word);
}

function ofName(
  d: StageDocument,
  start: number,
  end: number,
  type: Candidate["type"],
  roles: string[],
): Candidate {
  return {
    kind: "name",
    type,
    start,
    end,
    nameStart: start,
    sentence: d.sentenceOf[start] ?? -1,
    rule: "entities/of-name",
    roles,
    gender: null,
    typeCue: true,
  };
}
