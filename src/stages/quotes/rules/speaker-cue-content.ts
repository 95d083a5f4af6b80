import type { Span } from "../../../model.js";
import {
  type Draft,
  findSourceAfter,
  findSourceBefore,
  regionAt,
  regionStartingAfter,
  type SentenceContext,
  spanOfWords,
} from "../context.js";
import { FINAL_PUNCT, TELL_VERBS } from "../lexicon/cue-words.js";
import type { Word } from "../read-words.js";

/** Words that open the reported clause after a tell-verb's addressee. */
const CLAUSE_OPENERS = new Set([
  "that",
  "how",
  "what",
  "why",
  "whether",
  "if",
  "to",
  "about",
  "of",
]);

/**
 * Mr Putin said (that) Moscow was close ... / He told reporters: “...” — the speaker, the cue,
 * then the content: a quotation opening right after, or the clause to the sentence's end.
 */
export function matchSpeakerCueContent(
  ctx: SentenceContext,
  cueStart: number,
  head: number,
): Draft | null {
  const { words, text } = ctx;
  const src = findSourceBefore(words, cueStart);
  if (!src) return null;
  let next = head + 1;
  let addressee: Span | null = null;
  const headWord = words[head] as Word;
  if (
    TELL_VERBS.has(headWord.lower) &&
    next < words.length &&
    !CLAUSE_OPENERS.has((words[next] as Word).lower)
  ) {
    const a = findSourceAfter(words, next);
    if (a) {
      addressee = spanOfWords(words, a[0], a[1]);
      next = a[1];
    }
  }
  const cue = spanOfWords(words, cueStart, head + 1);
  const source = spanOfWords(words, src[0], src[1]);
  const after = next < words.length ? (words[next] as Word).start : cue[1];
  const region = regionStartingAfter(
    ctx,
    next < words.length ? (words[next - 1] as Word).end : cue[1],
  );
  if (region && region.open <= after + 1) {
    return draft(
      ctx,
      [...region.pieces],
      source,
      cue,
      addressee,
      [region],
      "quotes/speaker-cue-quote",
    );
  }
  // Skip the punctuation between cue and clause (", " or ": ").
  while (
    next < words.length &&
    (words[next] as Word).punct &&
    !regionAt(ctx, (words[next] as Word).start)
  )
    next++;
  let last = words.length;
  while (last > next && FINAL_PUNCT.has((words[last - 1] as Word).text)) last--;
  if (last - next < 2) return null;
  let end = (words[last - 1] as Word).end;
  const start = (words[next] as Word).start;
  const inside: typeof ctx.regions = [];
  for (const r of ctx.regions) {
    if (r.close <= start || r.open >= end) continue;
    inside.push(r);
    // A quotation that opens in the clause runs to its closing mark.
    if (r.close > end) end = r.close;
  }
  while (end > start && /[\s,;:]/.test(text[end - 1] ?? "")) end--;
  return draft(ctx, [[start, end]], source, cue, addressee, inside, "quotes/speaker-cue-clause");
}

function draft(
  ctx: SentenceContext,
  contentSpans: Span[],
  source: Span,
  cue: Span,
  addressee: Span | null,
  regions: Draft["regions"],
  rule: string,
): Draft {
  return { contentSpans, source, cue, addressee, regions, rule, paragraph: ctx.paragraph };
}
