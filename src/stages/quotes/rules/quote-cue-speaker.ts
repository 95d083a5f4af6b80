import {
  type Draft,
  extendSourceAfter,
  findSourceAfter,
  regionEndingBefore,
  type SentenceContext,
  spanOfWords,
} from "../context.js";
import { withLeadIn } from "../refiners/find-lead-in.js";
import { handsOnToQuotation } from "./quote-speaker-cue.js";

/** “We were deceived,” said Mr Garin. — the quote, then the cue, then the speaker. */
export function matchQuoteCueSpeaker(
  ctx: SentenceContext,
  cueStart: number,
  head: number,
): Draft | null {
  const { words } = ctx;
  const first = words[cueStart];
  if (!first || handsOnToQuotation(ctx, head)) return null;
  const region = regionEndingBefore(ctx, first.start);
  if (!region) return null;
  const found = findSourceAfter(words, head + 1);
  if (!found) return null;
  const src = extendSourceAfter(words, found);
  return {
    contentSpans: withLeadIn(ctx, region),
    source: spanOfWords(words, src[0], src[1]),
    cue: spanOfWords(words, cueStart, head + 1),
    addressee: null,
    regions: [region],
    rule: "quotes/quote-cue-speaker",
    paragraph: ctx.paragraph,
  };
}
