import type { Span } from "../../../model.js";
import { continuesName, spanOfWords } from "../context.js";
import {
  CLAUSE_AUXILIARIES,
  SUBJECT_PRONOUNS,
  TELL_VERBS,
  TRAILING_STOPS,
} from "../lexicon/cue-words.js";
import type { Word } from "../read-words.js";

/** Longest addressee, in words. */
const MAX_ADDRESSEE_WORDS = 10;
/** Longest subject of a reported clause with no "that", before its auxiliary, in words. */
const MAX_BARE_SUBJECT_WORDS = 4;
/** Words that open the subject NP of a reported clause with no "that": "the ships would sail". */
const SUBJECT_OPENERS = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my"]);

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
  e = findBareClause(words, head + 2, e);
  return e > head + 1 ? spanOfWords(words, head + 1, e) : null;
}

/**
 * Start of a reported clause with no "that" inside the words [from, to) after the addressee's
 * first word: a subject pronoun ("told CNN he would run"), or a determiner or name whose NP an
 * auxiliary follows within a few words ("told reporters the ships would sail", "told the council
 * Okafor was wrong"); `to` when there is none.
 */
function findBareClause(words: Word[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const w = words[k] as Word;
    if (SUBJECT_PRONOUNS.has(w.lower) && w.lower !== "it" && w.lower !== "you") return k;
    const before = words[k - 1] as Word;
    // A name opens a clause only after a lower-case word: "told Charlie Rose" is one name,
    // "on 60 Minutes" another.
    const opens = SUBJECT_OPENERS.has(w.lower) || (w.upper && /^\p{Ll}+$/u.test(before.text));
    if (!opens || SUBJECT_OPENERS.has(before.lower)) continue;
    for (let j = k + 1; j < words.length && j <= k + MAX_BARE_SUBJECT_WORDS; j++) {
      const x = words[j] as Word;
      if ((x.punct && !/^['’]s$/.test(x.text)) || TRAILING_STOPS.has(x.lower)) break;
      if (CLAUSE_AUXILIARIES.has(x.lower)) return k;
    }
  }
  return to;
}
