import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { ArticleMeta, RawArticle } from "../../../model.js";
import { parseDateString, withOffset } from "../../cleanup/html/dates/parse-date-string.js";

/** Root elements of RSS 2.0, RSS 1.0 (RDF), Atom, sitemaps and sitemap indexes. */
const FEED_ROOT =
  /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<\?xml-stylesheet[^>]*>\s*|<!DOCTYPE[^>]*>\s*)*<(rss|rdf:RDF|feed|urlset|sitemapindex)[\s>]/i;
/** An item whose body is shorter than this is a summary: its page is worth fetching. */
export const SUMMARY_LENGTH = 600;
/** Items read from one feed at most. */
const MAX_ITEMS = 10_000;

/** Whether text is an RSS/Atom feed or a sitemap. */
export function looksLikeFeed(text: string): boolean {
  return FEED_ROOT.test(text.slice(0, 4096));
}

/** A page a feed points to: an item with only a summary, or a sitemap entry. */
export interface FeedLink {
  url: string;
  /** What the feed said about the page; merged under what the page says. */
  meta: ArticleMeta;
  /** The item's summary as an article, used when the page cannot be fetched. */
  summary: RawArticle | null;
  /** `sitemap` for a nested sitemap of a sitemap index. */
  kind: "page" | "sitemap";
}

export interface FeedResult {
  /** Items that carry their full text. */
  articles: RawArticle[];
  /** Items to fetch: summaries and sitemap entries. */
  links: FeedLink[];
  /** Why a feed that gave nothing gave nothing: where its XML breaks, or that it holds no
   * items. Null when something was read (a slightly broken feed is read as far as it goes). */
  problem: FeedProblem | null;
}

export interface FeedProblem {
  /** `malformed`: the XML breaks before any item; `empty`: well-formed, without items. */
  kind: "malformed" | "empty";
  message: string;
}

/**
 * Reads RSS 2.0, RSS 1.0, Atom, sitemaps and Google News sitemaps. Entity expansion is off
 * (the DOCTYPE is dropped before parsing, so "billion laughs" expands nothing); the five XML
 * entities and character references are decoded by hand. Never throws on odd XML: a feed
 * that yields nothing says why in `problem`.
 */
export function readFeed(id: string, xml: string): FeedResult {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    trimValues: true,
  });
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(dropDoctype(xml)) as Record<string, unknown>;
  } catch {
    return { articles: [], links: [], problem: describeXmlProblem(xml) };
  }
  const result: FeedResult = { articles: [], links: [], problem: null };
  const rss = get(doc, "rss", "channel") ?? get(doc, "rdf:RDF", "channel");
  if (doc.rss !== undefined || doc["rdf:RDF"] !== undefined) {
    const items = list(get(doc, "rss", "channel", "item") ?? get(doc, "rdf:RDF", "item"));
    const outlet = text(get(rss, "title"));
    for (const [i, item] of items.slice(0, MAX_ITEMS).entries()) {
      addItem(result, `${id}#${i + 1}`, readRssItem(item, outlet));
    }
  } else if (doc.feed !== undefined) {
    const outlet = text(get(doc, "feed", "title"));
    const entries = list(get(doc, "feed", "entry"));
    for (const [i, entry] of entries.slice(0, MAX_ITEMS).entries()) {
      addItem(result, `${id}#${i + 1}`, readAtomEntry(entry, outlet));
    }
  } else if (doc.urlset !== undefined) {
    for (const url of list(get(doc, "urlset", "url")).slice(0, MAX_ITEMS)) {
      const link = readSitemapUrl(url);
      if (link !== null) result.links.push(link);
    }
  } else if (doc.sitemapindex !== undefined) {
    for (const entry of list(get(doc, "sitemapindex", "sitemap")).slice(0, MAX_ITEMS)) {
      const loc = text(get(entry, "loc"));
      if (loc) result.links.push({ url: loc, meta: {}, summary: null, kind: "sitemap" });
    }
  }
  if (result.articles.length === 0 && result.links.length === 0) {
    result.problem = describeXmlProblem(xml);
  }
  return result;
}

interface FeedItem {
  meta: ArticleMeta;
  body: string | null;
  /** Whether `body` is the full text (content:encoded, Atom content) rather than a summary. */
  full: boolean;
}

function readRssItem(item: unknown, outlet: string | null): FeedItem {
  const content = text(get(item, "content:encoded"));
  const description = text(get(item, "description"));
  const guid = text(get(item, "guid"));
  return {
    meta: {
      title: text(get(item, "title")),
      url: text(get(item, "link")) ?? (guid?.startsWith("http") ? guid : null),
      outlet,
      byline: text(get(item, "dc:creator")) ?? text(get(item, "author")),
      published: feedDate(text(get(item, "pubDate")) ?? text(get(item, "dc:date"))),
    },
    body: content ?? description,
    full: content !== null,
  };
}

