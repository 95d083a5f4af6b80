/**
 * The SQLite adapter: one file, WAL journal (readers never block the writer), one write
 * transaction per batch so a killed process leaves either the whole batch or none of it.
 */
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { NewsgraphError, StorageError } from "../../errors.js";
import type { RawArticle } from "../../model.js";
import { VERSION } from "../../version.js";
import {
  isUrlId,
  type PreparedDocument,
  restoreDocument,
  storageKey,
  unpackJson,
} from "../prepare-document.js";
import type {
  ArticleSummary,
  DuplicateLink,
  EntityCount,
  EntityQuery,
  PutOutcome,
  QuoteHit,
  QuoteQuery,
  SearchHit,
  SearchQuery,
  Store,
  StoredArticle,
  StoredSource,
  StoreStats,
} from "../store.js";
import { deferIndexes, indexesDeferred, restoreIndexes } from "./deferred-indexes.js";
import { toStorageError } from "./errors.js";
import { isUpToDate, migrate } from "./migrate.js";
import { Searcher, type SearchTuning } from "./search.js";
import { DocumentWriter } from "./write-documents.js";

/** Wait this long for another writer (a second ingest) before failing with a clear error. */
const BUSY_TIMEOUT_MS = 15_000;
/** Page cache per connection (KiB, negative per SQLite's convention): bounded memory. */
const CACHE_KIB = 64 * 1024;

export interface SqliteStoreOptions {
  /**
   * Read commands: refuse to create the file, and fall back to a read-only connection when the
   * file or its folder cannot be written (a shared or archived corpus).
   */
  mustExist?: boolean;
  /** Cap the file size in pages (tests simulate a full disk with it). */
  maxPageCount?: number;
  /** How long to wait for another process's write lock (default 15 s). */
  busyTimeoutMs?: number;
  /** Search plan thresholds (tests make them tiny to exercise every plan). */
  search?: SearchTuning;
}

const ARTICLE_COLUMNS = `id, source_id AS sourceId, url, title, outlet, published, version,
  previous_id AS previousId, current, quote_count AS quoteCount, entity_count AS entityCount`;

type ArticleRow = Omit<ArticleSummary, "current"> & {
  current: number;
  text: string;
  analysis: Uint8Array;
};

export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): SqliteStore {
  if (options.mustExist && path !== ":memory:" && !existsSync(path)) {
    throw new StorageError(
      `database ${path} does not exist; ingest articles first or pass --db / NEWSGRAPH_DB`,
    );
  }
  try {
    return openWritable(path, options);
  } catch (error) {
    if (!options.mustExist || !isWriteRefused(error)) throw error;
    return openReadOnly(path, options);
  }
}

function openWritable(path: string, options: SqliteStoreOptions): SqliteStore {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { timeout: options.busyTimeoutMs ?? BUSY_TIMEOUT_MS });
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma(`cache_size = -${CACHE_KIB}`);
    db.pragma("temp_store = MEMORY");
    db.pragma("foreign_keys = OFF");
    if (options.maxPageCount !== undefined) db.pragma(`max_page_count = ${options.maxPageCount}`);
    migrate(db, path);
    return new SqliteStore(db, path, options.search);
  } catch (error) {
    db?.close();
    throw toStorageError(error, path);
  }
}

/** No pragma that writes and no migration: a read-only file must already be up to date. */
function openReadOnly(path: string, options: SqliteStoreOptions): SqliteStore {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, {
      readonly: true,
      fileMustExist: true,
      timeout: options.busyTimeoutMs ?? BUSY_TIMEOUT_MS,
    });
    db.pragma(`cache_size = -${CACHE_KIB}`);
    db.pragma("temp_store = MEMORY");
    checkReadable(db, path);
    return new SqliteStore(db, path, options.search);
  } catch (error) {
    db?.close();
    throw toStorageError(error, path);
  }
}

function checkReadable(db: Database.Database, path: string): void {
  if (isUpToDate(db)) return;
  throw new StorageError(
    `database ${path} cannot be written and was made by an older newsgraph (or is not a newsgraph database); open it once with write access to upgrade it`,
  );
}

function isWriteRefused(error: unknown): boolean {
  const code = (error as { cause?: { code?: unknown } })?.cause?.code;
  return typeof code === "string" && /^SQLITE_(READONLY|CANTOPEN|PERM)/.test(code);
}

export class SqliteStore implements Store {
  private readonly writer: DocumentWriter;
  private readonly searcher: Searcher;
  /** Article rows when opened, and documents added since: a bulk load must outgrow the first. */
  private readonly articlesAtOpen: number;
  private added = 0;
  private deferred = false;

  constructor(
    private readonly db: Database.Database,
    readonly location: string,
    tuning: SearchTuning = {},
  ) {
    this.writer = new DocumentWriter(db);
    this.searcher = new Searcher(db, tuning);
    this.articlesAtOpen = db
      .prepare("SELECT coalesce(max(id), 0) FROM articles")
      .pluck()
      .get() as number;
  }

