/**
 * Turns an analysed document into the flat record a store writes. Runs in analysis workers, so
 * the writer thread only binds values: hashing and compression happen here, in parallel.
 */
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { brotliCompressSync, brotliDecompressSync, constants, inflateRawSync } from "node:zlib";
import type {
  AnalyzedDocument,
  Entity,
  EntityType,
  QuoteKind,
  RawArticle,
  TimexType,
} from "../model.js";
import { contentText } from "../stages/quotes/content-text.js";

/**
 * Blobs are read rarely (show, export, reanalyze) and written a million times: Brotli at quality
 * 0 packs a synthetic article's analysis and source in half the CPU time of deflate level 1
 * (0.08 vs 0.17 ms), 5% larger. Its blobs open with BROTLI_MARK: no raw deflate stream starts
 * with 0xFF (block type 3 is invalid), so blobs written by earlier versions still read.
 */
const BROTLI_MARK = 0xff;
/**
 * A 64 KiB window (default 4 MiB) holds a whole analysis blob; the default's per-call buffers,
 * freed into each thread's malloc arenas, raised a 30k-article ingest's peak RSS from ~790 to
 * ~930 MiB.
 */
const BROTLI_OPTIONS = {
  params: { [constants.BROTLI_PARAM_QUALITY]: 0, [constants.BROTLI_PARAM_LGWIN]: 16 },
};
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

export interface PreparedEntity {
  localId: string;
  name: string;
  type: EntityType;
  mentions: number;
  /** JSON of the entity's attributes (roles, titles, aliases). */
  attributes: string;
}

export interface PreparedQuote {
  localId: string;
  kind: QuoteKind;
  start: number;
  end: number;
  text: string;
  /** Speaker name as the quote gives it, and the document entity it points at. */
  speaker: string | null;
  speakerEntity: string | null;
  cue: string | null;
  addressee: string | null;
  occasion: string | null;
  time: string | null;
}

export interface PreparedTimex {
  start: number;
  end: number;
  type: TimexType;
  value: string | null;
  anchor: string | null;
  mod: string | null;
  rule: string;
}

export interface PreparedDocument {
  /** Hash of the raw input (format, text, container metadata): same input, same hash. */
  rawHash: string;
  /** Hash of the cleaned text: the article's identity for deduplication. */
  contentHash: string;
  /** What makes two inputs versions of one article: its URL, else the input's name. */
  key: string;
  sourceId: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  byline: string | null;
  language: string | null;
  published: string | null;
  publishedSource: string;
  /** `YYYY-MM-DD` for date filters: the stamp, else the date the text implies. */
  date: string | null;
  version: string;
  text: string;
  /** Packed JSON (see packJson) of the document without `text`. */
  analysis: Uint8Array;
  /** Packed JSON of the raw input, for reanalysis. */
  source: Uint8Array;
  entities: PreparedEntity[];
  quotes: PreparedQuote[];
  timexes: PreparedTimex[];
}

export function hashText(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}

export function hashRawArticle(raw: RawArticle): string {
  return hashText(`${raw.format}\u0000${JSON.stringify(raw.meta ?? null)}\u0000${raw.raw}`);
}

const URL_ID = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * What makes two inputs "the same article" when the page gives no URL: the file's absolute
 * path (so `a.txt` and `./a.txt` are one article, and an edited file a new version of it), a
 * URL as it is, and, for standard input, which has no name, the text itself.
 */
/** True for ids that are URLs (stored as they are, not as file paths). */
export function isUrlId(id: string): boolean {
  return URL_ID.test(id);
}

export function storageKey(id: string, contentHash: string): string {
  if (id === "-" || id.startsWith("-#")) return `stdin:${contentHash}`;
  return URL_ID.test(id) ? id : resolve(id);
}

/** Mentions that describe someone without naming them ("the minister", "he", "officials"). */
const UNNAMED_RULES = new Set(["entities/role-nominal", "entities/pronoun", "entities/group-noun"]);

/**
 * Only named entities join the corpus-wide entity list: "the minister" of one article is not
 * the minister of the next. Unnamed ones stay in the article's stored analysis.
 */
function isNamed(entity: Entity): boolean {
  return entity.mentions.some((mention) => !UNNAMED_RULES.has(mention.rule));
}

