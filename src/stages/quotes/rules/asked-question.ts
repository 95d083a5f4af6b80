import { type Draft, regionsWithin, type SentenceContext, spanOfWords } from "../context.js";
import type { Word } from "../read-words.js";

/** Words that open the question after a fronted "Asked". */
const QUESTION_OPENERS = new Set(["if", "whether", "about", "how", "what", "why", "when", "who"]);
/** Longest question read after "Asked", in words. */
const MAX_QUESTION_WORDS = 40;

/**
 * "Asked whether he would run again, Okafor said ...": a fronted "Asked" puts a question to the
 * main clause's subject. The question is a statement of its own whose asker the text does not
 * name (PolNeAR: cue "Asked", or "Asked about", no source); it runs to the comma before the
 * main clause, whose subject is a name or a pronoun.
 */
export function matchAskedQuestion(ctx: SentenceContext, at: number): Draft | null {
  const { words } = ctx;
  const cue = words[at] as Word;
  if (cue.text !== "Asked" && !(cue.lower === "asked" && words[at - 1]?.lower === "when"))
    return null;
  if (at > 0 && !(at === 1 && words[0]?.lower === "when")) return null;
  const opener = words[at + 1];
  if (!opener || !QUESTION_OPENERS.has(opener.lower)) return null;
  // "Asked about his speeches": the particle is part of the cue.
  const cueEnd = opener.lower === "about" ? at + 2 : at + 1;
  const stop = Math.min(words.length - 1, cueEnd + MAX_QUESTION_WORDS);
  for (let k = cueEnd + 1; k < stop; k++) {
    const w = words[k] as Word;
    if (w.text !== ",") continue;
    const next = words[k + 1] as Word;
    if (!next.upper && !/^(?:he|she|they|it|we|i)$/.test(next.lower)) continue;
    const start = (words[cueEnd] as Word).start;
    const end = (words[k - 1] as Word).end;
    return {
      contentSpans: [[start, end]],
      source: null,
      cue: spanOfWords(words, at, cueEnd),
      addressee: null,
      regions: regionsWithin(ctx, start, end),
      rule: "quotes/asked-question",
      paragraph: ctx.paragraph,
    };
  }
  return null;
}
