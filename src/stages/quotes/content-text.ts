import type { Span } from "../../model.js";

/** Between two pieces of one quotation running over paragraphs: marks and white space only. */
const CONTINUATION = /^[\s"'“”‘’«»„‚‹›]*$/;

/**
 * A statement's words without the narration between its pieces: "We will not sign, … The
 * public deserves to see." A quotation continued in the next paragraph keeps its break.
 */
export function contentText(text: string, contentSpans: Span[]): string {
  let out = "";
  let previousEnd = -1;
  for (const [start, end] of contentSpans) {
    if (previousEnd >= 0) {
      const gap = text.slice(previousEnd, start);
      out += !CONTINUATION.test(gap) ? " … " : gap.includes("\n") ? "\n\n" : " ";
    }
    out += text.slice(start, end);
    previousEnd = end;
  }
  return out;
}