export function prepareDocument(raw: RawArticle, doc: AnalyzedDocument): PreparedDocument {
  const { text, ...rest } = doc;
  const named = (doc.entities ?? []).filter(isNamed);
  const byLocalId = new Map(named.map((entity) => [entity.id, entity]));
  const contentHash = hashText(text);
  return {
    rawHash: hashRawArticle(raw),
    contentHash,
    key: doc.url ?? storageKey(raw.id, contentHash),
    sourceId: raw.id,
    url: doc.url,
    title: doc.title,
    outlet: doc.outlet,
    byline: doc.byline,
    language: doc.language,
    published: doc.published.value,
    publishedSource: doc.published.source,
    date: pickFilterDate(doc),
    version: doc.version,
    text,
    analysis: packJson(stripSpanTexts(rest, text)),
    source: packJson({ id: raw.id, format: raw.format, meta: raw.meta ?? null, raw: raw.raw }),
    entities: named.map((entity) => ({
      localId: entity.id,
      name: entity.name,
      type: entity.type,
      mentions: entity.mentions.length,
      attributes: JSON.stringify(entity.attributes ?? {}),
    })),
    quotes: (doc.quotes ?? []).map((quote) => ({
      localId: quote.id,
      kind: quote.kind,
      start: quote.span[0],
      end: quote.span[1],
      // The statement's words only: search, `quotes` and exports leave out the narration
      // between the pieces of a split quotation.
      text: contentText(text, quote.contentSpans),
      speaker: quote.speaker
        ? (byLocalId.get(quote.speaker.entity ?? "")?.name ??
          text.slice(quote.speaker.span[0], quote.speaker.span[1]))
        : null,
      speakerEntity: quote.speaker?.entity ?? null,
      cue: quote.cue?.text ?? null,
      addressee: quote.addressee?.text ?? null,
      occasion: quote.occasion?.text ?? null,
      time: quote.time?.value ?? null,
    })),
    timexes: (doc.timexes ?? []).map((timex) => ({
      start: timex.span[0],
      end: timex.span[1],
      type: timex.type,
      value: timex.value,
      anchor: timex.anchor ?? null,
      mod: timex.mod ?? null,
      rule: timex.rule,
    })),
  };
}

function pickFilterDate(doc: AnalyzedDocument): string | null {
  const value = doc.published.value ?? doc.published.implied?.value ?? null;
  const match = value ? ISO_DATE.exec(value) : null;
  return match ? match[0] : null;
}

export function packJson(value: unknown): Uint8Array {
  const json = Buffer.from(JSON.stringify(value));
  const packed = brotliCompressSync(json, {
    params: { ...BROTLI_OPTIONS.params, [constants.BROTLI_PARAM_SIZE_HINT]: json.length },
  });
  // A copy of exact size, marked: zlib's result views a larger buffer that posting to the
  // writer thread would clone whole.
  const blob = new Uint8Array(packed.length + 1);
  blob[0] = BROTLI_MARK;
  blob.set(packed, 1);
  return blob;
}

export function unpackJson<T>(bytes: Uint8Array): T {
  const json =
    bytes[0] === BROTLI_MARK ? brotliDecompressSync(bytes.subarray(1)) : inflateRawSync(bytes);
  return JSON.parse(json.toString("utf8")) as T;
}

/** Rebuilds the analysed document from its stored text and analysis blob. */
export function restoreDocument(text: string, analysis: Uint8Array): AnalyzedDocument {
  const rest = unpackJson<Omit<AnalyzedDocument, "text">>(analysis);
  const fill = <T extends { span: [number, number]; text?: string }>(list: T[] | undefined) => {
    for (const item of list ?? []) item.text ??= text.slice(item.span[0], item.span[1]);
  };
  fill(rest.paragraphs);
  fill(rest.sentences);
  for (const entity of rest.entities ?? []) fill(entity.mentions);
  const { version, ...fields } = rest;
  return { ...fields, text, version } as AnalyzedDocument;
}

/**
 * Drops the `text` of paragraphs, sentences and mentions (it is always the slice of the text
 * at their span) so the blob does not hold the article twice; `restoreDocument` puts it back.
 */
function stripSpanTexts(rest: Omit<AnalyzedDocument, "text">, text: string) {
  const strip = <T extends { span: [number, number]; text: string }>(list: T[] | undefined) =>
    list?.map((item) =>
      item.text === text.slice(item.span[0], item.span[1]) ? { ...item, text: undefined } : item,
    );
  return {
    ...rest,
    paragraphs: strip(rest.paragraphs),
    sentences: strip(rest.sentences),
    ...(rest.entities
      ? {
          entities: rest.entities.map((entity) => ({
            ...entity,
            mentions: strip(entity.mentions),
          })),
        }
      : {}),
  };
}
