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
const BY_PREFIX = /^(by|von|par|por|di|door)\s+/i;
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
  const h1 = findFirstH1(page.root);
  const candidates = [
    meta("og:title"),
    meta("twitter:title"),
    article ? readJsonLdString(article.headline) : null,
    page.title,
  ]
    .map((t) => (t ? normalizeSpace(t) : null))
    .filter((t): t is string => !!t);
  // An h1 that the head's titles agree with is the headline without the site name.
  if (h1 && candidates.some((c) => c.toLowerCase().includes(h1.toLowerCase()))) return h1;
  const first = candidates[0];
  if (first !== undefined) return stripSiteName(first, candidates);
  return h1;
}

function findFirstH1(root: HtmlElement): string | null {
  for (const element of walkElements(root)) {
    if (element.tag !== "h1") continue;
    const text = normalizeSpace(collectText(element));
    if (text.length >= 3 && text.length < 300) return text;
  }
  return null;
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
  for (const node of jsonLd) {
    if (!isArticleNode(node)) continue;
    const author = readJsonLdString(node.author);
    if (author && !/^https?:/.test(author)) return cleanByline(author);
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
  return null;
}

function cleanByline(text: string): string | null {
  const clean = normalizeSpace(text).replace(BY_PREFIX, "").trim();
  return clean.length >= 2 ? clean : null;
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
