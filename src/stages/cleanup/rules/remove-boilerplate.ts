import { BOILERPLATE_LINES, TRAILING_BOILERPLATE } from "../lexicon/boilerplate.js";

/** Glued furniture is short: only the end of a paragraph is searched, keeping cleanup linear. */
const TAIL_LENGTH = 60;

/** True when a whole paragraph is page furniture ("Follow us on:", "Share this article"). */
export function isBoilerplate(paragraph: string): boolean {
  const text = paragraph.trim();
  if (text.length > 120 || text.includes("\n")) return false;
  return BOILERPLATE_LINES.some((pattern) => pattern.test(text));
}

/** Offset within the paragraph where glued trailing furniture starts, or null. */
export function findTrailingBoilerplate(paragraph: string): number | null {
  const tailStart = Math.max(0, paragraph.length - TAIL_LENGTH);
  const match = TRAILING_BOILERPLATE.exec(paragraph.slice(tailStart));
  return match ? tailStart + match.index : null;
}
