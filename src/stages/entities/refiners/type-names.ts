/**
 * Fine types from lexicons: the tagger's places split into GPE (countries, states, cities),
 * LOC (regions, seas, mountains) and FAC (buildings, streets, airports); names of known places
 * become places whatever the tagger said (unless an honorific makes them a person); laws and
 * treaties become LAW; events by their head word or a following "conference"/"summit".
 * Cues of the whole name override the tagger's class and are marked `typeCue` (they outvote
 * the tagger in unifyTypes): organisation head words ("Meridian Logistics") and institution
 * words ("University of Alden"), building and place heads that are not also surnames ("Shah
 * Mosque", even after a title), speech verbs, a role in apposition ("Walt Whitman, the
 * American poet,") and academic citations ("Checa" in "(Rueda,
 * Checa, & Cómbita, 2012)") for people. A single author cited with a year ("(Porte, 2012)",
 * "Quilis (1964)") stands for the cited work (WORK, for that mention only).
 */
import type { EntityType } from "../../../model.js";
import {
  ALIAS_GROUPS,
  ALIAS_TYPES,
  EVENT_HEADS,
  EVENT_OPENERS,
  HISTORICAL_PERIODS,
  LAW_HEADS,
  WELL_KNOWN_ORGS,
} from "../lexicon/groups.js";
import {
  FEMALE_NAME_SET,
  isNationalityWord,
  MALE_NAME_SET,
  matchRoleAt,
  ORG_HEAD_SET,
} from "../lexicon/lookup.js";
import {
  CITIES,
  COUNTRIES,
  FAC_HEADS,
  LOC_HEADS,
  LOCATIONS,
  US_STATES,
} from "../lexicon/places.js";
import { type Candidate, nameWords, type StageDocument } from "../mention.js";
import { isHyphenatedGivenName } from "../rules/find-hyphenated-given-names.js";
import { readRolePhrase } from "./read-appositives.js";

const GPE_NAMES = new Set([...COUNTRIES, ...US_STATES, ...CITIES]);
const LOC_NAMES = new Set(LOCATIONS);
const LOC_HEAD_SET = new Set(LOC_HEADS);
const FAC_HEAD_SET = new Set(FAC_HEADS);
const LAW_HEAD_SET = new Set(LAW_HEADS);
const EVENT_HEAD_SET = new Set(EVENT_HEADS);
const EVENT_OPENER_SET = new Set(EVENT_OPENERS);
/** Lower-case words after a name that make the whole an event ("Valdai Club conference"). */
const EVENT_FOLLOWERS = new Set(["conference", "summit", "forum", "congress", "games", "festival"]);

/**
 * Types of well-known names the tagger may get wrong: alias groups, platforms, historical
 * periods, religions.
 */
const KNOWN_TYPES = new Map<string, EntityType>([
  ...ALIAS_GROUPS.flatMap((g) =>
    g.map((n): [string, EntityType] => [n, ALIAS_TYPES[g[0] ?? ""] ?? "ORG"]),
  ),
  ...WELL_KNOWN_ORGS.map((n): [string, EntityType] => [n, "ORG"]),
  ...HISTORICAL_PERIODS.map((n): [string, EntityType] => [n, "EVENT"]),
  ...["Islam", "Christianity", "Judaism", "Hinduism", "Buddhism", "Sunni Islam", "Shia Islam"].map(
    (n): [string, EntityType] => [n, "NORP"],
  ),
]);

/** Verbs of saying right after a name: the name is a speaker. */
const SPEECH_VERBS = new Set([
  "said",
  "says",
  "told",
  "tells",
  "added",
  "adds",
  "wrote",
  "writes",
  "argued",
  "argues",
  "explained",
  "explains",
  "insisted",
  "insists",
  "recalled",
  "recalls",
  "admitted",
  "admits",
]);

/**
 * Place heads that do not double as common surnames ("Park", "Hall", "Temple", "Church", "Bay"
 * do): a name ending in one is a place even when the tagger called it a person.
 */
