import type { Span } from "../../../model.js";
import {
  type Draft,
  extendSourceAfter,
  findSourceAfter,
  regionEndingBefore,
  type SentenceContext,
  spanOfWords,
} from "../context.js";
import type { QuoteRegion } from "../find-quote-regions.js";
import { findLeadIn } from "../refiners/find-lead-in.js";

/** The quotation's pieces, the first widened back over a lead-in in its sentence (mixed). */
function withLeadIn(ctx: SentenceContext, region: QuoteRegion): Span[] {
  const pieces = [...region.pieces];
  const lead = findLeadIn(ctx.text, region, ctx.paragraphStart);
  const first = pieces[0];
  if (lead === null || !first) return pieces;
  pieces[0] = [lead, region.pieces.length === 1 ? region.close : first[1]];
  return pieces;
}

/** “We were deceived,” said Mr Garin. — the quote, then the cue, then the speaker. */
export function matchQuoteCueSpeaker(
  ctx: SentenceContext,
  cueStart: number,
  head: number,
): Draft | null {
  const { words } = ctx;
  const first = words[cueStart];
  if (!first) return null;
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
