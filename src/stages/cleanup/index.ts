import type {
  CleanArticle,
  CleanupEdit,
  Paragraph,
  Published,
  RawArticle,
  Span,
} from "../../model.js";
import { findParagraphs } from "../segment/find-paragraphs.js";
import { isRegexSpace } from "../segment/is-regex-space.js";
import { cleanHtml } from "./html/index.js";
import { type Header, readHeader } from "./read-header.js";
import { type Dateline, findDateline } from "./rules/find-dateline.js";
import { findDoubledNames } from "./rules/find-doubled-names.js";
import { isSignature } from "./rules/find-signature.js";
import { findTrailingBoilerplate, isBoilerplate } from "./rules/remove-boilerplate.js";
import { TextBuilder } from "./text-builder.js";

export interface CleanupOptions {
  /** Keep the text exactly as read; metadata is still read from the header. */
  verbatim?: boolean;
  /** ISO date that replaces any date the input carries. */
  documentDate?: string | null;
  /** ISO date used only when the input carries none. */
  fallbackDate?: string | null;
}

const PARAGRAPH_SEPARATOR = "\n\n";

/** The cleanup stage: header fields read, furniture removed, every edit recorded. */
export function cleanArticle(raw: RawArticle, options: CleanupOptions = {}): CleanArticle {
  if (raw.format === "html") return cleanHtml(raw, options);
  const source = raw.raw;
  const header = readHeader(source);
  const body = findParagraphs(source).filter((p) => p.span[0] >= header.bodyStart);
  const signature = findOutletSignature(body);
  const { text, edits, sourceMap, paragraphs, dateline } =
    options.verbatim || body.length === 0
      ? verbatimBody(source)
      : rebuildBody(source, header, body, signature);
  const meta = raw.meta ?? {};
  // One literal with every field: spreading a fields object and adding to it was a slow path.
  return {
    id: raw.id,
    title: meta.title ?? header.title,
    outlet: meta.outlet ?? signature?.text ?? dateline?.agency ?? null,
    byline: meta.byline ?? header.byline,
    url: meta.url ?? null,
    language: meta.language ?? null,
    published: choosePublished(raw, header, options, dateline),
    text,
    edits,
    sourceMap,
    paragraphs,
  };
}

/** The text exactly as read. */
function verbatimBody(source: string): Rebuilt {
  return {
    text: source,
    edits: [],
    sourceMap: [[0, 0, source.length]],
    paragraphs: findParagraphs(source),
    dateline: null,
  };
}

function choosePublished(
  raw: RawArticle,
  header: Header,
  options: CleanupOptions,
  dateline: (Dateline & { span: Span }) | null,
): Published {
  if (options.documentDate) return { value: options.documentDate, source: "given" };
  const fromMeta = raw.meta?.published;
  if (fromMeta) return { ...fromMeta, source: asDateSource(fromMeta.source) };
  if (header.published) {
    return { value: header.published.value, source: "header", evidence: header.published.evidence };
  }
  const evidence = dateline
    ? [{ span: dateline.span, text: raw.raw.slice(...dateline.span), rule: "cleanup/dateline" }]
    : [];
  if (dateline?.date) return { value: dateline.date, source: "text", evidence };
  if (options.fallbackDate) return { value: options.fallbackDate, source: "given" };
  if (dateline?.yearless) {
    const reason = "the dateline gives the month and day, not the year";
    return { value: null, source: "none", implied: { value: dateline.yearless, evidence, reason } };
  }
  return { value: null, source: "none" };
}

function asDateSource(source: string): Published["source"] {
  const known = ["jsonld", "meta", "time-element", "url", "text", "feed", "warc", "jsonl"];
  return (known.includes(source) ? source : "meta") as Published["source"];
}

function findOutletSignature(body: Paragraph[]): Paragraph | null {
  const last = body.at(-1);
  return body.length > 1 && last && isSignature(last.text) ? last : null;
}

interface Rebuilt {
  text: string;
  edits: CleanupEdit[];
  sourceMap: CleanArticle["sourceMap"];
  paragraphs: Paragraph[];
  /** The first paragraph's dateline, with its source span (cut from the text). */
  dateline: (Dateline & { span: Span }) | null;
}

