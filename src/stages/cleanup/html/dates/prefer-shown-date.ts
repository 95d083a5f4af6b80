import type { DateSource } from "../../../../model.js";
import type { DateStamp } from "./parse-date-string.js";

export interface Candidate extends DateStamp {
  source: DateSource;
  /** The meta tag it came from, for meta candidates. */
  key?: string;
}

/** Meta tags that carry schema.org's `datePublished`/`dateCreated` (microdata), like JSON-LD. */
const SCHEMA_ORG_META = new Set(["datepublished", "datecreated"]);
/** Meta tags that name no event: CMSs fill them with the record's last change or cache time. */
const BARE_DATE_META = new Set(["date", "dc.date", "dcterms.date"]);
/** A change date falls days or weeks after publication; further back the shown date is
 * something else (a header's "today", an event, an older story). */
const MAX_CHANGE_LAG_DAYS = 31;

/** The dates the page shows its reader: the date line, and the first date in the text led by a
 * publishing cue (else the first date); computed on demand. */
type ShownDates = () => (Candidate | null)[];

/**
 * The modification date, when `picked` is a schema.org publication date (JSON-LD or microdata
 * meta) and the page shows the modification date instead. Schema.org dates are written for
 * search engines and often keep a first draft's date; a page that shows its readers the update
 * stands by it. Open Graph and Dublin Core publication tags are not overruled this way: pages
 * that carry them show an update as a note beside the original date.
 */
export function findShownUpdate(
  picked: Candidate,
  modified: (Candidate | null)[],
  shown: ShownDates,
): Candidate | null {
  const schemaOrg =
    picked.source === "jsonld" || (picked.key !== undefined && SCHEMA_ORG_META.has(picked.key));
  if (!schemaOrg) return null;
  const updates = modified.filter((c): c is Candidate => c !== null && day(c) !== day(picked));
  if (updates.length === 0) return null;
  const days = shown().map((c) => c && day(c));
  return updates.find((c) => days.includes(day(c))) ?? null;
}

/**
 * The shown date (the date line first), when `picked` is a bare `date` meta tag and the page
 * shows a date up to a month earlier: the tag then holds a later change, and the earliest plausible date is the
 * publication (htmldate's original-date rule).
 */
export function findEarlierShownDate(picked: Candidate, shown: ShownDates): Candidate | null {
  if (picked.source !== "meta" || picked.key === undefined || !BARE_DATE_META.has(picked.key)) {
    return null;
  }
  const date = shown().find((c) => c !== null);
  if (!date) return null;
  const lag = (Date.parse(day(picked)) - Date.parse(day(date))) / 86_400_000;
  return lag >= 1 && lag <= MAX_CHANGE_LAG_DAYS ? date : null;
}

/** The day of a candidate, without its time. */
export function day(c: Candidate): string {
  return c.value.slice(0, 10);
}
