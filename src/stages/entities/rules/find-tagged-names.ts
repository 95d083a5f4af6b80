/**
 * Names found by the learned tagger, sentence by sentence, with the document's memory of
 * earlier decisions. Sentences written mostly in capitals are skipped: the tagger was trained
 * on mixed case and would take every word for a name.
 */
import type { EntityType } from "../../../model.js";
import type { DocumentMemory } from "../features.js";
import { markGazetteer } from "../gazetteer.js";
import { getTagger } from "../load-tagger.js";
import type { Candidate, StageDocument } from "../mention.js";
import { decodeSpans, tagSentence, windowOf } from "../tagger.js";

/** Share of all-capital words above which a sentence counts as written in capitals. */
const ALL_CAPS_SHARE = 0.6;
/** Sentences longer than this many tokens are cut into windows (bounded feature windows anyway). */
const MAX_WINDOW = 400;

const CLASS_TYPE: Record<string, EntityType> = {
  PERSON: "PERSON",
  PLACE: "GPE",
  ORG: "ORG",
  EVENT: "EVENT",
  OTHER: "OTHER",
};

/**
 * Curly quotes, dashes and the like (U+2000-U+206F): no letters, no case. The word tests below
 * skip them like ASCII punctuation instead of falling back to the slower string methods.
 */
export function isGeneralPunctuation(c: number): boolean {
  return c >= 0x2000 && c <= 0x206f;
}

/** 0: not counted (one character, or no letters); 1: a word with letters; 2: one in capitals. */
export function capsClass(w: string): 0 | 1 | 2 {
  if (w.length < 2) return 0;
  let upper = false;
  let lower = false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c > 127 && !isGeneralPunctuation(c)) return capsClassOther(w);
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 97 && c <= 122) lower = true;
  }
  if (!upper && !lower) return 0;
  return lower ? 1 : 2;
}

function capsClassOther(w: string): 0 | 1 | 2 {
  const upper = w.toUpperCase();
  if (upper === w.toLowerCase()) return 0;
  return w === upper ? 2 : 1;
}

export function isMostlyCapitals(words: readonly string[]): boolean {
  let letters = 0;
  let caps = 0;
  for (let k = 0; k < words.length; k++) {
    const cls = capsClass(words[k] ?? "");
    if (cls === 0) continue;
    letters++;
    if (cls === 2) caps++;
    // Stop once even all-capital words in the rest could not raise the share above the threshold.
    const rest = words.length - k - 1;
    if ((caps + rest) / (letters + rest) <= ALL_CAPS_SHARE) return false;
  }
  return letters >= 3 && caps / letters > ALL_CAPS_SHARE;
}

/** Two characters or more, none a capital, one a lower-case letter ("lcdoc" evidence). */
export function isLowerForm(w: string): boolean {
  if (w.length < 2) return false;
  let lower = false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c > 127 && !isGeneralPunctuation(c)) return w === w.toLowerCase() && /\p{Ll}/u.test(w);
    if (c >= 65 && c <= 90) return false;
    if (c >= 97 && c <= 122) lower = true;
  }
  return lower;
}

function newMemory(
  words: readonly string[],
  common: ReadonlySet<string>,
  clusters: ReadonlyMap<string, number>,
): DocumentMemory {
  const lowerForms = new Set<string>();
  for (const w of words) if (isLowerForm(w)) lowerForms.add(w);
  return { lastClass: new Map(), lowerForms, common, clusters };
}

export function findTaggedNames(d: StageDocument): Candidate[] {
  const tagger = getTagger();
  if (!tagger) return [];
  const memory = newMemory(d.words, tagger.common, tagger.clusters);
  const out: Candidate[] = [];
  d.doc.sentences.forEach((sentence, k) => {
    for (let from = sentence.tokens[0]; from < sentence.tokens[1]; from += MAX_WINDOW) {
      const to = Math.min(sentence.tokens[1], from + MAX_WINDOW);
      const words = d.words.slice(from, to);
      if (isMostlyCapitals(words)) continue;
      const tags = tagSentence(
        tagger,
        windowOf(words, markGazetteer(words, d.flags.subarray(from, to))),
        memory,
      );
      for (const s of decodeSpans(tags)) {
        out.push({
          kind: "name",
          type: CLASS_TYPE[s.cls] ?? "OTHER",
          start: from + s.start,
          end: from + s.end,
          nameStart: from + s.start,
          sentence: k,
          rule: "entities/tagger",
          roles: [],
          gender: null,
        });
      }
    }
  });
  return out;
}
