/**
 * Full-text search and filtered listings. Every value is a bound parameter; the only text built
 * here is SQL from fixed fragments and FTS5 expressions rendered from a parsed search.
 */
import type Database from "better-sqlite3";
import { InvalidInputError } from "../../errors.js";
import type { EntityType, QuoteKind } from "../../model.js";
import {
  isEmptySearch,
  type ParsedSearch,
  parseSearch,
  renderFts5,
  renderNameMatch,
  type SearchTerm,
} from "../parse-search.js";
import type {
  ArticleHit,
  EntityCount,
  EntityQuery,
  QuoteHit,
  QuoteQuery,
  SearchFilters,
  SearchHit,
  SearchQuery,
} from "../store.js";

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 1000;
/** Names a speaker/entity filter may resolve to: "Putin" should not fan out to thousands. */
const MAX_NAME_IDS = 200;
const SNIPPET_WORDS = 16;
/** Matches ranked for a common term: its most recently stored ones (see `rank`). */
const RANK_WINDOW = 1000;
/** Bounds on how much a window grows when the filters left too few of its matches. */
const MIN_GROWTH = 2;
const MAX_GROWTH = 16;
/** A prefix standing for more indexed words than this is left to FTS5 as a prefix. */
const MAX_PREFIX_WORDS = 32;
/**
 * Above this many rows matched by the search's phrases (estimated; a phrase counts 3x), the
 * newest matches come first, unranked (see `newestMatches`): bm25 would count them all.
 */
const RANK_LIMIT = 100_000;
const PHRASE_COST = 3;
/** Filters leaving at most this many rows drive the query instead of the full-text index. */
const FILTER_FIRST_LIMIT = 4000;
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const KINDS: QuoteKind[] = ["direct", "mixed", "indirect"];

const QUOTE_COLUMNS = `q.id AS quoteId, q.article_id AS articleId, q.local_id AS localId,
  q.kind, q.text, q.speaker, q.cue, q.occasion, q.start, q.end, q.date AS qdate,
  a.title, a.outlet, a.url, a.published`;

interface QuoteRow {
  quoteId: number;
  articleId: number;
  localId: string;
  kind: QuoteKind;
  text: string;
  speaker: string | null;
  cue: string | null;
  occasion: string | null;
  start: number;
  end: number;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  score?: number | null;
  snippet?: string;
}

interface RankPlan {
  fts: "articles_fts" | "quotes_fts";
  /** bm25 column weights: titles (articles) and quote content count double. */
  weights: string;
  /** Joins from the FTS table to the filtered rows. */
  ftsJoin: string;
  /** The filtered rows alone, to drive the query when filters are selective. */
  filterFrom: string;
  idColumn: string;
}

const ARTICLE_PLAN: RankPlan = {
  fts: "articles_fts",
  weights: "2.0, 1.0",
  ftsJoin: "JOIN articles a ON a.id = articles_fts.rowid",
  filterFrom: "articles a",
  idColumn: "a.id",
};

const QUOTE_PLAN: RankPlan = {
  fts: "quotes_fts",
  weights: "2.0, 1.0, 1.0",
  ftsJoin: "JOIN quotes q ON q.id = quotes_fts.rowid JOIN articles a ON a.id = q.article_id",
  filterFrom: "quotes q JOIN articles a ON a.id = q.article_id",
  idColumn: "q.id",
};

interface Where {
  clauses: string[];
  params: unknown[];
  /** The clauses on the quote row alone (speaker, kind): plans are chosen on them. */
  own?: Where;
}

/** Nearly every article is current: leaving this out, a count reads no article row. */
const CURRENT_CLAUSE = "a.current = 1";

export interface SearchTuning {
  /** Matches ranked for a common term (default RANK_WINDOW). */
  rankWindow?: number;
  /** Estimated matches above which the newest come first, unranked (default RANK_LIMIT). */
  rankLimit?: number;
  /** Filtered rows below which filters drive the query (default FILTER_FIRST_LIMIT). */
  filterFirstLimit?: number;
}

export class Searcher {
  private readonly rankWindow: number;
  private readonly filterFirstLimit: number;
  private readonly rankLimit: number;

