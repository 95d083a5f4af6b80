import type { Paragraph } from "../../model.js";

/** A blank line (possibly holding spaces) separates paragraphs. */
const PARAGRAPH_BREAK = /\n[ \t\r\f\v\u00a0]*\n\s*/g;

/** Paragraph spans of a text, trimmed of surrounding white space; empty ones skipped. */
export function findParagraphs(text: string, rule = "segment/paragraph"): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let match = PARAGRAPH_BREAK.exec(text); ; match = PARAGRAPH_BREAK.exec(text)) {
    const end = match ? match.index : text.length;
    pushTrimmed(text, start, end, rule, paragraphs);
    if (!match) break;
    start = match.index + match[0].length;
  }
  return paragraphs;
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
