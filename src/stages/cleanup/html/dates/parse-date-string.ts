import { MONTH_ALTERNATION, MONTH_NAMES } from "../lexicon/month-names.js";

/** Years outside this range are not publication dates of web pages (no clock: fixed bounds). */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

/** A date read from a machine-written value; `utc` when it was written in UTC (`Z`,
 * `+00:00`, `GMT`), so the writer's local day may differ from the day written; `offset`, the
 * UTC offset written with its time ("-05:00", "Z"), when there was one. */
export interface DateStamp {
  value: string;
  utc: boolean;
  offset?: string;
}

const UTC_STAMP =
  /^\s*\d{4}-?\d{2}-?\d{2}[T ]\d{2}:?\d{2}(?::?\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00|UTC|GMT)\b/i;

/** Reads a machine-written date and notes whether it was written in UTC. */
export function readDateStamp(
  value: string,
  options: { loose?: boolean; order?: NumericOrder } = {},
): DateStamp | null {
  const date = parseDateString(value, options);
  if (date === null) return null;
  return { ...withOffset(date, value), utc: UTC_STAMP.test(value) };
}

/** ISO 8601 time then its offset: `2026-03-12T23:30:00-05:00`, `…T04:30Z`, `… 04:30 UTC`. */
const ISO_OFFSET =
  /^\s*\d{4}-?\d{2}-?\d{2}[T ]\d{2}:?\d{2}(?::?\d{2}(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)(?![\d:])/i;
/** RFC 2822 (feeds, HTTP): `Thu, 12 Mar 2026 23:30:00 -0500`, `… 04:30:00 GMT`. */
const RFC_OFFSET =
  /^[^\d]{0,20}\d{1,2}\s+[A-Za-z]{3,}\.?\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(Z|UT|UTC|GMT|[+-]\d{4})\b/i;

/**
 * The UTC offset a machine-written date-time states ("+02:00", or "Z" for UTC), normalised;
 * null when it states none (the time is then local to an unknown zone) or an impossible one.
 */
export function readUtcOffset(value: string): string | null {
  const text = value.length > 200 ? value.slice(0, 200) : value;
  const written = (ISO_OFFSET.exec(text) ?? RFC_OFFSET.exec(text))?.[1];
  if (written === undefined) return null;
  if (/^(z|ut|utc|gmt)$/i.test(written)) return "Z";
  const digits = written.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (hours > 14 || minutes > 59) return null;
  return `${written[0]}${pad(hours)}:${pad(minutes)}`;
}

/** `{ value }`, with the offset `written` states when `date` kept its time. */
export function withOffset(date: string, written: string): { value: string; offset?: string } {
  const offset = date.includes("T") ? readUtcOffset(written) : null;
  return offset === null ? { value: date } : { value: date, offset };
}

/** Day-month order for numeric dates like 03/04/2016: "dmy" outside the US. */
export type NumericOrder = "dmy" | "mdy";

const ISO = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?/;
const YMD_SLASH = /(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2}))?/;
/** 23.12.2016, 23/12/2016, 23-12-2016; German pages often put (thin) spaces after the dots. */
const NUMERIC =
  /(?<![\d.])(\d{1,2})([./-])[\s\u2009\u202f]?(\d{1,2})\2[\s\u2009\u202f]?(\d{4})(?!\d)/;
const NAMED_DMY = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s*(?:de\\s+)?(${MONTH_ALTERNATION})\\.?,?\\s*(?:de\\s+)?(\\d{4})(?!\\d)`,
  "iu",
);
const NAMED_MDY = new RegExp(
  `(?<![\\p{L}])(${MONTH_ALTERNATION})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`,
  "iu",
);

/**
 * Reads a date from a machine-written value (ISO 8601, RFC 2822, compact) or, with
 * `loose`, from prose ("23 December 2016", "Dec. 23, 2016", "23.12.2016").
 * Returns `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, or null.
 */
export function parseDateString(
  value: string,
  options: { loose?: boolean; order?: NumericOrder } = {},
): string | null {
  const text = value.length > 400 ? value.slice(0, 400) : value;
  let m = ISO.exec(text);
  if (m) return makeDate(m[1], m[2], m[3], m[4], m[5]);
  m = COMPACT.exec(text);
  if (m && !options.loose) return makeDate(m[1], m[2], m[3], m[4], m[5]);
  return parseLooseDate(text, options.order ?? "dmy");
}

/** The first date written in prose, with its index in `text`. */
export function findDateInText(
  text: string,
  order: NumericOrder,
): { value: string; index: number } | null {
  const hits: { value: string; index: number }[] = [];
  const tries: [RegExp, (m: RegExpExecArray) => string | null][] = [
    [/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/, (m) => makeDate(m[1], m[2], m[3])],
    [YMD_SLASH, (m) => makeDate(m[1], m[2], m[3])],
    [NAMED_DMY, (m) => makeDate(m[3], String(MONTH_NAMES[lower(m[2])] ?? 0), m[1])],
    [NAMED_MDY, (m) => makeDate(m[3], String(MONTH_NAMES[lower(m[1])] ?? 0), m[2])],
    [NUMERIC, (m) => numericDate(m, order)],
  ];
  for (const [pattern, read] of tries) {
    const m = pattern.exec(text);
    if (!m) continue;
    const value = read(m);
    if (value !== null) hits.push({ value, index: m.index });
  }
  if (hits.length === 0) return null;
  hits.sort((a, b) => a.index - b.index);
  return hits[0] ?? null;
}

function parseLooseDate(text: string, order: NumericOrder): string | null {
  const rfc = /(\d{1,2})\s+([A-Za-z]{3,})\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2}))?/.exec(text);
  if (rfc) {
    const month = MONTH_NAMES[lower(rfc[2])];
    if (month !== undefined) return makeDate(rfc[3], String(month), rfc[1], rfc[4], rfc[5]);
  }
  return findDateInText(text, order)?.value ?? null;
}

function numericDate(m: RegExpExecArray, order: NumericOrder): string | null {
  const a = Number(m[1]);
  const b = Number(m[3]);
  if (m[2] === "." || a > 12) return makeDate(m[4], m[3], m[1]);
  if (b > 12) return makeDate(m[4], m[1], m[3]);
  return order === "mdy" ? makeDate(m[4], m[1], m[3]) : makeDate(m[4], m[3], m[1]);
}

function lower(word: string | undefined): string {
  return (word ?? "").toLowerCase();
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Builds an ISO date from parts, or null when they do not make a real date. */
export function makeDate(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
  hour?: string,
  minute?: string,
): string | null {
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR) return null;
  if (!Number.isInteger(mo) || mo < 1 || mo > 12) return null;
  if (!Number.isInteger(d) || d < 1 || d > (DAYS_IN_MONTH[mo - 1] ?? 0)) return null;
  if (mo === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  if (hour === undefined || minute === undefined) return date;
  const h = Number(hour);
  const mi = Number(minute);
  if (h > 23 || mi > 59) return date;
  return `${date}T${pad(h)}:${pad(mi)}`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
