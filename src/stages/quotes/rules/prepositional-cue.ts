import type { Span } from "../../../model.js";
import {
  type Draft,
  extendCueBack,
  findSentenceSubject,
  findSourceBefore,
  regionAt,
  regionsWithin,
  type SentenceContext,
  spanOfWords,
} from "../context.js";
import { CUE_PREPOSITIONS, PRONOUNS } from "../lexicon/cue-words.js";
import { PREP_CUE_RATE, SOURCE_RATE } from "../lexicon/learned-lexicon.js";
import type { Word } from "../read-words.js";

/**
 * Least learned rate of a word and its preposition ending a cue ("railed against" 0.89, "called
 * on" 0.58, "criticism of" 0.33); below it the pair is mostly a plain phrase ("vote for" 0.11).
 * The lexicon keeps pairs from 0.2; 0.3 and 0.5 were tried (PolNeAR train and dev: no better).
 */
const PREP_CUE_MIN_RATE = 0.2;
/** Words that open a learned prepositional cue ("critical", "criticism"): a cheap first test. */
const PREP_CUE_HEADS = new Set([...PREP_CUE_RATE.keys()].map((pair) => pair.split(" ")[0]));

/** True when the word may open a prepositional cue (before the pair's rate is looked up). */
export function isPrepositionalCueHead(w: Word): boolean {
  return !w.punct && PREP_CUE_HEADS.has(w.lower);
}

/** Longest content after the preposition, in words. */
const MAX_OBJECT_WORDS = 40;
/** Pronouns that stand as the source of a nominal cue: "his criticism of ...". */
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "its", "our", "my", "your"]);
/** Words before a cue noun that name no source: "the criticism of ...", "a call for ...". */
const ARTICLES = new Set(["a", "an", "the", "this", "that", "these", "those"]);
/** Forms of "be" and "have" before an adjective cue: "was skeptical of", "has been critical of". */
const COPULAS = new Set(["is", "are", "was", "were", "be", "been", "being", "has", "have", "had"]);
/** Punctuation that ends the object of the preposition (outside quotation marks). */
const OBJECT_END = /^(?:[,.;:!?()[\]—–]|--)$/;

/**
 * "his criticism of the tender", "Okafor railed against the ferry deal", "calls for a recount":
 * a word and the preposition after it that PolNeAR often annotates as a cue with the content
 * right after it (rates learned from train). The content is the object, up to the next
 * punctuation outside quotation marks; the source is a possessive before a noun cue, else the
 * NP before the cue ("the criticism of ..." names none).
 */
export function matchPrepositionalCue(ctx: SentenceContext, head: number): Draft | null {
  const { words } = ctx;
  const w = words[head] as Word;
  const prep = words[head + 1];
  const first = words[head + 2];
  if (!prep || !first || w.punct || !CUE_PREPOSITIONS.has(prep.lower)) return null;
  if ((PREP_CUE_RATE.get(`${w.lower} ${prep.lower}`) ?? 0) < PREP_CUE_MIN_RATE) return null;
  if (first.punct && !regionAt(ctx, first.start)) return null;
  let last = head + 2;
  while (last < words.length && last - head - 2 < MAX_OBJECT_WORDS) {
    const x = words[last] as Word;
    if (OBJECT_END.test(x.text) && !regionAt(ctx, x.start)) break;
    last++;
  }
  const start = first.start;
  let end = (words[last - 1] as Word).end;
  const inside = regionsWithin(ctx, start, end);
  const lastInside = inside.at(-1);
  if (lastInside && lastInside.close > end) end = lastInside.close;
  // "has been critical of": the copula and auxiliaries before an adjective join the cue.
  let cueStart = extendCueBack(words, head);
  while (cueStart > 1 && COPULAS.has((words[cueStart - 1] as Word).lower)) cueStart--;
  // Without a holder the phrase is mostly a topic, not a statement ("questions about X").
  const source = findPrepositionalSource(words, cueStart);
  if (!source) return null;
  return {
    contentSpans: [[start, end]],
    source,
    cue: spanOfWords(words, cueStart, head + 2),
    addressee: null,
    regions: inside,
    rule: "quotes/prepositional-cue",
    paragraph: ctx.paragraph,
  };
}

/** Least learned source rate of a lower-case word ending the source of a verb cue ("officials"). */
const SOURCE_HEAD_RATE = 0.5;

/**
 * Source of a prepositional cue starting at `cueStart`: a possessive ("his", "Trump's"; the
 * sentence's subject when a verb has the possessive: "Sanders toned down his criticism of"), the
 * NP before a verb cue ("Okafor railed against"), or none ("the criticism of", "new attacks on").
 */
function findPrepositionalSource(words: Word[], cueStart: number): Span | null {
  const before = words[cueStart - 1];
  if (!before || ARTICLES.has(before.lower)) return null;
  if (POSSESSIVE_PRONOUNS.has(before.lower)) {
    const subject = cueStart > 1 ? findSentenceSubject(words, cueStart - 2) : null;
    const [a, b] = subject ?? [cueStart - 1, cueStart];
    return spanOfWords(words, a, b);
  }
  if (/^['’]s?$/.test(before.text)) {
    const np = findSourceBefore(words, cueStart - 1);
    return np ? spanOfWords(words, np[0], cueStart) : null;
  }
  const np = findSourceBefore(words, cueStart);
  if (!np) return null;
  const head = words[np[1] - 1] as Word;
  const named = head.upper || PRONOUNS.has(head.lower);
  if (!named && (SOURCE_RATE.get(head.lower) ?? 0) < SOURCE_HEAD_RATE) return null;
  return spanOfWords(words, np[0], np[1]);
}
