import { isArticleNode, type JsonLdNode, readJsonLdString } from "./dates/read-json-ld.js";
import {
  collectText,
  type HtmlElement,
  normalizeSpace,
  type ParsedHtml,
  walkElements,
} from "./parse-html.js";
import { classAndId } from "./rules/is-boilerplate-element.js";

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  outlet: string | null;
  url: string | null;
  language: string | null;
}

/** Separators between a headline and the site name in `<title>` and og:title. */
const TITLE_SEPARATOR = /\s+[|–—·•:»-]\s+|\s+[|]\s*|\s*[|]\s+/;
const BYLINE_CLASS =
  /(^|[\s_-])(byline|author|author-name|byline__name|contributor|writer|posted-by)($|[\s_-])/i;
/** "By", "Written by", "Author:" before a name; pages often glue it on ("ByAna"). */
const BY_PREFIX =
  /^((written|posted|reviewed|words|story|text)\s*by|by|von|par|por|di|door|author|autor|auteur)\s*:?\s*(?=\p{Lu}|\s)/iu;
/** A date or a " - " / " | " part after the name. */
const BYLINE_TAIL = /\s*(\s[-–—|•·]\s*|[-–—|]\s*(?=\d|\p{Lu}\p{Ll}+ \d)).*$/u;
/** A date and "by" before the name: "16 December 2025 by Ana". */
const LEADING_DATE_BY = /^.{0,40}?\d{4}\s+by\s+/i;
/** Bylines that name nobody. */
const NOT_A_NAME = /^(by|the author|author|admin|staff|guest|unknown|anonymous)$/i;
/** A byline longer than this is a paragraph, not a name. */
const MAX_BYLINE = 100;

/** Title, author, outlet, canonical URL and language from JSON-LD, meta tags and the page. */
export function extractMetadata(
  page: ParsedHtml,
  jsonLd: JsonLdNode[],
  givenUrl: string | null,
): PageMetadata {
  const meta = (key: string): string | null =>
    page.metas.find((m) => m.key === key && m.content !== "")?.content ?? null;
  const article = jsonLd.find(isArticleNode);
  const url = absoluteUrl(page.canonical ?? meta("og:url"), givenUrl) ?? givenUrl;
  return {
    title: pickTitle(page, article, meta),
    byline: pickByline(page, jsonLd, meta),
    outlet: pickOutlet(jsonLd, meta, url),
    url,
    language: pickLanguage(page, meta),
  };
}

function pickTitle(
  page: ParsedHtml,
  article: JsonLdNode | undefined,
  meta: (key: string) => string | null,
): string | null {
  const h1 = findHeadline(page.root);
  const candidates = [
    meta("og:title"),
    meta("twitter:title"),
    article ? readJsonLdString(article.headline) : null,
    page.title,
  ]
    .map((t) => (t ? normalizeSpace(t) : null))
    .filter((t): t is string => !!t);
  // The page's own headline: on wcxb-dev it matched the reference title more often than the
  // head's titles (0.806 vs 0.800 with an h1 only when a head title contains it).
  if (h1) return h1;
  const first = candidates[0];
  if (first !== undefined) return stripSiteName(first, candidates);
  return h1;
}

/** The first `h1` outside navigation, footers and sidebars. */
function findHeadline(root: HtmlElement): string | null {
  for (const element of walkElements(root)) {
    if (element.tag !== "h1" || insideNav(element)) continue;
    const text = normalizeSpace(collectText(element));
    if (text.length >= 3 && text.length < 300) return text;
  }
  return null;
}

function insideNav(element: HtmlElement): boolean {
  for (let node = element.parent; node !== null; node = node.parent) {
    if (node.tag === "nav" || node.tag === "footer" || node.tag === "aside") return true;
  }
  return false;
}

/** Drops a " | Site" or "Site - " part from a title when it is the shorter side. */
function stripSiteName(title: string, _others: string[]): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.split(/\s+/).length >= 3 ? longest.trim() : title;
}

function pickByline(
  page: ParsedHtml,
  jsonLd: JsonLdNode[],
  meta: (key: string) => string | null,
): string | null {
  let organization: string | null = null;
  for (const node of jsonLd) {
    if (!isArticleNode(node)) continue;
    const author = readJsonLdString(node.author);
    if (!author || /^https?:/.test(author)) continue;
    // An organization as author is kept only when the page names no person.
    if (isOrganization(node.author)) organization ??= cleanByline(author);
    else {
      const name = cleanByline(author);
      if (name) return name;
    }
  }
  for (const key of [
    "author",
    "article:author",
    "parsely-author",
    "byl",
    "dc.creator",
    "sailthru.author",
    "twitter:creator",
  ]) {
    const value = meta(key);
    if (value && !/^(https?:|@)/.test(value)) return cleanByline(value);
  }
  for (const element of walkElements(page.root)) {
    const rel = element.attrs.rel;
    const isAuthor =
      element.attrs.itemprop === "author" ||
      rel === "author" ||
      BYLINE_CLASS.test(classAndId(element));
    if (!isAuthor) continue;
    const text = cleanByline(collectText(element));
    if (text && text.length <= MAX_BYLINE) return text;
  }
  return organization;
}

function isOrganization(author: unknown): boolean {
  const first = Array.isArray(author) ? author[0] : author;
  if (first === null || typeof first !== "object") return false;
  const type = (first as Record<string, unknown>)["@type"];
  return (
    typeof type === "string" && /organi[sz]ation|corporation|newsmediaorganization/i.test(type)
  );
}

function cleanByline(text: string): string | null {
  let clean = decodeBasicEntities(normalizeSpace(text));
  clean = clean.replace(LEADING_DATE_BY, "").replace(BY_PREFIX, "").trim();
  clean = clean
    .replace(BYLINE_TAIL, "")
    .replace(/^[,;:\s]+|[,;:\s]+$/g, "")
    .trim();
  if (clean.length < 2 || NOT_A_NAME.test(clean) || !/\p{L}/u.test(clean)) return null;
  return clean;
}

const BASIC_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/** Meta and JSON-LD values are sometimes double-escaped (`Maria &amp; Katerina`). */
function decodeBasicEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|nbsp|#\d{1,6});/g, (whole, name: string) =>
    name.startsWith("#")
      ? String.fromCodePoint(Number(name.slice(1)) || 32)
      : (BASIC_ENTITIES[name] ?? whole),
  );
}

function pickOutlet(
  jsonLd: JsonLdNode[],
  meta: (key: string) => string | null,
  url: string | null,
): string | null {
  const site = meta("og:site_name") ?? meta("application-name");
  if (site) return normalizeSpace(site);
  for (const node of jsonLd) {
    const publisher = readJsonLdString(node.publisher);
    if (publisher) return publisher;
  }
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

function pickLanguage(page: ParsedHtml, meta: (key: string) => string | null): string | null {
  const raw = page.lang ?? meta("content-language") ?? meta("og:locale") ?? meta("language");
  if (!raw) return null;
  const primary =
    raw
      .trim()
      .split(/[-_,;\s]/)[0]
      ?.toLowerCase() ?? "";
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

function absoluteUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}