  constructor(
    private readonly db: Database.Database,
    tuning: SearchTuning = {},
  ) {
    this.rankWindow = tuning.rankWindow ?? RANK_WINDOW;
    this.filterFirstLimit = tuning.filterFirstLimit ?? FILTER_FIRST_LIMIT;
    this.rankLimit = tuning.rankLimit ?? RANK_LIMIT;
  }

  search(query: SearchQuery): SearchHit[] {
    checkFilters(query);
    const parsed = parseSearch(query.text ?? "");
    const quoteMode =
      query.target === "quotes" || query.speaker !== undefined || query.kind !== undefined;
    if (isEmptySearch(parsed)) {
      return quoteMode ? this.quotes(query) : this.listArticles(query);
    }
    const vocab = quoteMode ? "quotes_vocab" : "articles_vocab";
    const expanded = this.expandPrefixes(parsed, vocab);
    const match = renderFts5(expanded);
    // bm25 counts the rows of every phrase, excluded ones too: its cost is known from these.
    const phrases = [...expanded.groups.flat(), ...expanded.excluded].map((term) =>
      renderFts5({ groups: [[term]], excluded: [] }),
    );
    return quoteMode
      ? this.searchQuotes(match, phrases, query)
      : this.searchArticles(match, phrases, query);
  }

  quotes(query: QuoteQuery): QuoteHit[] {
    checkFilters(query);
    const { limit, offset } = page(query);
    const where = this.quoteFilters(query, { speakerByIndex: false });
    if (where === null) return [];
    if (query.speaker !== undefined) {
      const nameIds = this.resolveNames(query.speaker);
      if (nameIds.length === 0) return [];
      // Newest first per speaker name through the (speaker_name_id, date) index, then merged:
      // a sort over every quote of a prolific speaker would be far slower.
      const sql = `SELECT ${QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE q.speaker_name_id = ? ${and(where)} ORDER BY q.date DESC, q.id DESC LIMIT ?`;
      const statement = this.db.prepare(sql);
      const rows = nameIds.flatMap(
        (nameId) => statement.all(nameId, ...where.params, limit + offset) as QuoteRow[],
      );
      return sortNewest(rows)
        .slice(offset, offset + limit)
        .map((row) => toQuoteHit(row));
    }
    const sql = `SELECT ${QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id
      ${whereSql(where)} ORDER BY q.date DESC, q.id DESC LIMIT ? OFFSET ?`;
    return (this.db.prepare(sql).all(...where.params, limit, offset) as QuoteRow[]).map((row) =>
      toQuoteHit(row),
    );
  }

  entities(query: EntityQuery): EntityCount[] {
    const limit = clampLimit(query.limit);
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (query.type !== undefined) {
      clauses.push("e.type = ?");
      params.push(query.type);
    }
    if (query.name !== undefined) {
      const nameIds = this.resolveNames(query.name);
      if (nameIds.length === 0) return [];
      clauses.push(`e.name_id IN (${placeholders(nameIds)})`);
      params.push(...nameIds);
    }
    const sql = `SELECT n.name, e.type, e.articles, e.mentions, e.quotes
      FROM entities e JOIN names n ON n.id = e.name_id
      ${clauses.length > 0 ? `WHERE ${clauses.join(" AND ")}` : ""}
      ORDER BY e.articles DESC, e.mentions DESC LIMIT ?`;
    return this.db.prepare(sql).all(...params, limit) as EntityCount[];
  }

  private searchArticles(match: string, phrases: string[], query: SearchQuery): ArticleHit[] {
    const where = this.articleFilters(query);
    if (where === null) return [];
    const ranked = this.rank(match, phrases, where, page(query), ARTICLE_PLAN);
    if (ranked.length === 0) return [];
    const ids = JSON.stringify(ranked.map((row) => row.id));
    const snippets = this.snippets(match, ids, "articles_fts", 1);
    const rows = this.db
      .prepare(`SELECT a.id AS articleId, a.title, a.outlet, a.url, a.published
        FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))`)
      .all(ids) as Omit<ArticleHit, "type" | "score" | "snippet">[];
    const byId = new Map(rows.map((row) => [row.articleId, row]));
    return ranked.flatMap(({ id, score }) => {
      const row = byId.get(id);
      const snippet = snippets.get(id) ?? "";
      return row ? [{ type: "article" as const, ...row, snippet, score }] : [];
    });
  }

