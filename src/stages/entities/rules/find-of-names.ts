/**
 * Names built on "of": an institution with its place or field ("National Library of the
 * Netherlands", "Court of Appeal", "Centre for Control of Iodine Deficiency Disorders") and a
 * hereditary title with its realm ("Earl of Clare", "Emperor of the United States"). The tagger
 * often stops at "of", leaving a "National Library" and a "Netherlands" where the text names one
 * thing; the longer candidate wins over its parts when overlaps are resolved.
 */
import { ORG_HEADS } from "../lexicon/groups.js";
import { type Candidate, mayStartWithCapital, type StageDocument } from "../mention.js";

const ORG_HEAD_SET = new Set(ORG_HEADS);
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
  for (const c of names) {
    if (c.kind !== "name") continue;
    const head = d.words[c.end - 1] ?? "";
    if (!ORG_HEAD_SET.has(head) && !INSTITUTION_HEADS.has(head) && !FACILITY_HEADS.has(head)) {
      continue;
    }
    const end = complementEnd(d, c.end, true);
    if (end === null) continue;
    const type = FACILITY_HEADS.has(head) ? "FAC" : "ORG";
    out.push(ofName(d, coordinatedStart(d, c.start), end, type, []));
  }
  d.words.forEach((word, i) => {
    if (!mayStartWithCapital(word) || !TITLE_HEADS.has(word)) return;
    const end = complementEnd(d, i + 1, false);
    if (end !== null) out.push(ofName(d, i, end, "PERSON", [word.toLowerCase()]));
  });
  return out;
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
 * "Trinidad and Tobago Ministry of Health") belongs to it. */
const MAX_COORDINATED = 3;

function coordinatedStart(d: StageDocument, start: number): number {
  if (d.words[start - 1] !== "and" || !isCapitalisedWord(d.words[start - 2] ?? "")) return start;
  const sentence = d.sentenceOf[start];
  let first = start - 2;
  while (
    start - 1 - (first - 1) <= MAX_COORDINATED &&
    d.sentenceOf[first - 1] === sentence &&
    isCapitalisedWord(d.words[first - 1] ?? "")
  ) {
    first--;
  }
  return d.sentenceOf[first] === sentence ? first : start;
}

function isCapitalisedWord(word: string): boolean {
  return /^\p{Lu}[\p{L}.'’-]*$/u.test(word) && word !== "I";
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
