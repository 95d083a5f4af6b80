import type { ArticleMeta, RawArticle } from "../../../model.js";
import { parseDateString, withOffset } from "../../cleanup/html/dates/parse-date-string.js";

/** How many leading lines are parsed to decide whether a file is JSONL. */
const SNIFF_LINES = 3;

/** Whether text is JSON Lines of articles: its first lines are objects with `text` or `html`. */
export function looksLikeJsonl(text: string): boolean {
  if (!text.trimStart().startsWith("{")) return false;
  const lines = text
    .slice(0, 1_000_000)
    .split("\n")
    .filter((l) => l.trim() !== "");
  // The first line decides; a bad line after it is reported by readJsonl, not a reason to read
  // the whole file as one plain-text article.
  const first = parseLine(lines[0] ?? "");
  if (first === null) return false;
  let articles = 0;
  for (const line of lines.slice(0, SNIFF_LINES)) {
    const value = parseLine(line);
    if (value && (typeof value.text === "string" || typeof value.html === "string")) articles++;
  }
  return articles > 0;
}

export interface JsonlResult {
  articles: RawArticle[];
  /** Lines that are not articles: `file.jsonl#7: ...`. */
  problems: string[];
}

/**
 * One article per line: `text` or `html`, and optional `title`, `url`, `published`, `outlet`
 * (also `byline`/`author`, `language`, `id`). Ids are `<file>#<line>` (1-based) unless the
 * line has its own `id`. Bad lines are reported and skipped; the rest go on.
 */
export function readJsonl(id: string, text: string): JsonlResult {
  const articles: RawArticle[] = [];
  const problems: string[] = [];
  let lineNo = 0;
  for (const line of text.split("\n")) {
    lineNo++;
    if (line.trim() === "") continue;
    const lineId = `${id}#${lineNo}`;
    const value = parseLine(line);
    if (value === null) {
      problems.push(`${lineId}: not a JSON object`);
      continue;
    }
    const article = toArticle(lineId, value);
    if (article === null) problems.push(`${lineId}: has neither "text" nor "html"`);
    else articles.push(article);
  }
  return { articles, problems };
}

function toArticle(lineId: string, value: Record<string, unknown>): RawArticle | null {
  const meta = readMeta(value);
  const ownId =
    typeof value.id === "string" && value.id !== ""
      ? `${lineId.split("#")[0]}#${value.id}`
      : lineId;
  if (typeof value.html === "string" && value.html.trim() !== "") {
    return { id: ownId, raw: value.html, format: "html", meta };
  }
  if (typeof value.text === "string" && value.text.trim() !== "") {
    return { id: ownId, raw: value.text, format: "jsonl", meta };
  }
  return null;
}

function readMeta(value: Record<string, unknown>): ArticleMeta {
  const str = (key: string): string | null =>
    typeof value[key] === "string" && (value[key] as string).trim() !== ""
      ? (value[key] as string).trim()
      : null;
  const given = str("published") ?? str("date") ?? str("published_at");
  // Normalised to ISO; a value that is no date is dropped rather than passed on as one.
  const published = given ? parseDateString(given, { loose: true }) : null;
  return {
    title: str("title"),
    url: str("url"),
    outlet: str("outlet") ?? str("source"),
    byline: str("byline") ?? str("author"),
    language: str("language") ?? str("lang"),
    published: published && given ? { ...withOffset(published, given), source: "jsonl" } : null,
  };
}

function parseLine(line: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(line);
    return value !== null && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
