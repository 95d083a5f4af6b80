import {
  type Draft,
  findSourceBefore,
  regionStartingAfter,
  type SentenceContext,
  spanOfWords,
} from "../context.js";
import type { Word } from "../read-words.js";

/** Longest source read before the colon, in words: a name with its title, not a clause. */
const MAX_SOURCE_WORDS = 6;

/**
 * “Republican pollster Daron Shaw: “...”” — a name right before a colon, then a quotation: the
 * colon is the cue and the quotation what the name said. The name must end the noun phrase
 * (capitalised) so a clause before a colon ("it gets better: “...”") is not a speaker.
 */
export function matchSourceColonQuote(ctx: SentenceContext, colon: number): Draft | null {
  const { words } = ctx;
  const mark = words[colon] as Word;
  if (mark.text !== ":") return null;
  const region = regionStartingAfter(ctx, mark.end);
  if (!region) return null;
  const src = findSourceBefore(words, colon);
  if (!src || src[1] - src[0] > MAX_SOURCE_WORDS) return null;
  // "writing at Mediaite:", "on Twitter:": a place or channel, not a speaker.
  if (PREPOSITIONS.has(words[src[0] - 1]?.lower ?? "")) return null;
  const head = words[src[1] - 1] as Word;
  if (!head.upper || head.punct) return null;
  return {
    contentSpans: [...region.pieces],
    source: spanOfWords(words, src[0], src[1]),
    cue: [mark.start, mark.end],
    addressee: null,
    regions: [region],
    rule: "quotes/source-colon-quote",
    paragraph: ctx.paragraph,
  };
}

/** Words before a name that make it a place or channel: "by Times' Ben Sisario:". */
const PREPOSITIONS = new Set(["at", "by", "on", "in", "with", "from", "of", "to", "for", "'", "’"]);
