import { type Draft, regionsWithin, type SentenceContext, spanOfWords } from "../context.js";
import type { Word } from "../read-words.js";

/** Words that open the question after a fronted "Asked". */
const QUESTION_OPENERS = new Set(["if", "whether", "about", "how", "what", "why", "when", "who"]);
/** Longest question read after "Asked", in words. */
const MAX_QUESTION_WORDS = 40;

/** Longest adjunct between "Asked" and its question: "Asked on Fox News who ...". */
const MAX_ADJUNCT_WORDS = 6;
/** Words after a comma that open the main clause's subject, besides names and numbers. */
const MAIN_CLAUSE_OPENERS = /^(?:he|she|they|it|we|i|the|a|an|his|her|their|its|most|many|some)$/;

/**
 * "Asked whether he would run again, Okafor said ...": a fronted "Asked" puts a question to the
 * main clause's subject. The question is a statement of its own whose asker the text does not
 * name (PolNeAR: cue "Asked", or "Asked about", no source); it runs to the comma before the
 * main clause, whose subject is a name, a pronoun, a number or an NP ("Asked if ..., 72
 * percent said yes"). An adjunct may stand before the question ("Asked on Monday whether ...").
 * After a clause, "... she said when asked whether ..." the question runs to the sentence's end.
 */
export function matchAskedQuestion(ctx: SentenceContext, at: number): Draft | null {
  const { words } = ctx;
  const cue = words[at] as Word;
  const when = /^when(?:ever)?$/.test(words[at - 1]?.lower ?? "");
  if (cue.text !== "Asked" && !(cue.lower === "asked" && when)) return null;
  const fronted = at === 0 || (at === 1 && when);
  if (!fronted && !when) return null;
  let opener = at + 1;
  while (
    opener < words.length &&
    opener - at <= MAX_ADJUNCT_WORDS &&
    !QUESTION_OPENERS.has((words[opener] as Word).lower) &&
    !(words[opener] as Word).punct
  )
    opener++;
  const first = words[opener];
  if (!first || !QUESTION_OPENERS.has(first.lower)) return null;
  // "Asked about his speeches": the particle is part of the cue.
  const about = first.lower === "about" && opener === at + 1;
  const from = about ? at + 2 : opener;
  if (from >= words.length) return null;
  const end = fronted ? findMainClauseComma(words, from) : findQuestionEnd(words, from);
  if (end <= from) return null;
  const start = (words[from] as Word).start;
  const last = (words[end - 1] as Word).end;
  return {
    contentSpans: [[start, last]],
    source: null,
    cue: spanOfWords(words, at, about ? at + 2 : at + 1),
    addressee: null,
    regions: regionsWithin(ctx, start, last),
    rule: "quotes/asked-question",
    paragraph: ctx.paragraph,
  };
}

/** Index of the comma before the main clause after a fronted question, or -1. */
function findMainClauseComma(words: Word[], from: number): number {
  const stop = Math.min(words.length - 1, from + MAX_QUESTION_WORDS);
  for (let k = from + 1; k < stop; k++) {
    const w = words[k] as Word;
    if (w.text !== ",") continue;
    const next = words[k + 1] as Word;
    if (next.upper || /^\d/.test(next.text) || MAIN_CLAUSE_OPENERS.test(next.lower)) return k;
  }
  return -1;
}

/** End of a question closing its sentence: before the final punctuation or a new sentence's mark. */
function findQuestionEnd(words: Word[], from: number): number {
  const stop = Math.min(words.length, from + MAX_QUESTION_WORDS);
  let k = from;
  while (k < stop && !/^[.!?;:—–]$/.test((words[k] as Word).text)) k++;
  while (k > from && /^[,"“”'’]$/.test((words[k - 1] as Word).text)) k--;
  return k;
}
