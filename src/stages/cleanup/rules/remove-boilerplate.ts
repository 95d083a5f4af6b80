import { BOILERPLATE_LINES, TRAILING_BOILERPLATE } from "../lexicon/boilerplate.js";

/** True when a whole paragraph is page furniture ("Follow us on:", "Share this article"). */
export function isBoilerplate(paragraph: string): boolean {
  const text = paragraph.trim();
  if (text.length > 120 || text.includes("\n")) return false;
  return BOILERPLATE_LINES.some((pattern) => pattern.test(text));
}

/** Offset within the paragraph where glued trailing furniture starts, or null. */
export function findTrailingBoilerplate(paragraph: string): number | null {
  const match = TRAILING_BOILERPLATE.exec(paragraph);
  return match ? match.index : null;
}
