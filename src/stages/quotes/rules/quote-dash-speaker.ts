import type { Paragraph } from "../../../model.js";
import type { Draft } from "../context.js";
import type { QuoteRegion } from "../find-quote-regions.js";

/** Longest dash-and-name tail after a quotation, in characters (keeps the look linear). */
const MAX_TAIL_CHARS = 120;

/** A name after the dash has at most this many words. */
const MAX_NAME_WORDS = 6;
/** A capitalised name, optionally with a short description after a comma. */
const NAME = /^[\p{Lu}][\p{L}\p{M}.'’-]*(?:\s+(?:[\p{Lu}][\p{L}\p{M}.'’-]*|de|van|von|al|bin))*$/u;

/**
 * “I'm so ashamed.” ― Pamela Padilla — a quotation, a dash, and a name closing the paragraph:
 * the dash is the cue and the name the speaker.
 */
export function matchQuoteDashSpeaker(
  text: string,
  region: QuoteRegion,
  paragraph: Paragraph,
  paragraphIndex: number,
): Draft | null {
  // The name runs to the end of its line (lines of a paragraph may each carry a quote).
  const newline = text.indexOf("\n", region.close);
  const lineEnd = newline >= 0 && newline < paragraph.span[1] ? newline : paragraph.span[1];
  if (lineEnd - region.close > MAX_TAIL_CHARS) return null;
  const tail = text.slice(region.close, lineEnd);
  const m = /^\s*([—―–]|--?)\s*/.exec(tail);
  if (!m) return null;
  const nameStart = region.close + m[0].length;
  let nameEnd = lineEnd;
  while (nameEnd > nameStart && /[\s.,;]/.test(text[nameEnd - 1] ?? "")) nameEnd--;
  const name = text.slice(nameStart, nameEnd);
  const head = name.split(",")[0]?.trim() ?? "";
  if (!NAME.test(head) || head.split(/\s+/).length > MAX_NAME_WORDS) return null;
  const dashAt = region.close + tail.indexOf(m[1] as string);
  return {
    contentSpans: [...region.pieces],
    source: [nameStart, nameStart + head.length],
    cue: [dashAt, dashAt + (m[1] as string).length],
    addressee: null,
    regions: [region],
    rule: "quotes/quote-dash-speaker",
    paragraph: paragraphIndex,
  };
}
