import type { Span } from "../../../model.js";
import {
  type Draft,
  findSourceBefore,
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

/** “We were deceived,” he added. — the quote, then the speaker, then the cue. */
export function matchQuoteSpeakerCue(
  ctx: SentenceContext,
  cueStart: number,
  head: number,
): Draft | null {
  const { words } = ctx;
  const src = findSourceBefore(words, cueStart);
  if (!src) return null;
  const region = regionEndingBefore(ctx, (words[src[0]] as { start: number }).start);
  if (!region) return null;
  return {
    contentSpans: withLeadIn(ctx, region),
    source: spanOfWords(words, src[0], src[1]),
    cue: spanOfWords(words, cueStart, head + 1),
    addressee: null,
    regions: [region],
    rule: "quotes/quote-speaker-cue",
    paragraph: ctx.paragraph,
  };
}
