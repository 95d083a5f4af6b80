/**
 * Fine types from lexicons: the tagger's places split into GPE (countries, states, cities),
 * LOC (regions, seas, mountains) and FAC (buildings, streets, airports); names of known places
 * become places whatever the tagger said (unless an honorific makes them a person); laws and
 * treaties become LAW; events by their head word or a following "conference"/"summit".
 */
import type { EntityType } from "../../../model.js";
import {
  ALIAS_GROUPS,
  ALIAS_TYPES,
  EVENT_HEADS,
  EVENT_OPENERS,
  LAW_HEADS,
  ORG_HEADS,
} from "../lexicon/groups.js";
import {
  CITIES,
  COUNTRIES,
  FAC_HEADS,
  LOC_HEADS,
  LOCATIONS,
  US_STATES,
} from "../lexicon/places.js";
import { type Candidate, nameWords, type StageDocument } from "../mention.js";

const GPE_NAMES = new Set([...COUNTRIES, ...US_STATES, ...CITIES]);
const LOC_NAMES = new Set(LOCATIONS);
const LOC_HEAD_SET = new Set(LOC_HEADS);
const FAC_HEAD_SET = new Set(FAC_HEADS);
const LAW_HEAD_SET = new Set(LAW_HEADS);
const EVENT_HEAD_SET = new Set(EVENT_HEADS);
const EVENT_OPENER_SET = new Set(EVENT_OPENERS);
const ORG_HEAD_SET = new Set(ORG_HEADS);
/** Lower-case words after a name that make the whole an event ("Valdai Club conference"). */
const EVENT_FOLLOWERS = new Set(["conference", "summit", "forum", "congress", "games", "festival"]);

/** Types of well-known names the tagger may get wrong: alias groups and religions. */
const KNOWN_TYPES = new Map<string, EntityType>([
  ...ALIAS_GROUPS.flatMap((g) =>
    g.map((n): [string, EntityType] => [n, ALIAS_TYPES[g[0] ?? ""] ?? "ORG"]),
  ),
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

function typePlace(words: string[], joined: string): EntityType {
  const head = words[words.length - 1] ?? "";
  if (LOC_NAMES.has(joined)) return "LOC";
  if (GPE_NAMES.has(joined)) return "GPE";
  if (FAC_HEAD_SET.has(head)) return "FAC";
  if (LOC_HEAD_SET.has(head) || LOC_HEAD_SET.has(words[0] ?? "")) return "LOC";
  return "GPE";
}

function typeOne(d: StageDocument, c: Candidate): void {
  const words = nameWords(d, c);
  const joined = words.join(" ").replace(/^the /i, "");
  const head = words[words.length - 1] ?? "";
  const honorific = c.nameStart > c.start;
  const next = d.words[c.end] ?? "";
  if (EVENT_FOLLOWERS.has(next) && c.type !== "PERSON" && d.sentenceOf[c.end] === c.sentence) {
    c.end++;
    c.type = "EVENT";
    return;
  }
  if ((GPE_NAMES.has(joined) || LOC_NAMES.has(joined)) && !honorific) {
    c.type = LOC_NAMES.has(joined) ? "LOC" : "GPE";
    return;
  }
  const known = KNOWN_TYPES.get(joined);
  if (known) {
    c.type = known;
    return;
  }
  if (LAW_HEAD_SET.has(head) && c.type !== "PERSON" && words.length > 1) {
    c.type = "LAW";
    return;
  }
  if (EVENT_OPENER_SET.has(words[0] ?? "") || (words.includes("War") && words.length > 1)) {
    c.type = "EVENT";
    return;
  }
  if ((c.type === "OTHER" || c.type === "GPE") && ORG_HEAD_SET.has(head) && words.length > 1) {
    c.type = "ORG";
    return;
  }
  if (c.type === "ORG" && FAC_HEAD_SET.has(head) && !ORG_HEAD_SET.has(head)) {
    c.type = "FAC";
    return;
  }
  if (words[0] === "Municipality" || words[0] === "Province" || words[0] === "County") {
    c.type = "GPE";
    return;
  }
  // An unknown "place" that says something is a person ("Ratych said", "Okonjo told").
  if ((c.type === "GPE" || c.type === "OTHER") && SPEECH_VERBS.has(next) && !honorific) {
    c.type = "PERSON";
    return;
  }
  if (c.type === "GPE") c.type = typePlace(words, joined);
  else if (c.type === "PERSON" && ORG_HEAD_SET.has(head) && words.length > 1) c.type = "ORG";
  else if (c.type === "OTHER" || c.type === "ORG" || c.type === "EVENT") {
    if (LAW_HEAD_SET.has(head)) c.type = "LAW";
    else if (EVENT_HEAD_SET.has(head) && !ORG_HEAD_SET.has(head)) c.type = "EVENT";
    else if (c.type === "OTHER" && /^["“‘]/.test(d.words[c.start - 1] ?? "")) c.type = "WORK";
  }
}

export function typeNames(d: StageDocument, candidates: Candidate[]): Candidate[] {
  for (const c of candidates) if (c.kind === "name") typeOne(d, c);
  return candidates;
}
