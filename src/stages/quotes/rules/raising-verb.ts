import { chooseClauseBounds } from "../bound-model.js";
import {
  type Draft,
  extendCueBack,
  findSourceBefore,
  regionsWithin,
  type SentenceContext,
  spanOfWords,
} from "../context.js";
import { FINAL_PUNCT } from "../lexicon/cue-words.js";
import type { Word } from "../read-words.js";
import { planClause } from "./speaker-cue-content.js";

/** Verbs of seeming: what follows is a judgement about the subject, by no one named. */
export const SEEM_VERBS = new Set(["seem", "seems", "seemed", "appear", "appears", "appeared"]);
/** "is expected to": expectation, likewise with no one named. */
const EXPECT_AUXILIARIES = new Set(["is", "are", "was", "were", "’s", "'s"]);
/** Words after "appeared" that make it a physical appearance: "appeared at a rally". */
const PLACE_WORDS = new Set(["at", "in", "on", "before", "with", "alongside", "onstage", "as"]);
/** Subjects that are not part of what is judged: "It appears that ...". */
const EMPTY_SUBJECTS = new Set(["it", "there"]);

/**
 * "The newest Clinton is expected to arrive in July", "The team appeared paralyzed": PolNeAR
 * reads a judgement whose holder the text does not name: the content is the subject and the
 * rest of the clause (two pieces around the cue), with no source.
 */
export function matchRaisingVerb(ctx: SentenceContext, head: number): Draft | null {
  const { words, text } = ctx;
  const w = words[head] as Word;
  const seem = SEEM_VERBS.has(w.lower);
  if (!seem && !(w.lower === "expected" && EXPECT_AUXILIARIES.has(words[head - 1]?.lower ?? "")))
    return null;
  // "appeared to suggest": a reporting verb after the infinitive is that verb's cue.
  if (words[head + 1]?.lower === "to" && words[head + 2] && !words[head + 2]?.upper) {
    if (/^(?:say|suggest|tell|claim|argue|acknowledge)$/.test(words[head + 2]?.lower ?? ""))
      return null;
  } else if (!seem || PLACE_WORDS.has(words[head + 1]?.lower ?? "")) return null;
  const cueStart = extendCueBack(words, head);
  const subject = findSourceBefore(words, cueStart);
  if (!subject) return null;
  const plan = planClause(ctx, cueStart, head);
  if (!plan || plan.region) return null;
  let end = plan.guess[1];
  while (end > head + 1 && FINAL_PUNCT.has((words[end - 1] as Word).text)) end--;
  if (end - (head + 1) < 1 || (words[head + 1] as Word).punct) return null;
  // Where the clause ends is the end ranker's choice, as for reported speech.
  const last = chooseClauseBounds(words, head, [head + 1, end], plan.limit)[1];
  if (last > head + 1 && last <= end) end = last;
  const clause = spanOfWords(words, head + 1, end);
  // "It appears that ...": the empty subject stays out; "It is expected to show ...": in.
  const empty =
    EMPTY_SUBJECTS.has((words[subject[0]] as Word).lower) &&
    words.slice(head + 1, head + 4).some((x) => x.lower === "that");
  const contentSpans = empty ? [clause] : [spanOfWords(words, subject[0], subject[1]), clause];
  const first = contentSpans[0] as [number, number];
  if (/^[\s,]*$/.test(text.slice(...clause))) return null;
  return {
    contentSpans,
    source: null,
    cue: spanOfWords(words, cueStart, head + 1),
    addressee: null,
    regions: regionsWithin(ctx, first[0], clause[1]),
    rule: "quotes/raising-verb",
    paragraph: ctx.paragraph,
  };
}
