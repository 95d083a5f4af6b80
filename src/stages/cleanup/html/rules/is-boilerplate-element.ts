import {
  ABOUT_BOX_CLASS,
  LIKELY_CLASS,
  NEVER_ARTICLE_CLASS,
  UNLIKELY_CLASS,
  WEAK_UNLIKELY_CLASS,
} from "../lexicon/boilerplate-patterns.js";
import type { HtmlElement } from "../parse-html.js";

/** Elements that are page furniture by their tag alone. */
const FURNITURE_TAGS = new Set(["nav", "footer", "aside", "menu", "dialog"]);
/** A `<header>` this long is the article's own wrapper on some sites, not a page header. */
const LONG_HEADER = 1500;

/** ARIA roles of furniture. */
const FURNITURE_ROLES = new Set([
  "navigation",
  "banner",
  "contentinfo",
  "complementary",
  "menu",
  "menubar",
  "dialog",
  "alertdialog",
  "search",
  "toolbar",
]);

/** Tags that hold the article itself and are never dropped for their class. */
const CONTAINER_TAGS = new Set(["#root", "html", "body", "article", "main"]);

/** Ids React gives the hidden chunks it streams before moving them into place (`S:0`, `S:1f`). */
const STREAMED_CHUNK_ID = /^S:[0-9a-z]+$/;

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** An element named by a weak furniture word is dropped only below this much text. */
const SMALL_ELEMENT = 300;
/** Text this long with few links reads as a sentence of the article. */
const MIN_SENTENCE = 80;
/** An element named by a furniture word is kept when this long and mostly prose. */
const LARGE_ELEMENT = 1500;
const PROSE_LINK_SHARE = 0.3;

/**
 * Whether an element is navigation, sharing, comments, ads, cookie or paywall notices:
 * by tag, ARIA role, hidden state, or class/id words (unless they also name the article body).
 * Weak words (widget, banner, meta...) count only when `textLength` is given and small.
 */
export function isBoilerplateElement(
  element: HtmlElement,
  textLength?: number,
  linkLength = 0,
): boolean {
  const { tag, attrs } = element;
  if (FURNITURE_TAGS.has(tag)) return !isPageWrapper(textLength, linkLength);
  if (tag === "header") return textLength === undefined || textLength < LONG_HEADER;
  // Contact, sign-up and search forms; some sites (ASP.NET) wrap the whole page in a form,
  // so without a length nothing is said.
  if (tag === "form") return textLength !== undefined && textLength < LARGE_ELEMENT;
  if (attrs.role !== undefined && FURNITURE_ROLES.has(attrs.role.toLowerCase())) return true;
  // React streaming pages render the article into `<div hidden id="S:0">` and move it later:
  // those chunks are judged like shown ones; other hidden elements only kept when large prose.
  if (attrs.hidden !== undefined && !STREAMED_CHUNK_ID.test(attrs.id ?? "")) {
    return !isLargeProse(textLength, linkLength);
  }
  if (attrs["aria-hidden"] === "true") return true;
  // Collapsed accordions and tabs hide article text too: only short or link-heavy hidden
  // elements (menus, pop-ups) are dropped.
  if (attrs.style !== undefined && HIDDEN_STYLE.test(attrs.style)) {
    return !isProseBlock(textLength, linkLength);
  }
  if (CONTAINER_TAGS.has(tag)) return false;
  const names = dropLayoutModifiers(classAndId(element));
  if (names === "" || attrs.itemprop === "articleBody") return false;
  if (LIKELY_CLASS.test(names)) return false;
  if (NEVER_ARTICLE_CLASS.test(names)) return true;
  const linkShare = textLength ? linkLength / textLength : 0;
  const isProse =
    textLength !== undefined && textLength >= LARGE_ELEMENT && linkShare < PROSE_LINK_SHARE;
  if (UNLIKELY_CLASS.test(names) || ABOUT_BOX_CLASS.test(names)) return !isProse;
  if (textLength === undefined || textLength >= SMALL_ELEMENT) return false;
  // A weak word on a block holding a sentence of prose is a page builder's wrapper name.
  const holdsSentence = textLength >= MIN_SENTENCE && linkShare < PROSE_LINK_SHARE;
  return !holdsSentence && WEAK_UNLIKELY_CLASS.test(names);
}

/** Some sites wrap the whole page in an `<aside>` or `<nav>`: that much prose is no furniture. */
const PAGE_WRAPPER = 5000;

/** Enough unlinked text to be a paragraph of the article. */
const PROSE_BLOCK = 200;

function isProseBlock(textLength: number | undefined, linkLength: number): boolean {
  return (
    textLength !== undefined &&
    textLength >= PROSE_BLOCK &&
    linkLength / textLength < PROSE_LINK_SHARE
  );
}

function isLargeProse(textLength: number | undefined, linkLength: number): boolean {
  return (
    textLength !== undefined &&
    textLength >= LARGE_ELEMENT &&
    linkLength / textLength < PROSE_LINK_SHARE
  );
}

function isPageWrapper(textLength: number | undefined, linkLength: number): boolean {
  return (
    textLength !== undefined &&
    textLength >= PAGE_WRAPPER &&
    linkLength / textLength < PROSE_LINK_SHARE
  );
}

/** Layout modifiers name what is beside an element, not what it is: `has-sidebar`, `with-ads`. */
const LAYOUT_MODIFIER = /(^|\s)(with|without|has|no|show|is|hide|enable|disable)[-_][\w-]*/gi;

function dropLayoutModifiers(names: string): string {
  return names.includes("-") || names.includes("_") ? names.replace(LAYOUT_MODIFIER, " ") : names;
}

/** The class and id of an element joined by a space ("" when it has none). */
export function classAndId(element: HtmlElement): string {
  const cls = element.attrs.class;
  const id = element.attrs.id;
  if (cls === undefined) return id ?? "";
  return id === undefined ? cls : `${cls} ${id}`;
}