  private searchQuotes(match: string, phrases: string[], query: SearchQuery): QuoteHit[] {
    const where = this.quoteFilters(query, { speakerByIndex: true });
    if (where === null) return [];
    const ranked = this.rank(match, phrases, where, page(query), QUOTE_PLAN);
    if (ranked.length === 0) return [];
    const ids = JSON.stringify(ranked.map((row) => row.id));
    // Column 0: the quote's words, even when the match is in the speaker's name.
    const snippets = this.snippets(match, ids, "quotes_fts", 0);
    const rows = this.db
      .prepare(`SELECT ${QUOTE_COLUMNS}
        FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE q.id IN (SELECT value FROM json_each(?))`)
      .all(ids) as QuoteRow[];
    const byId = new Map(rows.map((row) => [row.quoteId, row]));
    return ranked.flatMap(({ id, score }) => {
      const row = byId.get(id);
      return row ? [toQuoteHit({ ...row, snippet: snippets.get(id), score })] : [];
    });
  }

  /**
   * Highlighted snippets of a page of matches, keyed by rowid, read from the full-text table
   * alone. The ids come through json_each as INTEGERs: FTS5 ignores a REAL rowid constraint
   * (better-sqlite3 binds JS numbers as REAL), and `rowid IN (?, ?)` then returned other rows.
   */
  private snippets(match: string, ids: string, fts: string, column: number): Map<number, string> {
    const rows = this.db
      .prepare(`SELECT rowid AS id,
          snippet(${fts}, ${column}, '[', ']', '…', ${SNIPPET_WORDS}) AS snippet
        FROM ${fts} WHERE ${fts} MATCH ? AND rowid IN (SELECT value FROM json_each(?))`)
      .all(match, ids) as { id: number; snippet: string }[];
    const wanted = new Set(JSON.parse(ids) as number[]);
    return new Map(rows.filter((row) => wanted.has(row.id)).map((row) => [row.id, row.snippet]));
  }

  /**
   * The ids of the best-ranked matches that pass the filters, best first. bm25 costs a few
   * microseconds per match, so: selective filters drive the query (each candidate checked
   * against the index); otherwise a term matching more than RANK_WINDOW rows is ranked among
   * its RANK_WINDOW most recently stored matches, widened to all when the filters leave too few.
   * Snippets are made afterwards for the page only.
   */
  private rank(
    match: string,
    phrases: string[],
    where: Where,
    { limit, offset }: { limit: number; offset: number },
    plan: RankPlan,
  ): { id: number; score: number | null }[] {
    return runMatch(() => {
      const userFilters = where.clauses.some((clause) => clause !== CURRENT_CLAUSE);
      if (userFilters) {
        if (this.fewRows(where, plan)) {
          // `+rowid`: test membership in the filtered set while reading matches in order;
          // a rowid lookup per candidate costs far more for common words.
          const sql = `SELECT rowid AS id, bm25(${plan.fts}, ${plan.weights}) AS score
            FROM ${plan.fts}
            WHERE ${plan.fts} MATCH ? AND +rowid IN
              (SELECT ${plan.idColumn} FROM ${plan.filterFrom} ${whereSql(where)})
            ORDER BY score LIMIT ? OFFSET ?`;
          return this.db.prepare(sql).all(match, ...where.params, limit, offset) as {
            id: number;
            score: number;
          }[];
        }
      }
      const floorOf = this.newestMatchRowid(plan);
      let window = this.rankWindow;
      const firstFloor = floorOf.get(match, window - 1) as number | undefined;
      if (firstFloor !== undefined && this.phraseRows(phrases, plan) > this.rankLimit) {
        return this.newestMatches(match, where, { limit, offset }, plan);
      }
      // better-sqlite3 binds JS numbers as REAL, and FTS5 only seeks to an INTEGER rowid bound:
      // without the CAST it reads the term's whole doclist (seconds at a million articles).
      const sql = `SELECT ${plan.fts}.rowid AS id, bm25(${plan.fts}, ${plan.weights}) AS score
        FROM ${plan.fts} ${plan.ftsJoin}
        WHERE ${plan.fts} MATCH ? AND ${plan.fts}.rowid >= CAST(? AS INTEGER) ${and(where)}
        ORDER BY score LIMIT ? OFFSET ?`;
      const statement = this.db.prepare(sql);
      const run = (from: number) =>
        statement.all(match, from, ...where.params, limit, offset) as {
          id: number;
          score: number;
        }[];
      // Widen the window until the page is full or every match has been ranked.
      let floor = firstFloor ?? 0;
      for (;;) {
        const rows = run(floor);
        if (floor === 0 || rows.length >= limit) return rows;
        window *= windowGrowth(rows.length, limit);
        floor = (floorOf.get(match, window - 1) as number | undefined) ?? 0;
      }
    });
  }

