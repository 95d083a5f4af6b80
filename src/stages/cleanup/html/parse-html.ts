import { Parser } from "htmlparser2";
import {
  MAX_SCRIPT_READ,
  newStreamedChunks,
  STREAMED_CHUNK_ID,
  STREAMED_PLACEHOLDER_ID,
  stitchStreamedChunks,
} from "./stitch-streamed-chunks.js";

/**
 * A light element tree built from htmlparser2's SAX events. Much cheaper than a full DOM
 * (linkedom builds ~120 pages/s here, this ~300): we only need tags, a few attributes and text.
 * Every walk over it is iterative, so 100,000 nested levels cannot overflow the stack.
 */
export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlChild[];
  parent: HtmlElement | null;
}

export type HtmlChild = HtmlElement | string;

export interface HtmlMetaTag {
  /** `name`, `property`, `itemprop` or `http-equiv`, lower-cased. */
  key: string;
  content: string;
}

export interface ParsedHtml {
  root: HtmlElement;
  /** `<title>` text. */
  title: string | null;
  metas: HtmlMetaTag[];
  /** Bodies of `<script type="application/ld+json">`. */
  jsonLd: string[];
  canonical: string | null;
  lang: string | null;
}

/** Nesting deeper than this is flattened: real pages stay far below, attacks do not. */
const MAX_DEPTH = 1_000;

/** Elements whose content is never text of the page (JSON-LD scripts are kept apart). */
const SKIPPED_CONTENT = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "canvas",
  "object",
  "select",
  "textarea",
  "button",
  "head",
]);

/** Tags that belong in `<head>`; any other tag there starts the body, as browsers do. */
const HEAD_TAGS = new Set([
  "meta",
  "link",
  "title",
  "base",
  "script",
  "style",
  "noscript",
  "template",
]);

/** Attributes kept on elements: the rest cost memory and nothing reads them. */
const KEPT_ATTRS = new Set([
  "id",
  "class",
  "role",
  "itemprop",
  "href",
  "datetime",
  "pubdate",
  "hidden",
  "aria-hidden",
  "style",
  "rel",
  "content",
  "property",
  "name",
  "type",
]);

/**
 * An `<html>` or `<body>` inside the page's body (an embedded article's markup pasted whole) is
 * read as a plain container, as browsers merge it away: otherwise it would look like the page's
 * own body and stop every climb toward the article's container.
 */
const DOCUMENT_TAGS = new Set(["html", "body"]);

function isNestedDocument(name: string, current: HtmlElement, root: HtmlElement): boolean {
  if (name === "html") return current !== root;
  if (name !== "body") return false;
  for (let a: HtmlElement | null = current; a !== null; a = a.parent)
    if (a.tag === "body") return true;
  return false;
}