  knownRawHashes(hashes: string[]): Set<string> {
    return this.guard(() => {
      const known = new Set<string>();
      for (const hash of hashes) if (this.writer.knownInput(hash) !== undefined) known.add(hash);
      return known;
    });
  }

  putDocuments(documents: PreparedDocument[]): PutOutcome[] {
    const now = new Date().toISOString();
    const outcomes = this.write(() => documents.map((doc) => this.writer.put(doc, now)));
    for (const outcome of outcomes) if (outcome.status !== "unchanged") this.added++;
    return outcomes;
  }

  /**
   * Defers the random-access indexes (see deferred-indexes.ts) once this connection has added at
   * least as many articles as the file held: rebuilding costs a sort of everything stored, which
   * only a load of that size pays back.
   */
  bulkLoad(active: boolean): boolean {
    if (active) {
      if (this.deferred || this.added < this.articlesAtOpen) return this.deferred;
      this.write(() => deferIndexes(this.db));
      this.deferred = true;
      return true;
    }
    this.guard(() => {
      if (indexesDeferred(this.db)) restoreIndexes(this.db);
    });
    this.deferred = false;
    return false;
  }

  replaceAnalyses(items: { articleId: number; document: PreparedDocument }[]): void {
    this.write(() => {
      for (const item of items) this.writer.replace(item.articleId, item.document);
    });
  }

  listOutdated(version: string, options: { afterId: number; limit: number }): StoredSource[] {
    return this.guard(() => {
      const rows = this.db
        .prepare(`SELECT a.id, a.version, s.source FROM articles a JOIN sources s ON s.article_id = a.id
          WHERE a.id > ? AND a.version <> ? ORDER BY a.id LIMIT ?`)
        .all(options.afterId, version, options.limit) as {
        id: number;
        version: string;
        source: Uint8Array;
      }[];
      return rows.map((row) => ({
        articleId: row.id,
        version: row.version,
        raw: restoreRaw(unpackJson<RawArticle & { meta: RawArticle["meta"] | null }>(row.source)),
      }));
    });
  }

  getArticle(ref: string | number): StoredArticle | null {
    return this.guard(() => {
      const select = `SELECT ${ARTICLE_COLUMNS}, text, analysis FROM articles`;
      const asId = typeof ref === "number" ? ref : /^\d+$/.test(ref) ? Number(ref) : null;
      const row =
        asId !== null
          ? this.db.prepare(`${select} WHERE id = ?`).get(asId)
          : (this.db
              .prepare(`${select} WHERE key IN (?, ?) ORDER BY current DESC, id DESC LIMIT 1`)
              // As typed, or as a path resolved the way ingest keys files.
              .get(ref, storageKey(String(ref), "")) ??
            this.db
              .prepare(`${select} WHERE source_id = ? ORDER BY current DESC, id DESC LIMIT 1`)
              .get(ref) ??
            this.articleByPathEnd(String(ref), select));
      return row ? toStoredArticle(row as ArticleRow) : null;
    });
  }

  /** The one current file-keyed article whose path ends in `/<ref>` ("harbour.txt"); a scan. */
  private articleByPathEnd(ref: string, select: string): unknown {
    if (ref === "" || isUrlId(ref)) return undefined;
    const rows = this.db
      .prepare(`${select} WHERE current = 1 AND substr(key, -length(@end)) = @end LIMIT 6`)
      .all({ end: `/${ref}` }) as ArticleRow[];
    if (rows.length > 1) throw ambiguousReference(ref, rows);
    return rows[0];
  }

  search(query: SearchQuery): SearchHit[] {
    return this.guard(() => this.searcher.search(query));
  }

  quotes(query: QuoteQuery): QuoteHit[] {
    return this.guard(() => this.searcher.quotes(query));
  }

  entities(query: EntityQuery): EntityCount[] {
    return this.guard(() => this.searcher.entities(query));
  }

  addDuplicateLinks(links: DuplicateLink[]): void {
    this.write(() => {
      const insert =
        this.db.prepare(`INSERT INTO duplicates (article_id, duplicate_of, kind, score, rule)
        VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id, duplicate_of)
        DO UPDATE SET kind = excluded.kind, score = excluded.score, rule = excluded.rule`);
      for (const link of links) {
        insert.run(link.articleId, link.duplicateOf, link.kind, link.score, link.rule);
      }
    });
  }

  duplicatesOf(articleId: number): DuplicateLink[] {
    return this.guard(
      () =>
        this.db
          .prepare(`SELECT article_id AS articleId, duplicate_of AS duplicateOf, kind, score, rule
            FROM duplicates WHERE article_id = ? OR duplicate_of = ? ORDER BY article_id, duplicate_of`)
          .all(articleId, articleId) as DuplicateLink[],
    );
  }

  exportArticles(options: { afterId: number; limit: number }): StoredArticle[] {
    return this.guard(() =>
      (
        this.db
          .prepare(
            `SELECT ${ARTICLE_COLUMNS}, text, analysis FROM articles WHERE id > ? ORDER BY id LIMIT ?`,
          )
          .all(options.afterId, options.limit) as ArticleRow[]
      ).map(toStoredArticle),
    );
  }

