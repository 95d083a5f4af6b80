import { repairDoubleEncoding } from "../../ingest/repair-double-encoding.js";
import { type FoundDate, findPublishedDate } from "./dates/find-published-date.js";
import { readJsonLd } from "./dates/read-json-ld.js";
import { extractMainText } from "./extract-main-text.js";
import { extractMetadata, type PageMetadata } from "./extract-metadata.js";
import type { HtmlElement } from "./parse-html.js";
import { parseHtml } from "./parse-html.js";
import { extractWithReadability } from "./readability-baseline.js";
import type { TextBlock } from "./text-block.js";

export interface HtmlArticle extends PageMetadata {
  published: FoundDate | null;
  paragraphs: string[];
  /** Which extractor gave the text: ours, or Readability as fallback. */
  extractor: "newsgraph" | "readability" | "none";
}

export interface ExtractHtmlOptions {
  /** The page's URL when known (from a WARC record, a feed, a fetch): dates and outlet use it. */
  url?: string | null;
  /** Use Readability when our scorer finds less than `minChars` (default true). */
  fallback?: boolean;
  /** Pages longer than this many characters are cut first (default 16M): memory stays bounded. */
  maxChars?: number;
}

/** Below this much main text our scorer probably picked the wrong container. */
const MIN_MAIN_TEXT = 200;
const DEFAULT_MAX_CHARS = 16_000_000;
/** Readability's text replaces ours only when this many times longer. */
const FALLBACK_GAIN = 2;
/**
 * Readability's cost grows with nodes x nesting depth (900 nested divs took 10 s); real pages
 * nest far less, so deeper pages get no fallback rather than a stalled batch.
 */
const MAX_FALLBACK_DEPTH = 150;

/** Main text (paragraphs), title, byline, outlet, canonical URL, language and date of a page. */
export function extractHtmlArticle(html: string, options: ExtractHtmlOptions = {}): HtmlArticle {
  const limit = options.maxChars ?? DEFAULT_MAX_CHARS;
  const source = html.length > limit ? html.slice(0, limit) : html;
  const page = parseHtml(source);
  const jsonLd = readJsonLd(page.jsonLd);
  const metadata = extractMetadata(page, jsonLd, options.url ?? null);
  const published = findPublishedDate(page, jsonLd, metadata.url ?? options.url ?? null);
  let blocks: TextBlock[] = extractMainText(page.root).blocks;
  let extractor: HtmlArticle["extractor"] = blocks.length > 0 ? "newsgraph" : "none";
  const fallbackAllowed = options.fallback !== false && depthOf(page.root) <= MAX_FALLBACK_DEPTH;
  if (fallbackAllowed && totalLength(blocks) < MIN_MAIN_TEXT) {
    const fallback = extractWithReadability(source).blocks;
    if (prefersFallback(totalLength(blocks), totalLength(fallback))) {
      blocks = fallback;
      extractor = "readability";
    }
  }
  const paragraphs = blocks.map((block) => block.text);
  // Double encoding written as entities ("caf&Atilde;&copy;") survives the byte-level repair.
  const joined = paragraphs.join("\n");
  const repaired = repairDoubleEncoding(joined);
  if (repaired === joined) return { ...metadata, published, paragraphs, extractor };
  const title = metadata.title === null ? null : repairDoubleEncoding(metadata.title, 1);
  return { ...metadata, title, published, paragraphs: repaired.split("\n"), extractor };
}

/** Short pages are often right to be short: Readability's text wins only when clearly longer. */
export function prefersFallback(ours: number, readability: number): boolean {
  return readability > FALLBACK_GAIN * ours;
}

function totalLength(blocks: TextBlock[]): number {
  return blocks.reduce((sum, block) => sum + block.text.length, 0);
}

/** Deepest element nesting, walked without recursion (the tree itself may be deep). */
function depthOf(root: HtmlElement): number {
  let deepest = 0;
  const stack: Array<[HtmlElement, number]> = [[root, 0]];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const [element, depth] = item;
    if (depth > deepest) deepest = depth;
    for (const child of element.children) {
      if (typeof child !== "string") stack.push([child, depth + 1]);
    }
  }
  return deepest;
}
