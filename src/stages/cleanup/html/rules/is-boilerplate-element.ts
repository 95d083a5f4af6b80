import {
  LIKELY_CLASS,
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

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** An element named by a weak furniture word is dropped only below this much text. */
const SMALL_ELEMENT = 300;

/**
 * Whether an element is navigation, sharing, comments, ads, cookie or paywall notices:
 * by tag, ARIA role, hidden state, or class/id words (unless they also name the article body).
 * Weak words (widget, banner, meta...) count only when `textLength` is given and small.
 */
export function isBoilerplateElement(element: HtmlElement, textLength?: number): boolean {
  const { tag, attrs } = element;
  if (FURNITURE_TAGS.has(tag)) return true;
  if (tag === "header") return textLength === undefined || textLength < LONG_HEADER;
  if (attrs.role !== undefined && FURNITURE_ROLES.has(attrs.role.toLowerCase())) return true;
  if (attrs.hidden !== undefined || attrs["aria-hidden"] === "true") return true;
  if (attrs.style !== undefined && HIDDEN_STYLE.test(attrs.style)) return true;
  if (CONTAINER_TAGS.has(tag)) return false;
  const names = classAndId(element);
  if (names === "" || attrs.itemprop === "articleBody") return false;
  if (LIKELY_CLASS.test(names)) return false;
  if (UNLIKELY_CLASS.test(names)) return true;
  return textLength !== undefined && textLength < SMALL_ELEMENT && WEAK_UNLIKELY_CLASS.test(names);
}

/** The class and id of an element joined by a space ("" when it has none). */
export function classAndId(element: HtmlElement): string {
  const cls = element.attrs.class;
  const id = element.attrs.id;
  if (cls === undefined) return id ?? "";
  return id === undefined ? cls : `${cls} ${id}`;
}