  exportQuotes(options: { afterId: number; limit: number }): QuoteHit[] {
    return this.guard(() => {
      const rows = this.db
        .prepare(`SELECT q.id AS quoteId, q.article_id AS articleId, q.local_id AS localId, q.kind,
            q.text, q.speaker, q.cue, q.occasion, q.start, q.end, a.title, a.outlet, a.url, a.published
          FROM quotes q JOIN articles a ON a.id = q.article_id
          WHERE q.id > ? ORDER BY q.id LIMIT ?`)
        .all(options.afterId, options.limit) as (Omit<
        QuoteHit,
        "type" | "span" | "score" | "snippet"
      > & {
        start: number;
        end: number;
      })[];
      return rows.map(({ start, end, ...row }) => ({
        type: "quote" as const,
        ...row,
        span: [start, end] as [number, number],
        score: null,
        snippet: row.text,
      }));
    });
  }

  exportEntities(options: { afterId: number; limit: number }): (EntityCount & { id: number })[] {
    return this.guard(
      () =>
        this.db
          .prepare(`SELECT e.id, n.name, e.type, e.articles, e.mentions, e.quotes
            FROM entities e JOIN names n ON n.id = e.name_id WHERE e.id > ? ORDER BY e.id LIMIT ?`)
          .all(options.afterId, options.limit) as (EntityCount & { id: number })[],
    );
  }

  countOutdated(version: string): number {
    return this.guard(
      () =>
        this.db
          .prepare("SELECT count(*) FROM articles WHERE version <> ?")
          .pluck()
          .get(version) as number,
    );
  }

  stats(): StoreStats {
    return this.guard(() => {
      const count = (sql: string, ...params: unknown[]) =>
        this.db
          .prepare(sql)
          .pluck()
          .get(...params) as number;
      return {
        articles: count("SELECT count(*) FROM articles"),
        currentArticles: count("SELECT count(*) FROM articles WHERE current = 1"),
        quotes: count("SELECT count(*) FROM quotes"),
        entities: count("SELECT count(*) FROM article_entities"),
        mentions: count("SELECT coalesce(sum(mentions), 0) FROM article_entities"),
        timexes: count("SELECT count(*) FROM timexes"),
        duplicates: count("SELECT count(*) FROM duplicates"),
        outdated: count("SELECT count(*) FROM articles WHERE version <> ?", VERSION),
        schemaVersion: count("SELECT max(version) FROM schema_migrations"),
      };
    });
  }

  /** Checks the file's structure: "ok", or what SQLite found wrong. */
  checkIntegrity(): string {
    return this.guard(() => {
      const rows = this.db.pragma("integrity_check") as { integrity_check: string }[];
      const result = rows.map((row) => row.integrity_check).join("; ");
      if (result !== "ok") return result;
      // Full-text indexes must agree with the rows they index.
      for (const table of ["articles_fts", "quotes_fts", "names_fts"]) {
        try {
          this.db.prepare(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`).run();
        } catch (error) {
          return `${table}: ${error instanceof Error ? error.message : String(error)}`;
        }
      }
      return "ok";
    });
  }

  close(): void {
    if (!this.db.open) return;
    if (!this.db.readonly) this.leaveTidy();
    this.db.close();
  }

  /**
   * Courtesies on the way out: fresh planner statistics, and the rollback journal instead of WAL
   * when no other connection is open, so a copy of the file can be read where it cannot be
   * written (WAL needs a writable -shm beside it). The next writer turns WAL back on.
   */
  private leaveTidy(): void {
    try {
      this.db.pragma("optimize");
      this.db.pragma("busy_timeout = 0");
      if (this.location !== ":memory:") this.db.pragma("journal_mode = DELETE");
    } catch {
      // Another connection is open, or the file is read-only: it closes as it is.
    }
  }

  private write<T>(run: () => T): T {
    try {
      return this.db.transaction(run).immediate();
    } catch (error) {
      this.writer.reset();
      throw toStorageError(error, this.location);
    }
  }

  private guard<T>(run: () => T): T {
    try {
      return run();
    } catch (error) {
      throw toStorageError(error, this.location);
    }
  }
}

function ambiguousReference(ref: string, rows: ArticleRow[]): NewsgraphError {
  const some = rows.slice(0, 5).map((row) => `#${row.id} (${row.sourceId})`);
  const more = rows.length > 5 ? ", and more" : "";
  return new NewsgraphError(
    "USAGE",
    `"${ref}" could be any of ${some.join(", ")}${more}: give the number or a longer path`,
  );
}

function restoreRaw(stored: RawArticle & { meta: RawArticle["meta"] | null }): RawArticle {
  const { meta, ...rest } = stored;
  return meta ? { ...rest, meta } : rest;
}

function toStoredArticle(row: ArticleRow): StoredArticle {
  const { text, analysis, current, ...summary } = row;
  return { ...summary, current: current === 1, document: restoreDocument(text, analysis) };
}
