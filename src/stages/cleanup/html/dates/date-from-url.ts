import { makeDate } from "./parse-date-string.js";

/** `/2016/12/23/`, `/2016-12-23-`, `_20161223` in a URL path. */
const URL_DATE = /(?<!\d)((?:19|20)\d{2})[/_.-](\d{1,2})[/_.-](\d{1,2})(?!\d)/;
const URL_COMPACT = /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/;

/** The publication date written in a URL path (the host and query are not read). */
export function findDateFromUrl(url: string | null): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, "").replace(/[?#].*$/, "");
  const m = URL_DATE.exec(path) ?? URL_COMPACT.exec(path);
  return m ? makeDate(m[1], m[2], m[3]) : null;
}