function readAtomEntry(entry: unknown, outlet: string | null): FeedItem {
  const links = list(get(entry, "link"));
  const alternate = links.find((l) => (attr(l, "rel") ?? "alternate") === "alternate") ?? links[0];
  const content = text(get(entry, "content"));
  return {
    meta: {
      title: text(get(entry, "title")),
      url: attr(alternate, "href") ?? text(alternate),
      outlet,
      byline: text(get(entry, "author", "name")),
      published: feedDate(text(get(entry, "published")) ?? text(get(entry, "updated"))),
    },
    body: content ?? text(get(entry, "summary")),
    full: content !== null,
  };
}

function readSitemapUrl(url: unknown): FeedLink | null {
  const loc = text(get(url, "loc"));
  if (!loc) return null;
  const news = get(url, "news:news");
  return {
    url: loc,
    meta: {
      url: loc,
      title: text(get(news, "news:title")),
      outlet: text(get(news, "news:publication", "news:name")),
      language: text(get(news, "news:publication", "news:language")),
      published: feedDate(text(get(news, "news:publication_date")) ?? text(get(url, "lastmod"))),
    },
    summary: null,
    kind: "page",
  };
}

function addItem(result: FeedResult, itemId: string, item: FeedItem): void {
  const body = item.body ?? "";
  const article: RawArticle | null =
    body.trim() === ""
      ? null
      : { id: item.meta.url ?? itemId, raw: asHtml(body), format: "html", meta: item.meta };
  const isSummary = !item.full && body.length < SUMMARY_LENGTH;
  if (article !== null && !isSummary) result.articles.push(article);
  else if (item.meta.url)
    result.links.push({ url: item.meta.url, meta: item.meta, summary: article, kind: "page" });
  else if (article !== null) result.articles.push(article);
}

/** Where the XML breaks (checked only for feeds that gave nothing: it costs a second pass). */
function describeXmlProblem(xml: string): FeedProblem {
  const check = XMLValidator.validate(dropDoctype(xml));
  if (check === true) return { kind: "empty", message: "the feed holds no items" };
  const { msg, line, col } = check.err;
  const what = msg.replace(/\s+/g, " ");
  return { kind: "malformed", message: `malformed XML at line ${line}, column ${col}: ${what}` };
}

/** Feed bodies are HTML fragments, or plain text that becomes one paragraph per line. */
function asHtml(body: string): string {
  if (/<[a-z][^>]*>/i.test(body)) return `<html><body><article>${body}</article></body></html>`;
  const paragraphs = body.split(/\n\s*\n/).map((p) => `<p>${escapeHtml(p)}</p>`);
  return `<html><body><article>${paragraphs.join("")}</article></body></html>`;
}

function feedDate(value: string | null): ArticleMeta["published"] {
  if (!value) return null;
  const date = parseDateString(value, { loose: true, order: "mdy" });
  return date ? { ...withOffset(date, value), source: "feed" } : null;
}

/** Removes `<!DOCTYPE ...>` with its internal subset, where entity bombs live. Linear scan. */
export function dropDoctype(xml: string): string {
  const start = xml.search(/<!DOCTYPE/i);
  if (start < 0) return xml;
  let depth = 0;
  for (let i = start + 9; i < xml.length; i++) {
    const c = xml[i];
    if (c === "[") depth++;
    else if (c === "]") depth--;
    else if (c === ">" && depth <= 0) return xml.slice(0, start) + xml.slice(i + 1);
  }
  return xml.slice(0, start);
}

function get(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (Array.isArray(current)) current = current[0];
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function attr(value: unknown, name: string): string | null {
  const v = get(value, `@_${name}`);
  return typeof v === "string" ? v : null;
}

/** Text of an element (plain, or `#text` beside attributes), XML entities decoded. */
function text(value: unknown): string | null {
  if (Array.isArray(value)) return text(value[0]);
  let raw: unknown = value;
  if (value !== null && typeof value === "object")
    raw = (value as Record<string, unknown>)["#text"];
  if (typeof raw === "number") raw = String(raw);
  if (typeof raw !== "string") return null;
  const decoded = decodeXmlEntities(raw).trim();
  return decoded === "" ? null : decoded;
}

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes the five predefined XML entities and character references; others stay as written. */
export function decodeXmlEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,4});/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X"
          ? Number.parseInt(name.slice(2), 16)
          : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return XML_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
