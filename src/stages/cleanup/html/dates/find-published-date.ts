import type { DateSource } from "../../../../model.js";
import type { ParsedHtml } from "../parse-html.js";
import { findDateFromJsonLd } from "./date-from-json-ld.js";
import { findDateFromMeta } from "./date-from-meta.js";
import { findDateFromText } from "./date-from-text.js";
import { findDateFromTimeElement } from "./date-from-time-element.js";
import { findDateFromUrl } from "./date-from-url.js";
import type { NumericOrder } from "./parse-date-string.js";
import type { JsonLdNode } from "./read-json-ld.js";

export interface FoundDate {
  value: string;
  source: DateSource;
}

/**
 * The publication date in order of trust: JSON-LD, meta tags, `<time>` marked as the
 * publication date, the URL path, date lines in the text, the first `<time>`, any date in the
 * text. Each answer records where it came from.
 */
export function findPublishedDate(
  page: ParsedHtml,
  jsonLd: JsonLdNode[],
  url: string | null,
): FoundDate | null {
  const order: NumericOrder = /^en-us/i.test(page.lang ?? "") ? "mdy" : "dmy";
  const steps: [DateSource, () => string | null][] = [
    ["jsonld", () => findDateFromJsonLd(jsonLd)],
    ["meta", () => findDateFromMeta(page.metas)],
    ["time-element", () => findDateFromTimeElement(page.root, order, "marked")],
    ["url", () => findDateFromUrl(url)],
    ["text", () => findDateFromText(page.root, order, "date-line")],
    ["time-element", () => findDateFromTimeElement(page.root, order, "first")],
    ["jsonld", () => findDateFromJsonLd(jsonLd, "modified")],
    ["meta", () => findDateFromMeta(page.metas, "modified")],
    ["text", () => findDateFromText(page.root, order, "page")],
  ];
  for (const [source, find] of steps) {
    const value = find();
    if (value !== null) return { value, source };
  }
  return null;
}
