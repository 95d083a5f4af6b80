import type { ArticleMeta, RawArticle } from "../../../model.js";

/** Markup that only HTML pages start with (after white space, comments and a BOM). */
const HTML_START =
  /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|title>)/i;
/** Pages saved without a doctype still show these tags early on. */
const HTML_TAGS = /<(html|head|body|div|p|article|meta)[\s>]/gi;

/** Whether text is an HTML page (by content, not by file name). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048);
  if (HTML_START.test(head)) return true;
  // The cheap test first: plain text is not scanned for tags.
  if (!head.trimStart().startsWith("<")) return false;
  const tags = head.match(HTML_TAGS);
  return tags !== null && tags.length >= 3;
}

/** Elements whose content is never shown as text. */
const HIDDEN_CONTENT =
  /<(script|style|noscript|template|svg|head|title)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
/** A letter or digit between tags (`&nbsp;` and other references are no text). */
const TEXT_BETWEEN_TAGS = /(^|>)([^<]*?&[#\w]+;)*[^<&]*?[\p{L}\p{N}]/u;

/**
 * Whether a page shows any text at all: a letter or digit outside tags, scripts, styles and
 * the head. Cheap (a page with text usually answers within its first few kilobytes of body);
 * a page that answers no has nothing for cleanup to extract.
 */
export function hasVisibleText(html: string): boolean {
  const bodyAt = html.search(/<body[\s>]/i);
  const body = bodyAt >= 0 ? html.slice(bodyAt) : html;
  return TEXT_BETWEEN_TAGS.test(body.replace(HIDDEN_CONTENT, " "));
}

/** An HTML page becomes one raw article; cleanup's html path extracts its main text. */
export function readHtml(id: string, html: string, meta?: ArticleMeta): RawArticle[] {
  return [{ id, raw: html, format: "html", ...(meta ? { meta } : {}) }];
}
