import { ABOUT_BOX_CLASS } from "../lexicon/boilerplate-patterns.js";
import { collectText, type HtmlElement, walkElements } from "../parse-html.js";
import { classAndId, isBoilerplateElement } from "../rules/is-boilerplate-element.js";
import { type NumericOrder, parseDateString, withOffset } from "./parse-date-string.js";

const PUBLISHED_HINT = /publish|posted|entry-date|post-date|article-date|created|datum|date/i;
const MODIFIED_HINT = /updat|modif|edited|comment/i;
/** RDFa properties of the publication date (`property="schema:datePublished"`, Drupal's
 * `schema:dateCreated`), read like microdata's itemprop. */
const RDFA_PUBLISHED = /^(?:schema:|https?:\/\/schema\.org\/)?date(?:published|created)$/i;

/** A date read from an element, with the UTC offset its machine-readable value gives. */
type TimeStamp = { value: string; offset?: string };

/**
 * The publication date from `<time>` elements and `itemprop="datePublished"` elements.
 * `marked`: only those marked as the publication date (pubdate, itemprop, a date class);
 * otherwise the first `<time>` outside furniture and quotes (embedded posts carry their own).
 */
export function findDateFromTimeElement(
  root: HtmlElement,
  order: NumericOrder,
  mode: "marked" | "first",
): TimeStamp | null {
  let firstPlain: TimeStamp | null = null;
  let firstHinted: TimeStamp | null = null;
  for (const element of walkElements(root)) {
    const itemprop = isRdfaPublished(element)
      ? "datepublished"
      : element.attrs.itemprop?.toLowerCase();
    if (element.tag !== "time" && itemprop !== "datepublished") continue;
    if (itemprop === "datemodified" || insideFurniture(element)) continue;
    if (mode === "first" && insideQuote(element)) continue;
    const raw = element.attrs.datetime ?? element.attrs.content ?? collectText(element);
    const parsed = parseDateString(raw, { loose: true, order });
    if (parsed === null) continue;
    const date = withOffset(parsed, raw);
    const names = `${classAndId(element)} ${classAndId(element.parent ?? element)}`;
    if (itemprop === "datepublished" || element.attrs.pubdate !== undefined) return date;
    // A class hint is weaker than markup: a header's "today" date is classed `date` too.
    if (firstHinted === null && PUBLISHED_HINT.test(names) && !MODIFIED_HINT.test(names)) {
      firstHinted = date;
    }
    if (mode === "first" && firstPlain === null && !MODIFIED_HINT.test(names)) firstPlain = date;
  }
  return firstHinted ?? firstPlain;
}

function isRdfaPublished(element: HtmlElement): boolean {
  const property = element.attrs.property;
  return property !== undefined && element.tag !== "meta" && RDFA_PUBLISHED.test(property);
}

function insideQuote(element: HtmlElement): boolean {
  for (let node = element.parent; node !== null; node = node.parent) {
    if (node.tag === "blockquote" || node.tag === "q") return true;
  }
  return false;
}

/** Whether an element sits in furniture (comments, related lists, sidebars). */
export function insideFurniture(element: HtmlElement): boolean {
  for (let node = element.parent; node !== null; node = node.parent) {
    if (node.tag === "header" || node.tag === "footer") continue;
    // Boxes about the writer are furniture of the main text but hold the byline and its date.
    if (ABOUT_BOX_CLASS.test(classAndId(node))) continue;
    if (isBoilerplateElement(node) && !/^(nav|aside)$/.test(node.tag)) return true;
    if (node.tag === "aside" || node.tag === "nav") return true;
  }
  return false;
}
