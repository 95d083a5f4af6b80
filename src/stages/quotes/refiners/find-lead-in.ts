import type { Span } from "../../../model.js";
import type { SentenceContext } from "../context.js";
import type { QuoteRegion } from "../find-quote-regions.js";

/** How far back a lead-in may reach, in characters (keeps the look-back bounded). */
const MAX_LEAD_IN_CHARS = 300;

/**
 * Start of the words that lead into a quotation opening mid-sentence ("With thousands of
 * systems, “there is no single point of failure,” he said"), or null when the quotation
 * opens its sentence.
 */
export function findLeadIn(text: string, region: QuoteRegion, floor: number): number | null {
  const limit = Math.max(floor, region.open - MAX_LEAD_IN_CHARS);
  let i = region.open;
  while (i > limit) {
    const c = text[i - 1] as string;
    if (c === "\n" || c === "." || c === "!" || c === "?" || c === "”" || c === '"' || c === ":")
      break;
    i--;
  }
  if (i === limit && limit > floor) return null;
  while (i < region.open && /\s/.test(text[i] ?? "")) i++;
  if (i >= region.open) return null;
  // A lead-in has words in it, not just a dash or a bracket.
  return /[\p{L}\p{N}]/u.test(text.slice(i, region.open)) ? i : null;
}

/** The quotation's pieces, the first widened back over a lead-in in its sentence (mixed). */
export function withLeadIn(ctx: SentenceContext, region: QuoteRegion): Span[] {
  const pieces = [...region.pieces];
  const lead = findLeadIn(ctx.text, region, ctx.paragraphStart);
  const first = pieces[0];
  if (lead === null || !first) return pieces;
  pieces[0] = [lead, region.pieces.length === 1 ? region.close : first[1]];
  return pieces;
}
