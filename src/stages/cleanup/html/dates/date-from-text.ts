import { collectText, type HtmlElement, walkElements } from "../parse-html.js";
import { classAndId } from "../rules/is-boilerplate-element.js";
import { findDateInText, type NumericOrder } from "./parse-date-string.js";

/** Elements whose class or id says they hold the date line or byline. */
const DATE_CLASS =
  /date|time|byline|meta|posted|published|datum|dateline|entry-info|post-info|author/i;
const MODIFIED_CLASS = /updat|modif|comment/i;
/** Date lines are short; longer elements are containers. */
const MAX_DATE_LINE = 200;
/** Dates looked at in the page text before giving up: bounds the work on date-heavy pages. */
const MAX_TEXT_DATES = 60;
/** Words just before a date that say it is the publication date. */
const PUBLISHED_CUE =
  /(published|posted|posté|publié|veröffentlicht|erschienen|publicado|pubblicato|date|datum|posted on|published on|publié le|veröffentlicht am)\s*:?\s*$/i;

/**
 * The publication date from visible text. `date-line`: elements classed as dates or bylines.
 * `page`: a date led by a "published" cue, else the first date in the page.
 */
export function findDateFromText(
  root: HtmlElement,
  order: NumericOrder,
  mode: "date-line" | "page" = "page",
): string | null {
  return mode === "date-line" ? findDateLine(root, order) : findDateInPage(root, order);
}

function findDateLine(root: HtmlElement, order: NumericOrder): string | null {
  for (const element of walkElements(root)) {
    const names = classAndId(element);
    if (names === "" || !DATE_CLASS.test(names) || MODIFIED_CLASS.test(names)) continue;
    const text = collectText(element);
    if (text.length > MAX_DATE_LINE * 4) continue;
    const found = findDateInText(text.slice(0, MAX_DATE_LINE * 4), order);
    if (found !== null) return found.value;
  }
  return null;
}

function findDateInPage(root: HtmlElement, order: NumericOrder): string | null {
  const page = collectText(root).replace(/\s+/g, " ");
  const limit = Math.min(page.length, 200_000);
  let fallback: string | null = null;
  let tries = 0;
  for (let start = 0; start < limit && tries < MAX_TEXT_DATES; tries++) {
    const found = findDateInText(page.slice(start, start + 2_000), order);
    if (found === null) {
      start += 1_900;
      continue;
    }
    const at = start + found.index;
    if (PUBLISHED_CUE.test(page.slice(Math.max(0, at - 40), at))) return found.value;
    if (fallback === null) fallback = found.value;
    start = at + 6;
  }
  return fallback;
}
