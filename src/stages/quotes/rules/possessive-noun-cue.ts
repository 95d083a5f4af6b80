import {
  type Draft,
  findSourceBefore,
  regionsWithin,
  type SentenceContext,
  spanOfWords,
} from "../context.js";
import { FINAL_PUNCT } from "../lexicon/cue-words.js";
import type { Word } from "../read-words.js";

/** Pronouns that stand as the source of a nominal cue: "his claim that ...". */
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "its", "our", "my"]);

/**
 * Trump's claim that there were thousands of shootings / her warning that ... — a possessive
 * source, a cue noun, and a that-clause: the source keeps its possessive, as in PolNeAR.
 */
export function matchPossessiveNounCue(ctx: SentenceContext, head: number): Draft | null {
  const { words, text } = ctx;
  if ((words[head + 1] as Word | undefined)?.lower !== "that") return null;
  const before = words[head - 1];
  if (!before) return null;
  let source: [number, number] | null = null;
  if (POSSESSIVE_PRONOUNS.has(before.lower)) source = [head - 1, head];
  else if (/^['’]s$/.test(before.text)) {
    const np = findSourceBefore(words, head - 1);
    if (np) source = [np[0], head];
  }
  if (!source) return null;
  let last = words.length;
  while (last > head + 2 && FINAL_PUNCT.has((words[last - 1] as Word).text)) last--;
  if (last - (head + 1) < 3) return null;
  const start = (words[head + 1] as Word).start;
  let end = (words[last - 1] as Word).end;
  const inside = regionsWithin(ctx, start, end);
  const lastInside = inside.at(-1);
  if (lastInside && lastInside.close > end) end = lastInside.close;
  while (end > start && /[\s,;:]/.test(text[end - 1] ?? "")) end--;
  return {
    contentSpans: [[start, end]],
    source: spanOfWords(words, source[0], source[1]),
    cue: spanOfWords(words, head, head + 1),
    addressee: null,
    regions: inside,
    rule: "quotes/possessive-noun-cue",
    paragraph: ctx.paragraph,
  };
}
