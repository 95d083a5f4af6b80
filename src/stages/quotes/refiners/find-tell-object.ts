import type { Span } from "../../../model.js";
import { continuesName, spanOfWords } from "../context.js";
import { TELL_VERBS, TRAILING_STOPS } from "../lexicon/cue-words.js";
import type { Word } from "../read-words.js";

/** Longest addressee, in words. */
const MAX_ADDRESSEE_WORDS = 10;

/**
 * The addressee right after a tell-verb cue, up to punctuation or a word that opens what was
 * said: "Putin told the 70th session of the General Assembly", "told Charlie Rose on 60 Minutes".
 */
export function findTellObject(words: Word[], head: number): Span | null {
  const w = words[head];
  if (!w || !TELL_VERBS.has(w.lower)) return null;
  let e = head + 1;
  while (e < words.length && e - head <= MAX_ADDRESSEE_WORDS) {
    const x = words[e] as Word;
    if (x.punct && !/^['’]s$/.test(x.text)) break;
    if (TRAILING_STOPS.has(x.lower) && !continuesName(words, e)) break;
    e++;
  }
  return e > head + 1 ? spanOfWords(words, head + 1, e) : null;
}