const SURE_PLACE_HEADS = new Set(
  [...LOC_HEADS, ...FAC_HEADS].filter(
    (h) =>
      ![
        "Park",
        "Hall",
        "Temple",
        "Church",
        "Bay",
        "Beach",
        "Gate",
        "Tower",
        "Castle",
        "House",
        "Port",
        "Base",
        "Mount",
        "Mt",
        "Lodge",
        "Market",
        "Chapel",
        "Kremlin",
        "Pentagon",
      ].includes(h),
  ),
);
/** Words naming a denomination: "the Catholic Church" is the body, not a building. */
const DENOMINATION_WORDS = new Set([
  "Catholic",
  "Roman",
  "Orthodox",
  "Lutheran",
  "Anglican",
  "Methodist",
  "Baptist",
  "Presbyterian",
  "Episcopal",
  "Evangelical",
  "Reformed",
  "Coptic",
  "Apostolic",
  "Protestant",
  "Mormon",
  "Pentecostal",
  "Unification",
]);

/**
 * A church named by its denomination alone ("the Catholic Church", "the Greek Orthodox
 * Church") is an organisation; "St Mary's Catholic Church" (a saint's name) stays a building.
 */
function isDenomination(words: string[]): boolean {
  if (words.length < 2 || words[words.length - 1] !== "Church") return false;
  let denomination = false;
  for (let k = 0; k < words.length - 1; k++) {
    const w = words[k] ?? "";
    if (DENOMINATION_WORDS.has(w)) denomination = true;
    else if (!isNationalityWord(w)) return false;
  }
  return denomination;
}

/**
 * Institution words that make a name an organisation wherever they stand in it
 * ("University of Sydney", "Vrije Universiteit Amsterdam", "Ministry of Defence").
 */
const INSTITUTION_WORDS = new Set([
  "University",
  "Universiteit",
  "Universität",
  "Université",
  "Universidad",
  "Ministry",
  "Department",
  "Institute",
  "Council",
  "Committee",
  "Commission",
  "Academy",
  "Agency",
  "College",
  "Association",
  "Society",
  "Foundation",
  "Corporation",
  "Company",
  "Party",
  "Bureau",
]);
/** A publication year in a citation ("Marsden (2008)", "(Marsden, 2008a)"). */
const YEAR = /^(?:1[5-9]|20)\d\d[a-z]?$/;

/** Citation lists run at most this many tokens ("Thorell, Lindqvist, Nutley, Bohlin, & Klingberg"). */
const MAX_AUTHOR_LIST = 16;

/** Tokens of an author list: capitalised names, commas, "&", "and", initials. */
function isAuthorListToken(w: string): boolean {
  return w === "," || w === "&" || w === "and" || /^\p{Lu}/u.test(w);
}

/**
 * An academic citation names authors: "Marsden et al.", "Marsden (2008)", "(Marsden, 2008)",
 * "(Rueda, Checa, & Cómbita, 2012)", "Chong and Checa (2010)". Places of publication
 * ("London: Penguin, 1999") do not match: the year must follow in brackets, or after a comma
 * inside brackets.
 */
export function isCitedAuthor(d: StageDocument, c: Candidate): boolean {
  let i = c.end;
  const limit = Math.min(d.words.length, c.end + MAX_AUTHOR_LIST);
  while (i < limit) {
    const w = d.words[i] ?? "";
    if (w === "et" && /^al\.?$/.test(d.words[i + 1] ?? "")) return true;
    if (!isAuthorListToken(w) || YEAR.test(w)) break;
    i++;
  }
  const next = d.words[i] ?? "";
  if (next === "(" && YEAR.test(d.words[i + 1] ?? "")) return true;
  if (!YEAR.test(next) || d.words[i - 1] !== ",") return false;
  let k = c.start - 1;
  while (k > c.start - MAX_AUTHOR_LIST && k >= 0 && isAuthorListToken(d.words[k] ?? "")) k--;
  const before = d.words[k] ?? "";
  return before === "(" || before === ";";
}