  /** The rowid of the n-th newest row a match holds (`MATCH ?`, `OFFSET n`). */
  private newestMatchRowid(plan: RankPlan): Database.Statement {
    return this.db
      .prepare(
        `SELECT rowid FROM ${plan.fts} WHERE ${plan.fts} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?`,
      )
      .pluck();
  }

  /**
   * About how many rows bm25 will count for these phrases, each estimated from how far back its
   * `rankWindow`-th newest match lies.
   */
  private phraseRows(phrases: string[], plan: RankPlan): number {
    const top = this.db
      .prepare(`SELECT rowid FROM ${plan.fts} ORDER BY rowid DESC LIMIT 1`)
      .pluck()
      .get() as number | undefined;
    const floorOf = this.newestMatchRowid(plan);
    let rows = 0;
    for (const phrase of phrases) {
      const floor = floorOf.get(phrase, this.rankWindow - 1) as number | undefined;
      const found =
        floor === undefined || top === undefined
          ? this.rankWindow
          : (this.rankWindow * top) / Math.max(1, top - floor + 1);
      // A phrase's rows are checked word position by word position: about 3x a word's cost.
      rows += phrase.includes(" ") ? PHRASE_COST * found : found;
    }
    return rows;
  }

  /**
   * The newest matches, unranked (score null). bm25 first counts every row each phrase matches,
   * which at hundreds of thousands of rows (a common phrase at a million articles) costs more
   * than the whole search may.
   */
  private newestMatches(
    match: string,
    where: Where,
    { limit, offset }: { limit: number; offset: number },
    plan: RankPlan,
  ): { id: number; score: number | null }[] {
    const sql = `SELECT ${plan.fts}.rowid AS id, NULL AS score
      FROM ${plan.fts} ${plan.ftsJoin}
      WHERE ${plan.fts} MATCH ? ${and(where)}
      ORDER BY ${plan.fts}.rowid DESC LIMIT ? OFFSET ?`;
    return this.db.prepare(sql).all(match, ...where.params, limit, offset) as {
      id: number;
      score: number | null;
    }[];
  }

  /**
   * Whether the filters leave at most `filterFirstLimit` rows, counted on the quote row alone
   * when it has filters of its own: an article row costs a page read, thousands of them more
   * than the query they would save.
   */
  private fewRows(where: Where, plan: RankPlan): boolean {
    const own = where.own !== undefined && where.own.clauses.length > 0 ? where.own : null;
    const from = own !== null ? "quotes q" : plan.filterFrom;
    const counted = own ?? {
      clauses: where.clauses.filter((clause) => clause !== CURRENT_CLAUSE),
      params: where.params,
    };
    return this.isFew(from, counted);
  }

  /** Whether these rows number at most `filterFirstLimit` (counting stops just past it). */
  private isFew(from: string, where: Where): boolean {
    const rows = this.db
      .prepare(`SELECT count(*) FROM (SELECT 1 FROM ${from} ${whereSql(where)} LIMIT ?)`)
      .pluck()
      .get(...where.params, this.filterFirstLimit + 1) as number;
    return rows <= this.filterFirstLimit;
  }

  private listArticles(query: SearchQuery): ArticleHit[] {
    const { limit, offset } = page(query);
    const where = this.articleFilters(query);
    if (where === null) return [];
    const sql = `SELECT a.id AS articleId, a.title, a.outlet, a.url, a.published,
        NULL AS score, substr(a.text, 1, 160) AS snippet
      FROM articles a ${whereSql(where)} ORDER BY a.date DESC, a.id DESC LIMIT ? OFFSET ?`;
    const rows = this.db.prepare(sql).all(...where.params, limit, offset) as Omit<
      ArticleHit,
      "type"
    >[];
    return rows.map((row) => ({ type: "article", ...row }));
  }

