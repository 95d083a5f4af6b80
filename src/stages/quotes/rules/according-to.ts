import type { Span } from "../../../model.js";
import { type Draft, findSourceAfter, type SentenceContext, spanOfWords } from "../context.js";
import { FINAL_PUNCT } from "../lexicon/cue-words.js";
import type { Word } from "../read-words.js";

/** According to the Kremlin, ... / ..., according to a military communique. */
export function matchAccordingTo(ctx: SentenceContext, at: number): Draft | null {
  const { words } = ctx;
  if (
    (words[at] as Word).lower !== "according" ||
    (words[at + 1] as Word | undefined)?.lower !== "to"
  )
    return null;
  const src = findSourceAfterAccording(words, at + 2);
  if (!src) return null;
  const cue = spanOfWords(words, at, at + 2);
  const source = spanOfWords(words, src[0], src[1]);
  let content: Span | null = null;
  if (at === 0 || (at > 0 && (words[at - 1] as Word).punct && at <= 1)) {
    // Fronted: "According to X, content."
    let s = src[1];
    while (s < words.length && (words[s] as Word).punct) s++;
    let e = words.length;
    while (e > s && FINAL_PUNCT.has((words[e - 1] as Word).text)) e--;
    if (e - s >= 2) content = spanOfWords(words, s, e);
  } else {
    let e = at;
    while (e > 0 && (words[e - 1] as Word).punct) e--;
    let s = 0;
    while (s < e && (words[s] as Word).punct) s++;
    if (e - s >= 2) content = spanOfWords(words, s, e);
  }
  if (!content) return null;
  return {
    contentSpans: [content],
    source,
    cue,
    addressee: null,
    regions: [],
    rule: "quotes/according-to",
    paragraph: ctx.paragraph,
  };
}

/** The NP after "according to" runs to the next comma or sentence end. */
function findSourceAfterAccording(words: Word[], start: number): [number, number] | null {
  let e = start;
  while (e < words.length && !(words[e] as Word).punct) e++;
  if (e === start) return findSourceAfter(words, start);
  return [start, e];
}