/** Words that join a name to the one before it in an author list ("Chong and Checa (2010)"). */
const AUTHOR_JOINERS = new Set([",", "&", "and", "et", "by"]);

/**
 * A single author cited with a year stands for the cited work: "(Porte, 2012)", "Quilis (1964)
 * noted", also a film or book with its year ("Watchmen (2009)"). Not an author among others
 * ("Dye & Bavelier, 2010": co-authors are people), not "a painting by Giovanni Bellini (1505)".
 * The year directly follows the name: in brackets, or after a comma inside brackets.
 */
export function isCitedWork(d: StageDocument, c: Candidate): boolean {
  const next = d.words[c.end] ?? "";
  const year = d.words[c.end + 1] ?? "";
  if (!YEAR.test(year) || AUTHOR_JOINERS.has(d.words[c.start - 1] ?? "")) return false;
  if (next === "(") return d.words[c.end + 2] === ")";
  if (next !== ",") return false;
  const before = d.words[c.start - 1] ?? "";
  return before === "(" || before === ";";
}

/** Longest role apposition read for typing, in words. */
const MAX_ROLE_APPOSITION = 8;

/**
 * A role in apposition that makes the name before it a person: an article or a nationality,
 * then a phrase ending on a role word at a comma or full stop ("the first great American
 * poet,", "a Kenyan runner."). Not "as music journalist" nor "found her calling as an actor".
 */
function isRoleApposition(d: StageDocument, from: number, sentence: number): boolean {
  const first = d.words[from] ?? "";
  if (!/^(?:the|a|an)$/.test(first) && !isNationalityWord(first)) return false;
  if (!readRolePhrase(d, from, sentence)) return false;
  for (let k = from + 1; k < from + MAX_ROLE_APPOSITION; k++) {
    const length = matchRoleAt(d.words, k);
    const end = k + length;
    if (length > 0 && (d.sentenceOf[end] !== sentence || /^[,.;)]$/.test(d.words[end] ?? "")))
      return true;
  }
  return false;
}

function typePlace(words: string[], joined: string): EntityType {
  const head = words[words.length - 1] ?? "";
  if (LOC_NAMES.has(joined)) return "LOC";
  if (GPE_NAMES.has(joined)) return "GPE";
  if (FAC_HEAD_SET.has(head)) return "FAC";
  if (LOC_HEAD_SET.has(head) || LOC_HEAD_SET.has(words[0] ?? "")) return "LOC";
  return "GPE";
}

/** The type a cue of the whole name gives, or null when only the tagger's guess is left. */
function typeByCue(
  d: StageDocument,
  c: Candidate,
  words: string[],
  joined: string,
): EntityType | null {
  const head = words[words.length - 1] ?? "";
  const honorific = c.nameStart > c.start;
  const next = d.words[c.end] ?? "";
  if ((GPE_NAMES.has(joined) || LOC_NAMES.has(joined)) && !honorific) {
    return LOC_NAMES.has(joined) ? "LOC" : "GPE";
  }
  if (honorific) {
    // "St. Petersburg": a known place whose first word reads as a title.
    const whole = d.words.slice(c.start, c.end).join(" ");
    if (GPE_NAMES.has(whole)) return "GPE";
    if (LOC_NAMES.has(whole)) return "LOC";
  }
  const known = KNOWN_TYPES.get(joined);
  if (known) return known;
  if (isDenomination(words)) return "ORG";
  const multi = words.length > 1;
  const givenName = MALE_NAME_SET.has(words[0] ?? "") || FEMALE_NAME_SET.has(words[0] ?? "");
  // A building or place head outweighs a title before it ("Sheikh Lotfollah Mosque").
  if ((multi || honorific) && SURE_PLACE_HEADS.has(head) && !ORG_HEAD_SET.has(head) && !givenName) {
    return typePlace(words, joined);
  }
  if (honorific && c.type === "PERSON") return "PERSON";
  // A surname before a hyphenated given name ("Lau Siu-lai", "Kim Jong-un").
  if (words.length === 2 && isHyphenatedGivenName(head)) return "PERSON";
  if (LAW_HEAD_SET.has(head) && c.type !== "PERSON" && multi) return "LAW";
  if (EVENT_OPENER_SET.has(words[0] ?? "") || (words.includes("War") && multi)) return "EVENT";
  if (multi && !honorific) {
    if (FAC_HEAD_SET.has(head) && !ORG_HEAD_SET.has(head) && c.type === "ORG") return "FAC";
    if (ORG_HEAD_SET.has(head) && !givenName) return "ORG";
    if (!givenName && words.some((w) => INSTITUTION_WORDS.has(w))) return "ORG";
  }
  if (words[0] === "Municipality" || words[0] === "Province" || words[0] === "County") {
    return "GPE";
  }
  if (c.type !== "PERSON" && !honorific) {
    // An unknown "place" that says something is a person ("Ratych said", "Okonjo told").
    if ((c.type === "GPE" || c.type === "OTHER") && SPEECH_VERBS.has(next)) return "PERSON";
    // A role in apposition: "Walt Whitman, the first great American poet, wrote".
    if (next === "," && isRoleApposition(d, c.end + 1, c.sentence)) return "PERSON";
    if (isCitedAuthor(d, c)) return "PERSON";
  }
  return null;
}