  /** Filters on the article `a`; null when a name filter matches nothing (no hits possible). */
  private articleFilters(filters: SearchFilters): Where | null {
    const where: Where = { clauses: [], params: [] };
    if (!filters.allVersions) where.clauses.push(CURRENT_CLAUSE);
    if (filters.outlet !== undefined) {
      where.clauses.push("a.outlet = ? COLLATE NOCASE");
      where.params.push(filters.outlet);
    }
    addDateRange(where, "a.date", filters);
    if (filters.entity !== undefined) {
      const clause = this.entityClause(filters);
      if (clause === null) return null;
      where.clauses.push(clause.sql);
      where.params.push(...clause.params);
    }
    return where;
  }

  /**
   * The articles mentioning an entity. Few (within the date range): read them from the
   * (entity_id, date) index. Many: checked per article through its own entity rows; `+` keeps
   * SQLite from scanning the entity's every row for each article instead.
   */
  private entityClause(filters: SearchFilters): { sql: string; params: unknown[] } | null {
    const entityIds = this.resolveEntities(filters.entity ?? "");
    if (entityIds.length === 0) return null;
    const ids = placeholders(entityIds);
    const dated: Where = { clauses: [`ae.entity_id IN (${ids})`], params: [...entityIds] };
    addDateRange(dated, "ae.date", filters);
    if (this.isFew("article_entities ae", dated)) {
      return {
        sql: `a.id IN (SELECT ae.article_id FROM article_entities ae ${whereSql(dated)})`,
        params: dated.params,
      };
    }
    return {
      sql: `EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article_id = a.id AND +ae.entity_id IN (${ids}))`,
      params: entityIds,
    };
  }

  private quoteFilters(filters: SearchFilters, options: { speakerByIndex: boolean }): Where | null {
    const where = this.articleFilters(filters);
    if (where === null) return null;
    const own: Where = { clauses: [], params: [] };
    if (filters.kind !== undefined) {
      own.clauses.push("q.kind = ?");
      own.params.push(filters.kind);
    }
    if (options.speakerByIndex && filters.speaker !== undefined) {
      const nameIds = this.resolveNames(filters.speaker);
      if (nameIds.length === 0) return null;
      own.clauses.push(`q.speaker_name_id IN (${placeholders(nameIds)})`);
      own.params.push(...nameIds);
    }
    return {
      clauses: [...where.clauses, ...own.clauses],
      params: [...where.params, ...own.params],
      own,
    };
  }

  /**
   * Replaces one-word prefixes (`negotiat*`) by the indexed words they cover, when there are
   * few: FTS5 merges a prefix's every doclist on each evaluation, an OR of words it reads lazily.
   */
  private expandPrefixes(
    parsed: ParsedSearch,
    vocab: "articles_vocab" | "quotes_vocab",
  ): ParsedSearch {
    const lookup = this.db.prepare(
      `SELECT term FROM ${vocab} WHERE term >= ? AND term < ? ORDER BY term LIMIT ?`,
    );
    const expand = (term: SearchTerm): SearchTerm[] => {
      const word = term.words[0];
      if (!term.prefix || term.words.length !== 1 || word === undefined) return [term];
      const start = word.toLowerCase();
      const end = `${start.slice(0, -1)}${String.fromCodePoint((start.codePointAt(start.length - 1) ?? 0) + 1)}`;
      const words = lookup.pluck().all(start, end, MAX_PREFIX_WORDS + 1) as string[];
      if (words.length === 0 || words.length > MAX_PREFIX_WORDS) return [term];
      return words.map((found) => ({ words: [found], prefix: false }));
    };
    return {
      groups: parsed.groups.map((group) => group.flatMap(expand)),
      excluded: parsed.excluded.flatMap(expand),
    };
  }

  /** Ids of the names containing all these words (a speaker or entity filter). */
  private resolveNames(words: string): number[] {
    const match = renderNameMatch(words);
    if (match === null) return [];
    return this.db
      .prepare("SELECT rowid FROM names_fts WHERE names_fts MATCH ? LIMIT ?")
      .pluck()
      .all(match, MAX_NAME_IDS) as number[];
  }

