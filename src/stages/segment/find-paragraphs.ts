import type { Paragraph } from "../../model.js";
import { isRegexSpace } from "./is-regex-space.js";

/**
 * Paragraph spans of a text, trimmed of surrounding white space; empty ones skipped. A blank
 * line (possibly holding spaces) separates paragraphs: a newline, blanks, a newline, then any
 * white space (the regex `\n[ \t\r\f\v\u00a0]*\n\s*`, scanned by hand as it was the slowest
 * part of cleanup).
 */
export function findParagraphs(text: string, rule = "segment/paragraph"): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (let newline = text.indexOf("\n"); newline !== -1; ) {
    let j = newline + 1;
    while (j < text.length && isBlankInLine(text.charCodeAt(j))) j++;
    if (j >= text.length || text.charCodeAt(j) !== 10) {
      newline = text.indexOf("\n", j);
      continue;
    }
    pushTrimmed(text, start, newline, rule, paragraphs);
    j++;
    while (j < text.length && isRegexSpace(text.charCodeAt(j))) j++;
    start = j;
    newline = text.indexOf("\n", j);
  }
  pushTrimmed(text, start, text.length, rule, paragraphs);
  return paragraphs;
}

/** White space a blank line may hold: `[ \t\r\f\v\u00a0]`. */
function isBlankInLine(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 12 || code === 11 || code === 0xa0;
}

function pushTrimmed(
  text: string,
  start: number,
  end: number,
  rule: string,
  out: Paragraph[],
): void {
  let from = start;
  let to = end;
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  if (to > from) out.push({ span: [from, to], text: text.slice(from, to), rule });
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0xfeff;
}