function typeOne(d: StageDocument, c: Candidate): void {
  const words = nameWords(d, c);
  const joined = words.join(" ").replace(/^the /i, "");
  const head = words[words.length - 1] ?? "";
  const next = d.words[c.end] ?? "";
  if (EVENT_FOLLOWERS.has(next) && c.type !== "PERSON" && d.sentenceOf[c.end] === c.sentence) {
    c.end++;
    c.type = "EVENT";
    c.typeCue = true;
    return;
  }
  const cue = typeByCue(d, c, words, joined);
  const person = cue === "PERSON" || (cue === null && c.type === "PERSON");
  if (person && c.nameStart === c.start && isCitedWork(d, c)) {
    c.type = "WORK";
    c.ownType = true;
    return;
  }
  if (cue) {
    c.type = cue;
    c.typeCue = true;
    return;
  }
  if (c.type === "GPE") c.type = typePlace(words, joined);
  else if (c.type === "OTHER" || c.type === "ORG" || c.type === "EVENT") {
    if (LAW_HEAD_SET.has(head)) c.type = "LAW";
    else if (EVENT_HEAD_SET.has(head) && !ORG_HEAD_SET.has(head)) c.type = "EVENT";
    else if (c.type === "OTHER" && /^["“‘]/.test(d.words[c.start - 1] ?? "")) c.type = "WORK";
  }
}

/** Heads of island groups whose short plural stands for the whole ("the Chathams"). */
const ARCHIPELAGO_HEADS = new Set(["Islands", "Isles"]);

/**
 * "the Chathams", "the Falklands": the short plural of an island group named in full in the
 * same document ("Chatham Islands") takes the group's place type.
 */
function typeShortArchipelagos(d: StageDocument, candidates: Candidate[]): void {
  const groups = new Map<string, EntityType>();
  for (const c of candidates) {
    if (c.kind !== "name" || c.end - c.nameStart < 2) continue;
    if (!ARCHIPELAGO_HEADS.has(d.words[c.end - 1] ?? "")) continue;
    groups.set(`${d.words[c.end - 2] ?? ""}s`, c.type === "GPE" ? "GPE" : "LOC");
  }
  if (groups.size === 0) return;
  for (const c of candidates) {
    const type =
      c.kind === "name" && c.end - c.nameStart === 1 && groups.get(d.words[c.nameStart] ?? "");
    if (!type) continue;
    c.type = type;
    c.typeCue = true;
  }
}

export function typeNames(d: StageDocument, candidates: Candidate[]): Candidate[] {
  for (const c of candidates) if (c.kind === "name") typeOne(d, c);
  typeShortArchipelagos(d, candidates);
  return candidates;
}