  private resolveEntities(words: string): number[] {
    const nameIds = this.resolveNames(words);
    if (nameIds.length === 0) return [];
    return this.db
      .prepare(`SELECT id FROM entities WHERE name_id IN (${placeholders(nameIds)})`)
      .pluck()
      .all(...nameIds) as number[];
  }
}

function checkFilters(filters: SearchFilters): void {
  for (const [flag, value] of [
    ["from", filters.from],
    ["to", filters.to],
  ] as const) {
    if (value !== undefined && !isDatePrefix(value)) {
      throw new InvalidInputError(
        "USAGE",
        `--${flag} expects an ISO date like 2015-10-01 (or 2015-10, 2015), got "${value}"`,
      );
    }
  }
  if (filters.kind !== undefined && !KINDS.includes(filters.kind)) {
    throw new InvalidInputError(
      "USAGE",
      `--kind expects one of ${KINDS.join(", ")}, got "${String(filters.kind)}"`,
    );
  }
}

/** A real year, year-month or calendar date: 2015, 2015-10, 2015-10-31 (not 2015-13, 2015-02-30). */
function isDatePrefix(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(Number(match[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** The inclusive date range of the filters, on `column`. */
function addDateRange(where: Where, column: string, filters: SearchFilters): void {
  if (filters.from !== undefined) {
    where.clauses.push(`${column} >= ?`);
    where.params.push(filters.from);
  }
  if (filters.to !== undefined) {
    where.clauses.push(`${column} <= ?`);
    where.params.push(upperBound(filters.to));
  }
}

/** `--to 2015-10` includes all of October: compare against the last possible date string. */
function upperBound(to: string): string {
  return to.length === 10 ? to : `${to}\uffff`;
}

/**
 * How much wider the next window should be: enough, at the share of matches the filters kept
 * in this one, for twice the page (ranking a window costs a few microseconds a match).
 */
function windowGrowth(kept: number, limit: number): number {
  if (kept === 0) return MAX_GROWTH;
  return Math.min(MAX_GROWTH, Math.max(MIN_GROWTH, Math.ceil((2 * limit) / kept)));
}

function runMatch<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/fts5|syntax error|no such column/i.test(message)) {
      throw new InvalidInputError("USAGE", `search text could not be read: ${message}`, {
        cause: error,
      });
    }
    throw error;
  }
}

function page(query: { limit?: number; offset?: number }): { limit: number; offset: number } {
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  return { limit: clampLimit(query.limit), offset };
}

/** A page is bounded so one query cannot hold the corpus in memory; `export` streams it all. */
function clampLimit(limit: number | undefined): number {
  if (limit !== undefined && limit > MAX_LIMIT) {
    throw new InvalidInputError(
      "USAGE",
      `at most ${MAX_LIMIT} results a page (asked for ${limit}); page with --offset, or use \`newsgraph export\` for everything`,
    );
  }
  return Math.max(1, Math.floor(limit ?? DEFAULT_LIMIT));
}

function placeholders(values: unknown[]): string {
  return values.map(() => "?").join(", ");
}

function and(where: Where): string {
  return where.clauses.map((clause) => `AND ${clause}`).join(" ");
}

function whereSql(where: Where): string {
  return where.clauses.length > 0 ? `WHERE ${where.clauses.join(" AND ")}` : "";
}

function sortNewest(rows: (QuoteRow & { qdate?: string | null })[]): QuoteRow[] {
  return rows.sort((x, y) => {
    const dx = x.qdate ?? "";
    const dy = y.qdate ?? "";
    if (dx !== dy) return dx < dy ? 1 : -1;
    return y.quoteId - x.quoteId;
  });
}

function toQuoteHit(row: QuoteRow): QuoteHit {
  return {
    type: "quote",
    quoteId: row.quoteId,
    articleId: row.articleId,
    localId: row.localId,
    kind: row.kind,
    text: row.text,
    speaker: row.speaker,
    cue: row.cue,
    occasion: row.occasion,
    span: [row.start, row.end],
    title: row.title,
    outlet: row.outlet,
    url: row.url,
    published: row.published,
    score: row.score ?? null,
    snippet: row.snippet ?? row.text,
  };
}

export type { EntityType };
