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

/** An HTML page becomes one raw article; cleanup's html path extracts its main text. */
export function readHtml(id: string, html: string, meta?: ArticleMeta): RawArticle[] {
  return [{ id, raw: html, format: "html", ...(meta ? { meta } : {}) }];
}
