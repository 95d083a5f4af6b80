import type {
  ArticleMeta,
  CleanArticle,
  DateSource,
  Paragraph,
  Published,
  RawArticle,
} from "../../../model.js";
import type { FoundDate } from "./dates/find-published-date.js";
import { extractHtmlArticle } from "./extract-html-article.js";

export interface CleanHtmlOptions {
  /** ISO date that replaces any date the page carries (recorded as `given`). */
  documentDate?: string | null;
  /** ISO date used only when neither the page nor its container carries one. */
  fallbackDate?: string | null;
}

const PARAGRAPH_SEPARATOR = "\n\n";
/** Dates the page marks up itself: trusted over what its container (feed, WARC) says. */
const MARKED_UP: DateSource[] = ["jsonld", "meta", "time-element"];

/**
 * Cleanup's html path: main text with paragraphs joined by a blank line, metadata from the page
 * over metadata from its container. `edits` and `sourceMap` are empty: the text is extracted
 * from markup, so no run of it maps to the HTML source unchanged in a useful way.
 */
export function cleanHtml(raw: RawArticle, options: CleanHtmlOptions = {}): CleanArticle {
  const meta = raw.meta ?? {};
  const page = extractHtmlArticle(raw.raw, { url: meta.url ?? null });
  const paragraphs: Paragraph[] = [];
  let text = "";
  for (const paragraph of page.paragraphs) {
    if (text !== "") text += PARAGRAPH_SEPARATOR;
    paragraphs.push({
      span: [text.length, text.length + paragraph.length],
      text: paragraph,
      rule: "cleanup/html-paragraph",
    });
    text += paragraph;
  }
  return {
    id: raw.id,
    title: page.title ?? meta.title ?? null,
    outlet: meta.outlet ?? page.outlet,
    byline: page.byline ?? meta.byline ?? null,
    url: page.url ?? meta.url ?? null,
    language: page.language ?? meta.language ?? null,
    published: choosePublished(page.published, meta.published ?? null, options),
    text,
    edits: [],
    sourceMap: [],
    paragraphs,
  };
}

function choosePublished(
  page: FoundDate | null,
  container: ArticleMeta["published"],
  options: CleanHtmlOptions,
): Published {
  if (options.documentDate) return { value: options.documentDate, source: "given" };
  if (page && MARKED_UP.includes(page.source)) return { ...page };
  // A WARC date is the crawl's, not the article's: a date in the article's URL is better.
  if (page?.source === "url" && container?.source === "warc") return { ...page };
  if (container) return { ...container, source: asContainerSource(container.source) };
  if (page) return { ...page };
  if (options.fallbackDate) return { value: options.fallbackDate, source: "given" };
  return { value: null, source: "none" };
}

function asContainerSource(source: string): DateSource {
  return source === "feed" || source === "warc" || source === "jsonl" ? source : "meta";
}
