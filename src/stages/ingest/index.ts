import { InvalidInputError } from "../../errors.js";
import type { RawArticle } from "../../model.js";
import { decodeBytes } from "./decode-bytes.js";
import { type FeedLink, looksLikeFeed, readFeed } from "./readers/feed-reader.js";
import { decodeHtmlBytes, gunzipBounded, isGzip } from "./readers/html-decode.js";
import { hasVisibleText, looksLikeHtml, readHtml } from "./readers/html-reader.js";
import { looksLikeJsonl, readJsonl } from "./readers/jsonl-reader.js";
import { readText } from "./readers/read-text.js";
import { looksLikeWarc } from "./readers/warc-reader.js";

export { decodeBytes } from "./decode-bytes.js";

export interface DecodeOptions {
  /** Called with non-fatal problems (e.g. an encoding fallback). */
  onWarning?: (message: string) => void;
  /** Given, feed items with only a summary and sitemap entries are handed here to fetch;
   * without it, summaries become articles and sitemap entries are dropped. */
  onLinks?: (links: FeedLink[]) => void;
  /** HTTP Content-Type charset, when the bytes came from the web. */
  charset?: string | null;
}

/** Stateless when not streaming, so one decoder serves every call. */
const LATIN1 = new TextDecoder("latin1");

/** The ingest stage: bytes of one input to the articles it holds. Pure. */
export function decodeInput(
  id: string,
  bytes: Uint8Array,
  options: DecodeOptions = {},
): RawArticle[] {
  if (isGzip(bytes)) return decodeInput(id, gunzipBounded(bytes), options);
  if (looksLikeWarc(bytes)) {
    throw new InvalidInputError(
      "INVALID_INPUT",
      `${id}: WARC data is streamed by readInputs, not decoded whole`,
    );
  }
  const web = readWebFormat(id, bytes, options);
  if (web) return web;
  const decoded = decodeBytes(id, bytes);
  if (decoded.warning) options.onWarning?.(decoded.warning);
  if (decoded.text.trim() === "") {
    throw new InvalidInputError("EMPTY_INPUT", `${id}: the input holds only white space`);
  }
  if (looksLikeJsonl(decoded.text)) {
    const { articles, problems } = readJsonl(id, decoded.text);
    for (const problem of problems) options.onWarning?.(problem);
    return articles;
  }
  return readText(id, decoded.text);
}

/** An HTML page or a feed, or null for anything else. */
function readWebFormat(id: string, bytes: Uint8Array, options: DecodeOptions): RawArticle[] | null {
  // Web formats are sniffed on the raw bytes first: their own charset declarations apply.
  // UTF-16 (with its byte order mark) is decoded first, as no declaration can be read before.
  const utf16 = hasUtf16Bom(bytes) ? decodeBytes(id, bytes).text : null;
  if (utf16 === null && !startsWithMarkup(bytes)) return null;
  const head = utf16?.slice(0, 4096) ?? LATIN1.decode(bytes.subarray(0, 4096));
  const pageText = () => utf16 ?? decodeHtmlBytes(bytes, { charset: options.charset }).text;
  if (looksLikeHtml(head) && !looksLikeFeed(head)) {
    const html = pageText();
    if (!hasVisibleText(html)) {
      throw new InvalidInputError("EMPTY_INPUT", `${id}: the page holds no text`);
    }
    return readHtml(id, html);
  }
  if (!looksLikeFeed(head)) return null;
  const feed = readFeed(id, pageText());
  if (feed.problem !== null) {
    const code = feed.problem.kind === "empty" ? "EMPTY_INPUT" : "INVALID_INPUT";
    throw new InvalidInputError(code, `${id}: ${feed.problem.message}`);
  }
  if (options.onLinks) {
    options.onLinks(feed.links);
    return feed.articles;
  }
  const summaries = feed.links.flatMap((link) => (link.summary ? [link.summary] : []));
  return [...feed.articles, ...summaries];
}

/**
 * Whether the first byte that is not white space (in Latin-1, as the head is read) is "<":
 * every HTML and feed test needs it, so plain text skips them.
 */
function startsWithMarkup(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte === 32 || (byte >= 9 && byte <= 13) || byte === 0xa0) continue;
    return byte === 0x3c;
  }
  return false;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}
