import {
  type Draft,
  findSourceBefore,
  regionEndingBefore,
  regionStartingAfter,
  type SentenceContext,
  spanOfWords,
} from "../context.js";
import type { QuoteRegion } from "../find-quote-regions.js";
import { PRONOUNS } from "../lexicon/cue-words.js";
import type { Word } from "../read-words.js";
import { withLeadIn } from "../refiners/find-lead-in.js";
import { findTellObject } from "../refiners/find-tell-object.js";

/** Words after the cue that still fit an attribution closing the sentence ("said on Friday"). */
const MAX_WORDS_AFTER_CUE = 4;

/**
 * True when the quotation closed its own sentence and the speaker opens a new one:
 * “... for him.” She says it underscores ... — a capitalised pronoun, or a full stop inside the
 * marks followed by a long clause after the cue.
 */
function startsNewSentence(
  ctx: SentenceContext,
  region: QuoteRegion,
  src: number,
  head: number,
): boolean {
  const first = ctx.words[src] as Word;
  if (PRONOUNS.has(first.lower) && first.upper && first.lower !== "i") return true;
  const last = region.pieces.at(-1);
  if (!last || !/\.\s*$/.test(ctx.text.slice(last[0], last[1]))) return false;
  let after = 0;
  for (let k = head + 1; k < ctx.words.length && after <= MAX_WORDS_AFTER_CUE; k++) {
    if (!(ctx.words[k] as Word).punct) after++;
  }
  return after > MAX_WORDS_AFTER_CUE;
}

/**
 * A quotation after a determiner and without punctuation at its end is a name in marks that
 * runs on into its noun (the “Harbour Lights” festival opens), not a statement handed on.
 */
function isNameInMarks(text: string, region: QuoteRegion): boolean {
  const last = region.pieces.at(-1);
  if (!last) return false;
  if (/[,.!?…:;—–-]$/.test(text.slice(last[0], last[1]).trimEnd())) return false;
  if (/^\s*[,.!?…:;—–-]/.test(text.slice(region.close))) return false;
  // A short window: matching up to the quotation from the text's start would be quadratic.
  const before = text.slice(Math.max(0, region.open - 8), region.open);
  return /(?:^|[^\p{L}])(?:the|a|an|its|his|her|their|our|this)\s*$/iu.test(before);
}

/**
 * “down the line” he warned: “It's not going to happen ...”: a colon after the cue hands on to
 * the quotation that follows, which is what was said, not the one before the speaker.
 */
export function handsOnToQuotation(ctx: SentenceContext, head: number): boolean {
  const colon = ctx.words[head + 1];
  return colon?.text === ":" && regionStartingAfter(ctx, colon.end) !== null;
}

/** Small words a title keeps in lower case: “Meet the Press”, “Face of the Nation”. */
const TITLE_SMALL_WORDS = new Set(["a", "an", "the", "of", "and", "or", "in", "on", "to", "for"]);

/**
 * A quotation of capitalised words after a possessive or a preposition names a show, a book or
 * a film (on Fox News’ “Sunday Morning Futures,” Rep. Issa said ...), not what was said.
 */
function isTitleInMarks(text: string, region: QuoteRegion): boolean {
  // A short window: matching up to the quotation from the text's start would be quadratic.
  const before = text.slice(Math.max(0, region.open - 8), region.open);
  if (!/(?:['’]s?|[^\p{L}](?:on|in|at|of|from|to|for))\s*$/iu.test(before)) return false;
  const words = region.pieces
    .map(([a, b]) => text.slice(a, b))
    .join(" ")
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter(Boolean);
  return words.length > 0 && words.every((w) => /^\p{Lu}|^\d/u.test(w) || TITLE_SMALL_WORDS.has(w));
}

/** “We were deceived,” he added. — the quote, then the speaker, then the cue. */
export function matchQuoteSpeakerCue(
  ctx: SentenceContext,
  cueStart: number,
  head: number,
): Draft | null {
  const { words } = ctx;
  if (handsOnToQuotation(ctx, head)) return null;
  const src = findSourceBefore(words, cueStart);
  if (!src) return null;
  const region = regionEndingBefore(ctx, (words[src[0]] as { start: number }).start);
  if (!region || startsNewSentence(ctx, region, src[0], head)) return null;
  if (isNameInMarks(ctx.text, region) || isTitleInMarks(ctx.text, region)) return null;
  return {
    contentSpans: withLeadIn(ctx, region),
    source: spanOfWords(words, src[0], src[1]),
    cue: spanOfWords(words, cueStart, head + 1),
    addressee: findTellObject(words, head),
    regions: [region],
    rule: "quotes/quote-speaker-cue",
    paragraph: ctx.paragraph,
  };
}
