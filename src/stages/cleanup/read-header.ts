import type { Annotation } from "../../model.js";
import { isRegexSpace } from "../segment/is-regex-space.js";
import { isTimeLine, parseHeaderDate } from "./parse-header-date.js";
import { isBoilerplate } from "./rules/remove-boilerplate.js";

/** How many non-empty lines at the top may be header (title, date, byline). */
const MAX_HEADER_LINES = 6;
/** A headline is a line this long at most. */
const MAX_TITLE_LENGTH = 250;
const BYLINE =
  /^(?:by|written by|words by|author:)\s+(\p{Lu}[\p{L}\p{M}.'’ -]{1,60}?)(?:\s*[,|–—-]\s*(.{1,60}))?$/iu;

export interface HeaderLine {
  kind: "title" | "date" | "time" | "byline" | "boilerplate";
  span: [number, number];
  text: string;
}

export interface Header {
  lines: HeaderLine[];
  title: string | null;
  byline: string | null;
  published: { value: string; evidence: Annotation[] } | null;
  /** Source offset where the body starts. */
  bodyStart: number;
}

interface Line {
  span: [number, number];
  text: string;
}

/** Reads title, date/time and byline lines off the top of a plain-text article. */
export function readHeader(source: string): Header {
  const lines = firstLines(source, MAX_HEADER_LINES);
  const header: HeaderLine[] = [];
  let bodyStart = 0;
  for (const line of lines) {
    const kind = classifyLine(line, header);
    if (!kind) break;
    header.push({ kind, ...line });
    bodyStart = line.span[1];
  }
  if (!header.some((l) => l.kind !== "time" && l.kind !== "boilerplate")) return emptyHeader();
  return {
    lines: header,
    title: header.find((l) => l.kind === "title")?.text ?? null,
    byline: readByline(header),
    published: readPublished(header),
    bodyStart,
  };
}

function classifyLine(line: Line, before: HeaderLine[]): HeaderLine["kind"] | null {
  if (isBoilerplate(line.text)) return "boilerplate";
  if (parseHeaderDate(line.text)) return "date";
  if (isTimeLine(line.text)) return "time";
  if (BYLINE.test(line.text)) return "byline";
  if (before.some((l) => l.kind === "title")) return null;
  return looksLikeTitle(line.text) ? "title" : null;
}

function looksLikeTitle(text: string): boolean {
  if (text.length > MAX_TITLE_LENGTH || !/\p{L}/u.test(text)) return false;
  if (/^[“"‘'«„]/u.test(text)) return false;
  // Headlines carry no final period; a first line that has one is the first sentence.
  return !/[.:;,]$/.test(text);
}

function readByline(header: HeaderLine[]): string | null {
  const line = header.find((l) => l.kind === "byline");
  if (!line) return null;
  return BYLINE.exec(line.text)?.[1]?.trim() ?? null;
}

/** A time line joins the nearest date line ("09:07 pm" above "27 May 2017"). */
function readPublished(header: HeaderLine[]): Header["published"] {
  const dateLine = header.find((l) => l.kind === "date");
  if (!dateLine) return null;
  const timeLine = header.find((l) => l.kind === "time");
  const joined = timeLine ? `${timeLine.text} ${dateLine.text}` : dateLine.text;
  const parsed = parseHeaderDate(joined) ?? parseHeaderDate(dateLine.text);
  if (!parsed) return null;
  const evidenceLines = timeLine && parsed.hasTime ? [timeLine, dateLine] : [dateLine];
  return {
    value: parsed.value,
    evidence: evidenceLines.map((l) => ({
      span: l.span,
      text: l.text,
      rule: "cleanup/header-date",
    })),
  };
}

/** The first `limit` non-empty lines, trimmed, with their source spans. */
function firstLines(source: string, limit: number): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < source.length && lines.length < limit) {
    const newline = source.indexOf("\n", start);
    const end = newline === -1 ? source.length : newline;
    // Trimmed by hand: one slice per line instead of three.
    let from = start;
    let to = end;
    while (from < to && isRegexSpace(source.charCodeAt(from))) from++;
    while (to > from && isRegexSpace(source.charCodeAt(to - 1))) to--;
    if (to > from) lines.push({ span: [from, to], text: source.slice(from, to) });
    start = end + 1;
  }
  return lines;
}

function emptyHeader(): Header {
  return { lines: [], title: null, byline: null, published: null, bodyStart: 0 };
}
