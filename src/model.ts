/**
 * The document model: cleaned text plus standoff annotations.
 * Types only. The JSON form is documented in docs/analysis.schema.json; keep both in step.
 *
 * Every span is [start, end) in UTF-16 code units of `AnalyzedDocument.text`
 * (JavaScript string indices), unless a field says it indexes the source.
 */

export type Span = [start: number, end: number];

/** What every annotation carries: where it is, what it says, and what produced it. */
export interface Annotation {
  span: Span;
  text: string;
  /** The rule or model that produced it, as `<stage>/<rule>`, e.g. `segment/sentence`. */
  rule: string;
}

/** What a reader hands to the pipeline: decoded text and what the container said about it. */
export interface RawArticle {
  /** The input's name as given (a path, `-` for stdin, a URL, `file.jsonl#3`). */
  id: string;
  /** The decoded input text (plain text or main text already extracted from HTML). */
  raw: string;
  /** `text` for plain-text articles whose header lines cleanup should read. */
  format: "text" | "html" | "jsonl" | "feed" | "warc";
  /** Metadata the container already gave (JSON-LD, feed item, JSONL fields), if any. */
  meta?: ArticleMeta;
}

export interface ArticleMeta {
  title?: string | null;
  outlet?: string | null;
  byline?: string | null;
  url?: string | null;
  language?: string | null;
  /** ISO 8601 date or date-time, and where it came from (`jsonld`, `meta`, `url`, `warc`, ...). */
  published?: { value: string; source: string; offset?: string } | null;
}

/** Where the publication date came from. Readers of the web add their own sources. */
export type DateSource =
  | "header"
  | "given"
  | "none"
  | "jsonld"
  | "meta"
  | "time-element"
  | "url"
  | "text"
  | "feed"
  | "warc"
  | "jsonl";

export interface Published {
  /** ISO 8601: `2015-09-28T17:06`, or a date alone `2015-09-28`; null when unknown. */
  value: string | null;
  source: DateSource;
  /**
   * The UTC offset the source wrote with the time ("-05:00", "Z"); absent when it gave none.
   * `value` stays the local time as written, so its date is the writer's day.
   */
  offset?: string;
  /** The header text the date was read from, when it was read from the article. */
  evidence?: Annotation[];
  /** Set by the temporal stage when the text contradicts `value`. */
  conflict?: DateConflict | null;
  /** Set by the temporal stage when there is no `value` but the text implies one. */
  implied?: ImpliedDate | null;
}

export interface ImpliedDate {
  /** ISO date or interval `2015-10-21/2015-10-22`. */
  value: string;
  evidence: Annotation[];
  reason: string;
}

export interface DateConflict {
  implied: string;
  evidence: Annotation[];
  reason: string;
}

/**
 * A cleanup edit: something removed from or repaired in the source text.
 * `span` indexes the SOURCE (the decoded input), not the cleaned text, so nothing is lost.
 */
export interface CleanupEdit {
  kind: "removed" | "repaired";
  span: Span;
  /** The source text that was removed or replaced. */
  text: string;
  /** What now stands in the cleaned text instead ("" for a removal). */
  replacement: string;
  rule: string;
}

/**
 * Maps cleaned text back to the source: each entry is a run copied unchanged,
 * `[textStart, sourceStart, length]`. Text outside every run was inserted by cleanup
 * (paragraph breaks, repairs).
 */
export type SourceRun = [textStart: number, sourceStart: number, length: number];

export type TokenKind = "word" | "number" | "punct" | "symbol";

export interface Token {
  span: Span;
  kind: TokenKind;
}

export interface Sentence extends Annotation {
  /** Index of the paragraph the sentence belongs to (0-based). */
  paragraph: number;
  /** Tokens of this sentence: indices [first, last+1) into `AnalyzedDocument.tokens`. */
  tokens: [first: number, end: number];
}

export type Paragraph = Annotation;

export type EntityType =
  | "PERSON"
  | "ORG"
  | "GPE"
  | "LOC"
  | "NORP"
  | "FAC"
  | "EVENT"
  | "WORK"
  | "LAW"
  | "OTHER";

export interface Mention extends Annotation {}

export interface Entity {
  /** `e1`, `e2`, ... unique within the document. */
  id: string;
  /** Canonical name: the longest full name among its mentions. */
  name: string;
  type: EntityType;
  /** Roles, titles, aliases found in the text, e.g. `{ roles: ["US secretary of state"] }`. */
  attributes: Record<string, string[]>;
  mentions: Mention[];
}

export type QuoteKind = "direct" | "mixed" | "indirect";

export interface QuoteSpeaker {
  /** Entity id, or null when the source is named but not an entity. */
  entity: string | null;
  name: string;
  /** The mention that names the speaker at this quote. */
  span: Span;
}

export interface Quote extends Annotation {
  id: string;
  kind: QuoteKind;
  /** Each piece of the content; a quote split by its attribution has two. */
  contentSpans: Span[];
  /** What stands inside quotation marks (direct and mixed quotes). */
  marked: Span[];
  speaker: QuoteSpeaker | null;
  cue: { span: Span; text: string } | null;
  addressee: Annotation | null;
  occasion: Annotation | null;
  /** When the statement was made, where the text says (set by the temporal stage). */
  time?: { value: string; span: Span | null; rule: string } | null;
}

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

/** TIMEX3 modifier: "late August" is 2015-08 with mod END, "less than 48 hours" PT48H LESS_THAN. */
export type TimexMod =
  | "START"
  | "MID"
  | "END"
  | "APPROX"
  | "LESS_THAN"
  | "MORE_THAN"
  | "EQUAL_OR_MORE";

export interface Timex extends Annotation {
  type: TimexType;
  /** TIMEX3 value: 2015-09-28, 2015-W39, 2015-09, P3W, 200X, PRESENT_REF, XXXX-WXX-1 ... */
  value: string | null;
  /** The date the value was resolved against, when it is relative. */
  anchor?: string;
  /** Which part of the value is meant, or how the duration is bounded. */
  mod?: TimexMod;
}

/** What cleanup yields: the article's fields and its cleaned text. */
export interface CleanArticle {
  id: string;
  title: string | null;
  outlet: string | null;
  byline: string | null;
  url: string | null;
  language: string | null;
  published: Published;
  text: string;
  /** What cleanup removed or repaired, with spans into the source. Empty with --verbatim. */
  edits: CleanupEdit[];
  /** Cleaned text -> source offsets. */
  sourceMap: SourceRun[];
  paragraphs: Paragraph[];
}

/** One analysed document: the JSON form of a line of `newsgraph analyze --jsonl`. */
export interface AnalyzedDocument extends CleanArticle {
  sentences: Sentence[];
  /** Tokens; omitted from output unless asked for (`--tokens`). */
  tokens?: Token[];
  entities?: Entity[];
  quotes?: Quote[];
  timexes?: Timex[];
  /** Set with duplicate detection: the earlier article this one copies (exact or near). */
  duplicateOf?: { id: string; kind: "exact" | "near"; similarity: number } | null;
  /** The newsgraph version that produced this analysis. */
  version: string;
}

/** What the segment stage yields, and what every later stage reads. */
export interface SegmentedText {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
}