function rebuildBody(
  source: string,
  header: Header,
  body: Paragraph[],
  signature: Paragraph | null,
): Rebuilt {
  const edits: CleanupEdit[] = header.lines.map((line) =>
    removal(
      line.span,
      line.text,
      line.kind === "boilerplate" ? "cleanup/boilerplate" : `cleanup/header-${line.kind}`,
    ),
  );
  const builder = new TextBuilder(source);
  // Most texts have no carriage return: one search spares a search per paragraph.
  const firstCarriageReturn = source.indexOf("\r");
  const paragraphs: Paragraph[] = [];
  let previous: string | null = null;
  let dateline: Rebuilt["dateline"] = null;
  for (const paragraph of body) {
    const rule = dropRule(paragraph, previous, signature);
    if (rule) {
      edits.push(removal(paragraph.span, paragraph.text, rule));
      continue;
    }
    let from = paragraph.span[0];
    if (paragraphs.length === 0) {
      const found = findDateline(paragraph.text);
      if (found && found.length < paragraph.text.length) {
        const span: Span = [from, from + found.length];
        dateline = { ...found, span };
        edits.push(removal(span, source.slice(...span), "cleanup/dateline"));
        from = span[1];
      }
    }
    previous = paragraph.text;
    if (paragraphs.length > 0) builder.insert(PARAGRAPH_SEPARATOR);
    const start = builder.size;
    copyParagraph(source, [from, paragraph.span[1]], builder, edits, firstCarriageReturn);
    if (builder.size > start)
      paragraphs.push({ span: [start, builder.size], text: "", rule: "cleanup/paragraph" });
  }
  const text = builder.build();
  for (const p of paragraphs) p.text = text.slice(p.span[0], p.span[1]);
  edits.sort((a, b) => a.span[0] - b.span[0]);
  return { text, edits, sourceMap: builder.sourceMap, paragraphs, dateline };
}

function dropRule(
  paragraph: Paragraph,
  previous: string | null,
  signature: Paragraph | null,
): string | null {
  if (paragraph === signature) return "cleanup/outlet-signature";
  if (/^[“"‘'«„]/u.test(paragraph.text)) return null;
  if (isBoilerplate(paragraph.text)) return "cleanup/boilerplate";
  if (previous !== null && isSameText(paragraph.text, previous))
    return "cleanup/duplicate-paragraph";
  return null;
}

/** Copies one paragraph, cutting glued furniture, doubled names and carriage returns. */
function copyParagraph(
  source: string,
  span: Span,
  builder: TextBuilder,
  edits: CleanupEdit[],
  firstCarriageReturn: number,
): void {
  const [start, end] = span;
  const paragraph = source.slice(start, end);
  const cuts: Array<{ span: Span; rule: string; kind: CleanupEdit["kind"] }> = [];
  for (const hit of findDoubledNames(paragraph)) {
    cuts.push({
      span: [start + hit.start, start + hit.end],
      rule: "cleanup/doubled-name",
      kind: "repaired",
    });
  }
  const trailing = findTrailingBoilerplate(paragraph);
  if (trailing !== null)
    cuts.push({ span: [start + trailing, end], rule: "cleanup/boilerplate", kind: "removed" });
  if (firstCarriageReturn !== -1 && firstCarriageReturn < end) {
    for (let i = paragraph.indexOf("\r"); i !== -1; i = paragraph.indexOf("\r", i + 1)) {
      cuts.push({ span: [start + i, start + i + 1], rule: "cleanup/line-ending", kind: "removed" });
    }
  }
  if (cuts.length === 0) {
    builder.copy(start, end);
    return;
  }
  cuts.sort((a, b) => a.span[0] - b.span[0]);
  let cursor = start;
  for (const cut of cuts) {
    if (cut.span[0] < cursor) continue;
    builder.copy(cursor, cut.span[0]);
    if (cut.rule !== "cleanup/line-ending") {
      edits.push({
        kind: cut.kind,
        span: cut.span,
        text: source.slice(...cut.span),
        replacement: "",
        rule: cut.rule,
      });
    }
    cursor = cut.span[1];
  }
  builder.copy(cursor, end);
}

function removal(span: Span, text: string, rule: string): CleanupEdit {
  return { kind: "removed", span, text, replacement: "", rule };
}

/** Equal but for white space; the length test skips the comparison for most pairs. */
function isSameText(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.charCodeAt(0) !== b.charCodeAt(0)) return false;
  return Math.abs(a.length - b.length) < 20 && isSameButForSpace(a, b);
}

/**
 * `a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim()` without building either
 * string: the runs of non-space characters must be the same.
 */
function isSameButForSpace(a: string, b: string): boolean {
  let i = skipSpace(a, 0);
  let j = skipSpace(b, 0);
  while (i < a.length && j < b.length) {
    const inSpaceA = isRegexSpace(a.charCodeAt(i));
    if (inSpaceA !== isRegexSpace(b.charCodeAt(j))) return false;
    if (inSpaceA) {
      i = skipSpace(a, i);
      j = skipSpace(b, j);
    } else if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    else {
      i++;
      j++;
    }
  }
  return skipSpace(a, i) === a.length && skipSpace(b, j) === b.length;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isRegexSpace(text.charCodeAt(i))) i++;
  return i;
}
