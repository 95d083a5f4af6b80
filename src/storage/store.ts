/**
 * The storage port: only what the application needs from a corpus database.
 * Adapters (sqlite/, later postgres/) implement it with the same file names; one contract suite
 * (store.contract.test.ts) runs against each.
 */
import type { AnalyzedDocument, EntityType, QuoteKind } from "../model.js";
import type { PreparedDocument } from "./prepare-document.js";

/** What happened to one document handed to `putDocuments`. */
export type PutOutcome =
  /** New article stored. */
  | { status: "added"; articleId: number }
  /** A changed version of an article already stored under the same key (URL or input id). */
  | { status: "versioned"; articleId: number; previousId: number }
  /** The same cleaned text (or the same raw input) is stored already: nothing written. */
  | { status: "unchanged"; articleId: number };

export interface ArticleSummary {
  id: number;
  /** The input's name as given when first ingested (path, URL, `file.jsonl#3`). */
  sourceId: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  version: string;
  /** The article this one supersedes (an older version of it), if any. */
  previousId: number | null;
  /** False when a newer version of the article has been stored. */
  current: boolean;
  quoteCount: number;
  entityCount: number;
}

export interface StoredArticle extends ArticleSummary {
  document: AnalyzedDocument;
}

/** Filters shared by every search; all optional, combined with AND. */
export interface SearchFilters {
  /** Speaker name words, e.g. `Putin` matches "Vladimir Putin". */
  speaker?: string;
  /** Entity name words: the article (or the quote's article) mentions such an entity. */
  entity?: string;
  outlet?: string;
  /** Inclusive ISO dates (`2015-10-01`) compared with the publication date. */
  from?: string;
  to?: string;
  kind?: QuoteKind;
  /** Include superseded versions of articles (default false). */
  allVersions?: boolean;
}

export interface SearchQuery extends SearchFilters {
  /**
   * Words and "quoted phrases"; `OR` between terms, `-word` excludes, `word*` is a prefix.
   * Empty: filters only, newest first.
   */
  text: string;
  /** Search article text (default) or quote content. */
  target?: "articles" | "quotes";
  limit?: number;
  offset?: number;
}

export interface ArticleHit {
  type: "article";
  articleId: number;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  /** Lower is better (bm25); null for filter-only searches and for the newest-first listing of a search matching more rows than are ranked. */
  score: number | null;
  /** Text around the matches, matches wrapped in `[` `]`. */
  snippet: string;
}

export interface QuoteHit {
  type: "quote";
  quoteId: number;
  articleId: number;
  /** The quote's id within its document (`q1`). */
  localId: string;
  kind: QuoteKind;
  text: string;
  speaker: string | null;
  cue: string | null;
  occasion: string | null;
  span: [number, number];
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  score: number | null;
  snippet: string;
}

export type SearchHit = ArticleHit | QuoteHit;

export interface QuoteQuery extends SearchFilters {
  limit?: number;
  offset?: number;
}

export interface EntityQuery {
  type?: EntityType;
  /** Entity name words. */
  name?: string;
  limit?: number;
}

export interface EntityCount {
  name: string;
  type: EntityType;
  /** Articles that mention it. */
  articles: number;
  mentions: number;
  /** Quotes it is the speaker of. */
  quotes: number;
}

export interface DuplicateLink {
  articleId: number;
  duplicateOf: number;
  kind: "exact" | "near";
  score: number;
  rule: string;
}

export interface StoreStats {
  articles: number;
  currentArticles: number;
  quotes: number;
  entities: number;
  mentions: number;
  timexes: number;
  duplicates: number;
  /** Articles whose analysis was made by another newsgraph version than this one. */
  outdated: number;
  schemaVersion: number;
}

/** What `reanalyze` needs: the raw input an article was made from. */
export interface StoredSource {
  articleId: number;
  version: string;
  raw: import("../model.js").RawArticle;
}

export interface Store {
  /** Where the database lives, for messages. */
  readonly location: string;

  /** The raw-input hashes among these that are stored already (to skip analysing them again). */
  knownRawHashes(hashes: string[]): Set<string>;

  /**
   * Store a batch of analysed documents in ONE transaction: all of them or none.
   * Idempotent: a document whose cleaned text or raw input is stored already changes nothing.
   */
  putDocuments(documents: PreparedDocument[]): PutOutcome[];

  /**
   * Ingest's hint that a long run of writes is on (`true`, repeated after each batch) or over
   * (`false`). A store may defer index upkeep during a load that is large against what it holds;
   * after `bulkLoad(false)` every index is whole again, also when a killed run left it deferred.
   * Returns whether this connection is deferring index upkeep now.
   */
  bulkLoad(active: boolean): boolean;

  /** Replace the analysis of stored articles (same article ids), in one transaction. */
  replaceAnalyses(items: { articleId: number; document: PreparedDocument }[]): void;

  /** How many articles were analysed by a version other than `version` (cheaper than stats()). */
  countOutdated(version: string): number;

  /** Articles analysed by a version other than `version`, oldest first, after `afterId`. */
  listOutdated(version: string, options: { afterId: number; limit: number }): StoredSource[];

  /**
   * The article with this id (or source id / URL / file path: its current version), or null.
   * Failing those, the one current article whose file path ends in `/<ref>` ("harbour.txt",
   * "2026/harbour.txt"); a USAGE error naming the candidates when several do.
   */
  getArticle(ref: string | number): StoredArticle | null;

  search(query: SearchQuery): SearchHit[];
  quotes(query: QuoteQuery): QuoteHit[];
  entities(query: EntityQuery): EntityCount[];

  addDuplicateLinks(links: DuplicateLink[]): void;
  duplicatesOf(articleId: number): DuplicateLink[];

  /** Pages through everything, by ascending id, for streaming export. */
  exportArticles(options: { afterId: number; limit: number }): StoredArticle[];
  exportQuotes(options: { afterId: number; limit: number }): QuoteHit[];
  exportEntities(options: { afterId: number; limit: number }): (EntityCount & { id: number })[];

  stats(): StoreStats;
  close(): void;
}
