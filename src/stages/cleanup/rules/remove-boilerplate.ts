import { isRegexSpace } from "../../segment/is-regex-space.js";
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
  if (!mayEndInFurniture(paragraph)) return null;
  const tailStart = Math.max(0, paragraph.length - TAIL_LENGTH);
  const match = TRAILING_BOILERPLATE.exec(paragraph.slice(tailStart));
  return match ? tailStart + match.index : null;
}

/**
 * A necessary condition for TRAILING_BOILERPLATE, read off the last character that is not
 * white space: "…us", "…on", "…article", "…this", "…now", ":", or "now." / "now!". Most
 * paragraphs end in a period after another letter and skip the regex.
 */
function mayEndInFurniture(text: string): boolean {
  let last = text.length - 1;
  while (last >= 0 && isRegexSpace(text.charCodeAt(last))) last--;
  if (last < 0) return false;
  const code = text.charCodeAt(last) | 0x20;
  if (code === 0x2e || code === 0x21) return (text.charCodeAt(last - 1) | 0x20) === 0x77;
  return code === 0x73 || code === 0x6e || code === 0x65 || code === 0x77 || code === 0x3a;
}
