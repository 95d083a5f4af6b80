/**
 * A wire-style dateline opening the first paragraph: "KESTREL BAY, May 4 (Northwind News) - The
 * ferry ...", "PORT ALDEN, March 3, 2026 — ...", "LONDON (Reuters) - ...". It says where and when
 * the story was filed, not what it reports: cleanup cuts it from the text (the edit keeps it),
 * and its date (when it has a year) and agency fill the article's metadata.
 */
import { parseHeaderDate } from "../parse-header-date.js";

export interface Dateline {
  /** Length of the dateline with the dash and spaces after it. */
  length: number;
  place: string;
  /** ISO date when the dateline gives day, month and year. */
  date: string | null;
  /** `XXXX-MM-DD` when it gives a month and day but no year ("May 4"). */
  yearless: string | null;
  agency: string | null;
}

/** A place in capitals, maybe with a region in any case: "KESTREL BAY", "PORTLAND, Maine". */
const PLACE = String.raw`(?<place>\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,3}(?:, \p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+)?)?)`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATE = String.raw`(?<date>${MONTH} \d{1,2}(?:, \d{4})?)`;
const AGENCY = String.raw`\((?<agency>[^()\n]{2,40})\)`;
/** Place, then a date, an agency or both, then a dash: the dash is what makes it a dateline. */
const DATELINE = new RegExp(
  String.raw`^${PLACE}(?:,\s*${DATE})?\s*(?:${AGENCY})?\s*[-–—]{1,2}\s+(?=\S)`,
  "u",
);

/** Capitalised labels that open a paragraph with a dash but name no place. */
const NOT_PLACES = new Set([
  "BREAKING",
  "UPDATE",
  "UPDATED",
  "EXCLUSIVE",
  "WATCH",
  "LIVE",
  "ANALYSIS",
  "OPINION",
  "EDITORIAL",
  "CORRECTION",
  "NOTE",
  "WARNING",
  "ADVISORY",
]);

/** "WASHINGTON — ...": a place alone makes a dateline when it is a word, not a label. */
function isPlaceAlone(place: string): boolean {
  return place.length >= 4 && !NOT_PLACES.has(place) && !place.includes(",");
}

const MONTH_INDEX = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
];
/** Days a month can have in some year (February: 29). */
const MAX_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "May 4" -> "XXXX-05-04"; null for a day the month never has. */
function readYearless(date: string): string | null {
  const month = MONTH_INDEX.indexOf(date.slice(0, 3).toLowerCase());
  const day = Number(/\d{1,2}/.exec(date)?.[0]);
  if (month < 0 || !(day >= 1 && day <= (MAX_DAYS[month] ?? 0))) return null;
  return `XXXX-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function findDateline(paragraph: string): Dateline | null {
  const match = DATELINE.exec(paragraph.slice(0, 200));
  if (!match?.groups) return null;
  const { place, date, agency } = match.groups;
  if (!place || (!date && !agency && !isPlaceAlone(place))) return null;
  return {
    length: match[0].length,
    place,
    date: date ? (parseHeaderDate(date)?.value ?? null) : null,
    yearless: date && !/\d{4}/.test(date) ? readYearless(date) : null,
    agency: agency?.trim() ?? null,
  };
}
