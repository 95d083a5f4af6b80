import type { DateSource } from "../../../../model.js";
import type { ParsedHtml } from "../parse-html.js";
import { findDateFromJsonLd } from "./date-from-json-ld.js";
import { findDateFromMeta } from "./date-from-meta.js";
import { findDateFromText } from "./date-from-text.js";
import { findDateFromTimeElement } from "./date-from-time-element.js";
import { findDateFromUrl } from "./date-from-url.js";
import type { DateStamp, NumericOrder } from "./parse-date-string.js";
import { type Candidate, day, findEarlierShownDate, findShownUpdate } from "./prefer-shown-date.js";
import type { JsonLdNode } from "./read-json-ld.js";

export interface FoundDate {
  value: string;
  source: DateSource;
  offset?: string;
}

/** UTC stamps at these hours may fall on another day where the page was written. */
const UTC_EDGE_HOURS = { before: 7, from: 22 };

/**
 * The publication date. A date in the URL path is the most reliable and wins outright (the
 * page's own date is kept when it falls on that day: it may carry the time). Then,
 * in order of trust (htmldate's): meta tags, JSON-LD, `<time>` marked as the publication date,
 * date lines in the text, the first `<time>`, modification dates, any date in the text. The date line the
 * reader sees overrides that answer when a machine-readable date (published or modified)
 * confirms it — pages that show their update date stand by it — or when the answer is a UTC
 * stamp near midnight and the date line is one day off (the local day as written). Last, the
 * date the page shows may overrule a weak machine date (see prefer-shown-date.ts).
 */
export function findPublishedDate(
  page: ParsedHtml,
  jsonLd: JsonLdNode[],
  url: string | null,
): FoundDate | null {
  const fromPage = findDateInPage(page, jsonLd);
  const fromUrl = findDateFromUrl(url);
  if (fromUrl === null || fromPage?.value.startsWith(fromUrl)) return fromPage;
  return { value: fromUrl, source: "url" };
}

function findDateInPage(page: ParsedHtml, jsonLd: JsonLdNode[]): FoundDate | null {
  const order: NumericOrder = /^en-us/i.test(page.lang ?? "") ? "mdy" : "dmy";
  const marked = candidate("time-element", findDateFromTimeElement(page.root, order, "marked"));
  const meta = candidate("meta", findDateFromMeta(page.metas));
  const jsonld = candidate("jsonld", findDateFromJsonLd(jsonLd));
  const dateLine = candidate("text", findDateFromText(page.root, order, "date-line"));
  const modified = [
    candidate("jsonld", findDateFromJsonLd(jsonLd, "modified")),
    candidate("meta", findDateFromMeta(page.metas, "modified")),
  ];
  const picked =
    meta ??
    jsonld ??
    marked ??
    dateLine ??
    candidate("time-element", findDateFromTimeElement(page.root, order, "first")) ??
    modified[0] ??
    modified[1] ??
    candidate("text", findDateFromText(page.root, order, "page"));
  if (picked === null) return null;
  if (dateLine !== null && dateLine !== picked && day(dateLine) !== day(picked)) {
    const confirmed = [marked, meta, jsonld, ...modified].some(
      (c) => c && day(c) === day(dateLine),
    );
    if (confirmed || isLocalDayOfUtc(picked, dateLine, page.lang)) {
      return found(dateLine);
    }
  }
  const shown = () => [dateLine, candidate("text", findDateFromText(page.root, order, "page"))];
  return found(
    findShownUpdate(picked, modified, shown) ?? findEarlierShownDate(picked, shown) ?? picked,
  );
}

function candidate(
  source: DateSource,
  date: DateStamp | { value: string; offset?: string } | string | null,
): Candidate | null {
  if (date === null) return null;
  return typeof date === "string"
    ? { value: date, utc: false, source }
    : { utc: false, ...date, source };
}

function found(c: Candidate): FoundDate {
  return c.offset
    ? { value: c.value, source: c.source, offset: c.offset }
    : { value: c.value, source: c.source };
}

/** Languages written mostly west of Greenwich, where early-UTC stamps are the day before. */
const WESTERN_LANG = /^(en|es-(us|mx|ar|co|cl|pe|ve)|pt-br|fr-ca)\b/i;

/**
 * Whether `local` is the day a UTC stamp falls on where the page was written: the day before
 * for early hours on western pages (the Americas), the day after for late hours elsewhere.
 */
function isLocalDayOfUtc(stamp: Candidate, local: Candidate, lang: string | null): boolean {
  if (!stamp.utc || stamp.value.length < 13) return false;
  const hour = Number(stamp.value.slice(11, 13));
  const shift = (Date.parse(day(local)) - Date.parse(day(stamp))) / 86_400_000;
  const western = lang === null || WESTERN_LANG.test(lang);
  if (shift === -1) return western && hour < UTC_EDGE_HOURS.before;
  if (shift === 1) return !/^en-us\b/i.test(lang ?? "") && hour >= UTC_EDGE_HOURS.from;
  return false;
}
