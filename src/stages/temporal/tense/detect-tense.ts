import { FUTURE_MARKERS, IRREGULAR_PAST, NOT_PAST_ED } from "../lexicon/tense-markers.js";

export type Tense = "past" | "future" | "unknown";

interface Marker {
  start: number;
  end: number;
  tense: "past" | "future";
}

function escapeRegex(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One pass finds every marker: future words first so "scheduled" is not read as a past -ed. */
const MARKER_PATTERN = new RegExp(
  `(?<future>\\b(?:${FUTURE_MARKERS.map(escapeRegex).join("|")})\\b)|(?<past>\\b(?:${IRREGULAR_PAST.join("|")})\\b)|(?<ed>\\b[a-z]{2,}ed\\b)`,
  "gi",
);

/** A participle after a bare "be" ("would be published", "will be held") is no past tense:
 * the modal before it tells the time. */
const PASSIVE_AFTER_BE = /\b(?:be|being)\s+$/i;

/** Finds the tense markers of a clause once; positions are offsets into the whole text. */
export function findTenseMarkers(text: string, start: number, end: number): Marker[] {
  const markers: Marker[] = [];
  const slice = text.slice(start, end);
  MARKER_PATTERN.lastIndex = 0;
  for (let m = MARKER_PATTERN.exec(slice); m; m = MARKER_PATTERN.exec(slice)) {
    const word = m[0];
    const at = start + m.index;
    if (m.groups?.future) markers.push({ start: at, end: at + word.length, tense: "future" });
    else if (PASSIVE_AFTER_BE.test(slice.slice(Math.max(0, m.index - 8), m.index))) continue;
    else if (m.groups?.past) markers.push({ start: at, end: at + word.length, tense: "past" });
    else if (word === word.toLowerCase() && !NOT_PAST_ED.has(word))
      markers.push({ start: at, end: at + word.length, tense: "past" });
  }
  return markers;
}

/**
 * The tense nearest to an expression: the closest marker in its sentence wins, because a
 * sentence may mix "said" with "will hold talks on Friday". Pass the text to skip markers in
 * a later clause.
 */
export function pickTense(markers: Marker[], start: number, end: number, text?: string): Tense {
  let best: Marker | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const marker of markers) {
    if (marker.end > start && marker.start < end) continue;
    // A marker after a comma belongs to another clause ("will finish on May 8, officials said").
    if (text && marker.start >= end && /[,;:"“”]/.test(text.slice(end, marker.start))) continue;
    const distance = marker.end <= start ? start - marker.end : marker.start - end;
    if (distance < bestDistance) {
      best = marker;
      bestDistance = distance;
    }
  }
  return best ? best.tense : "unknown";
}