/** Parses HTML into the light tree and gathers head metadata on the way. Never throws. */
export function parseHtml(html: string): ParsedHtml {
  const root: HtmlElement = { tag: "#root", attrs: {}, children: [], parent: null };
  const result: ParsedHtml = {
    root,
    title: null,
    metas: [],
    jsonLd: [],
    canonical: null,
    lang: null,
  };
  let current = root;
  let depth = 0;
  let flattened = 0;
  let skipDepth = 0;
  let skippedTag: string | null = null;
  let captureTitle = false;
  let titleText = "";
  let captureJsonLd = false;
  let jsonLdText = "";
  const nestedDocuments = new Set<HtmlElement>();
  const streamed = newStreamedChunks();
  let scriptText: string | null = null;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === "meta") collectMeta(result, attribs);
        else if (name === "link") collectLink(result, attribs);
        else if (name === "html" && attribs.lang && !result.lang) result.lang = attribs.lang;
        if (name === "title" && result.title === null) captureTitle = true;
        if (name === "script" && (attribs.type ?? "").toLowerCase().includes("ld+json")) {
          captureJsonLd = true;
          jsonLdText = "";
        } else if (name === "script" && attribs.src === undefined && skipDepth === 0) {
          scriptText = "";
        }
        // A <body>, or any body content, inside a <head> that was never closed ends the head,
        // as browsers do (some pages have neither `</head>` nor `<body>`).
        const endsHead = name === "body" || (skipDepth === 1 && !HEAD_TAGS.has(name));
        if (skippedTag === "head" && skipDepth > 0 && endsHead) {
          skipDepth = 0;
        }
        if (skipDepth > 0) {
          skipDepth++;
          return;
        }
        if (SKIPPED_CONTENT.has(name)) {
          if (name === "template" && STREAMED_PLACEHOLDER_ID.test(attribs.id ?? "")) {
            const placeholder = { tag: name, attrs: {}, children: [], parent: current };
            current.children.push(placeholder);
            streamed.placeholders.set(attribs.id as string, placeholder);
          }
          skipDepth = 1;
          skippedTag = name;
          return;
        }
        if (depth >= MAX_DEPTH) {
          flattened++;
          return;
        }
        const nested = isNestedDocument(name, current, root);
        const element: HtmlElement = {
          tag: nested ? "div" : name,
          attrs: keepAttrs(attribs),
          children: [],
          parent: current,
        };
        current.children.push(element);
        if (nested) nestedDocuments.add(element);
        if (STREAMED_CHUNK_ID.test(element.attrs.id ?? "")) {
          streamed.chunks.set(element.attrs.id as string, element);
        }
        if (!VOID_TAGS.has(name)) {
          current = element;
          depth++;
        }
      },
      ontext(text) {
        if (captureTitle) titleText += text;
        if (captureJsonLd) jsonLdText += text;
        if (scriptText !== null && scriptText.length < MAX_SCRIPT_READ) scriptText += text;
        if (skipDepth > 0) return;
        const last = current.children[current.children.length - 1];
        if (typeof last === "string") current.children[current.children.length - 1] = last + text;
        else current.children.push(text);
      },
      onclosetag(name) {
        if (name === "title" && captureTitle) {
          captureTitle = false;
          result.title = titleText;
        }
        if (name === "script" && captureJsonLd) {
          captureJsonLd = false;
          result.jsonLd.push(jsonLdText);
        }
        if (name === "script" && scriptText !== null) {
          if (scriptText.includes("$R")) streamed.scripts.push(scriptText);
          scriptText = null;
        }
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (VOID_TAGS.has(name)) return;
        if (flattened > 0) {
          flattened--;
          return;
        }
        if (
          current.parent &&
          (current.tag === name || (nestedDocuments.has(current) && DOCUMENT_TAGS.has(name)))
        ) {
          current = current.parent;
          depth--;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(flattenDeepNesting(closeUnclosedTitle(html)));
  parser.end();
  if (captureTitle) result.title = titleText;
  stitchStreamedChunks(streamed);
  return result;
}

/**
 * htmlparser2 keeps its open-element stack with unshift/shift, so 100,000 nested elements cost
 * O(n²) (~10 s). A linear pre-scan counts nesting; only when it passes the limit are the tags
 * beyond it removed (their text stays). Normal pages are returned untouched.
 */
const PRE_SCAN_LIMIT = 5_000;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>/g;

export function flattenDeepNesting(html: string): string {
  let depth = 0;
  let deepest = 0;
  for (const m of html.matchAll(TAG)) {
    const name = (m[2] as string).toLowerCase();
    if (VOID_TAGS.has(name) || (m[0] as string).endsWith("/>")) continue;
    depth += m[1] === "/" ? -1 : 1;
    if (depth < 0) depth = 0;
    if (depth > deepest) deepest = depth;
  }
  if (deepest <= PRE_SCAN_LIMIT) return html;
  depth = 0;
  let dropped = 0;
  return html.replace(TAG, (whole, slash: string, tagName: string) => {
    const name = tagName.toLowerCase();
    if (VOID_TAGS.has(name) || whole.endsWith("/>")) return whole;
    if (slash === "/") {
      if (dropped > 0 && depth >= MAX_DEPTH) {
        dropped--;
        return "";
      }
      depth = Math.max(0, depth - 1);
      return whole;
    }
    if (depth >= MAX_DEPTH) {
      dropped++;
      return "";
    }
    depth++;
    return whole;
  });
}

const VOID_TAGS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);

function keepAttrs(attribs: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const key in attribs) {
    if (KEPT_ATTRS.has(key)) kept[key] = attribs[key] ?? "";
  }
  return kept;
}

function collectMeta(result: ParsedHtml, attribs: Record<string, string>): void {
  const key = attribs.property ?? attribs.name ?? attribs.itemprop ?? attribs["http-equiv"];
  const content = attribs.content ?? attribs.datetime;
  if (key !== undefined && content !== undefined) {
    result.metas.push({ key: key.toLowerCase().trim(), content: content.trim() });
  }
}

function collectLink(result: ParsedHtml, attribs: Record<string, string>): void {
  const rel = (attribs.rel ?? "").toLowerCase();
  if (rel.split(/\s+/).includes("canonical") && attribs.href && !result.canonical) {
    result.canonical = attribs.href.trim();
  }
}

/** Whether a child is an element. */
export function isElement(child: HtmlChild): child is HtmlElement {
  return typeof child !== "string";
}

/** All text under an element, in document order, without layout. Iterative. */
export function collectText(element: HtmlElement): string {
  const parts: string[] = [];
  const stack: HtmlChild[] = [element];
  while (stack.length > 0) {
    const node = stack.pop() as HtmlChild;
    if (typeof node === "string") {
      parts.push(node);
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as HtmlChild);
  }
  return parts.join("");
}

/** Elements under `element` (itself included) in document order. Iterative. */
export function* walkElements(element: HtmlElement): Generator<HtmlElement> {
  const stack: HtmlElement[] = [element];
  while (stack.length > 0) {
    const node = stack.pop() as HtmlElement;
    yield node;
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i] as HtmlChild;
      if (typeof child !== "string") stack.push(child);
    }
  }
}

/** Collapses runs of white space to one space and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const TITLE_OPEN = /<title\b[^>]*>/i;
const TITLE_CLOSE = /<\/title\s*>/i;

/**
 * A `<title>` never closed swallows the whole page as title text (browsers do the same and show
 * an empty page). Closing it at the next tag recovers the article.
 */
function closeUnclosedTitle(html: string): string {
  const open = TITLE_OPEN.exec(html);
  if (!open || TITLE_CLOSE.test(html)) return html;
  const from = open.index + open[0].length;
  const next = html.indexOf("<", from);
  const at = next === -1 ? html.length : next;
  return `${html.slice(0, at)}</title>${html.slice(at)}`;
}
