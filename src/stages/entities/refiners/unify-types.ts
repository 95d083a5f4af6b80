/**
 * One type per name per document ("one sense per discourse", Gale, Church & Yarowsky 1992):
 * every mention of the same name takes the class most of its mentions got, a mention decided by
 * a cue of the whole name (a known place, an organisation or building head word, a title, a
 * citation: `typeCue`) counting for CUE_VOTES tagger guesses. Classes are compared coarsely
 * (GPE, LOC and FAC are one place class), so "Coron" tagged a person twice and a place three
 * times becomes a place everywhere, and coreference then sees one name. A mention whose type
 * holds for itself only (`ownType`: a cited work, "(Porte, 2012)") neither votes nor changes.
 */
import type { EntityType } from "../../../model.js";
import { type Candidate, nameWords, type StageDocument } from "../mention.js";

/** A cue of the whole name outweighs this many guesses of the tagger. */
const CUE_VOTES = 3;

/** The tagger's classes. */
export type CoarseClass = "PERSON" | "PLACE" | "ORG" | "EVENT" | "OTHER";

/**
 * Coarse classes: the tagger's own (PLACE covers GPE/LOC/FAC; OTHER covers NORP/WORK/LAW).
 * The GUM eval scores names by these classes too.
 */
export const COARSE_CLASS: Readonly<Record<EntityType, CoarseClass>> = {
  PERSON: "PERSON",
  GPE: "PLACE",
  LOC: "PLACE",
  FAC: "PLACE",
  ORG: "ORG",
  EVENT: "EVENT",
  NORP: "OTHER",
  WORK: "OTHER",
  LAW: "OTHER",
  OTHER: "OTHER",
};

const CLASS_INDEX: Readonly<Record<CoarseClass, number>> = {
  PERSON: 0,
  PLACE: 1,
  ORG: 2,
  EVENT: 3,
  OTHER: 4,
};

interface Tally {
  mentions: Candidate[];
  /** Votes by class, in CLASS_INDEX order. */
  votes: number[];
}

/** The name's words as written (nameWords drops titles and a possessive). */
function keyOf(d: StageDocument, c: Candidate): string {
  const words = nameWords(d, c);
  let key = words[0] ?? "";
  for (let k = 1; k < words.length; k++) key += ` ${words[k]}`;
  return key;
}

export function unifyTypes(d: StageDocument, candidates: Candidate[]): Candidate[] {
  const byName = new Map<string, Tally>();
  for (const c of candidates) {
    if (c.kind !== "name" || c.ownType) continue;
    const key = keyOf(d, c);
    let tally = byName.get(key);
    if (!tally) {
      tally = { mentions: [], votes: [0, 0, 0, 0, 0] };
      byName.set(key, tally);
    }
    tally.mentions.push(c);
    const k = CLASS_INDEX[COARSE_CLASS[c.type]] ?? 4;
    tally.votes[k] =
      (tally.votes[k] ?? 0) + (c.typeCue || c.rule === "entities/gazetteer" ? CUE_VOTES : 1);
  }
  for (const { mentions, votes } of byName.values()) {
    if (mentions.length < 2) continue;
    // Ties go to the class of the earliest mention.
    let best = CLASS_INDEX[COARSE_CLASS[mentions[0]?.type ?? "OTHER"]] ?? 4;
    for (let k = 0; k < votes.length; k++) if ((votes[k] ?? 0) > (votes[best] ?? 0)) best = k;
    const model = mentions.find((m) => CLASS_INDEX[COARSE_CLASS[m.type]] === best);
    if (!model) continue;
    for (const m of mentions)
      if (COARSE_CLASS[m.type] !== COARSE_CLASS[model.type]) m.type = model.type;
  }
  return candidates;
}
