/**
 * Writes analysed documents: articles, their full-text rows, sources, entities, quotes, timexes.
 * Callers run these inside one write transaction per batch.
 */
import type Database from "better-sqlite3";
import type { PreparedDocument } from "../prepare-document.js";
import type { PutOutcome } from "../store.js";

/** Name and entity id caches stay bounded; cleared on rollback since their ids may be gone. */
const CACHE_LIMIT = 200_000;

export class DocumentWriter {
  private readonly names = new Map<string, number>();
  private readonly entityIds = new Map<string, number>();
  private readonly st;

  constructor(db: Database.Database) {
    const p = (sql: string) => db.prepare(sql);
    this.st = {
      inputOf: p("SELECT article_id AS id FROM inputs WHERE raw_hash = ?").pluck(),
      byHash: p("SELECT id FROM articles WHERE content_hash = ?").pluck(),
      currentByKey: p("SELECT id FROM articles WHERE key = ? AND current = 1").pluck(),
      retire: p("UPDATE articles SET current = 0 WHERE id = ?"),
      insertArticle: p(`INSERT INTO articles (key, source_id, url, title, outlet, byline, language,
        published, published_source, date, version, content_hash, previous_id, current,
        quote_count, entity_count, text, analysis, ingested_at)
        VALUES (@key, @sourceId, @url, @title, @outlet, @byline, @language, @published,
        @publishedSource, @date, @version, @contentHash, @previousId, 1, @quoteCount,
        @entityCount, @text, @analysis, @ingestedAt)`),
      insertArticleFts: p("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)"),
      deleteArticleFts: p(
        "INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)",
      ),
      insertSource: p("INSERT OR REPLACE INTO sources (article_id, source) VALUES (?, ?)"),
      insertInput: p("INSERT OR IGNORE INTO inputs (raw_hash, article_id) VALUES (?, ?)"),
      nameId: p("SELECT id FROM names WHERE name = ?").pluck(),
      insertName: p("INSERT INTO names (name) VALUES (?)"),
      insertNameFts: p("INSERT INTO names_fts (rowid, name) VALUES (?, ?)"),
      entityId: p("SELECT id FROM entities WHERE name_id = ? AND type = ?").pluck(),
      insertEntity: p("INSERT INTO entities (name_id, type) VALUES (?, ?)"),
      countEntity: p(
        "UPDATE entities SET articles = articles + ?, mentions = mentions + ? WHERE id = ?",
      ),
      countSpeaker: p("UPDATE entities SET quotes = quotes + ? WHERE id = ?"),
      insertArticleEntity: p(`INSERT INTO article_entities
        (article_id, local_id, entity_id, mentions, attributes, date) VALUES (?, ?, ?, ?, ?, ?)`),
      insertQuote: p(`INSERT INTO quotes (article_id, local_id, kind, start, end, text, speaker,
        speaker_name_id, speaker_entity_id, cue, addressee, occasion, time, date)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertQuoteFts: p(
        "INSERT INTO quotes_fts (rowid, text, speaker, occasion) VALUES (?, ?, ?, ?)",
      ),
      insertTimex:
        p(`INSERT INTO timexes (article_id, seq, start, end, type, value, anchor, mod, rule)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      oldArticle: p(
        "SELECT title, text, content_hash AS contentHash, current FROM articles WHERE id = ?",
      ),
      oldQuotes: p(
        "SELECT id, text, speaker, occasion, speaker_entity_id AS speakerEntity FROM quotes WHERE article_id = ?",
      ),
      oldEntities: p(
        "SELECT entity_id AS entityId, mentions FROM article_entities WHERE article_id = ?",
      ),
      deleteQuoteFts: p(
        "INSERT INTO quotes_fts (quotes_fts, rowid, text, speaker, occasion) VALUES ('delete', ?, ?, ?, ?)",
      ),
      deleteQuotes: p("DELETE FROM quotes WHERE article_id = ?"),
      deleteEntities: p("DELETE FROM article_entities WHERE article_id = ?"),
      deleteTimexes: p("DELETE FROM timexes WHERE article_id = ?"),
      updateArticle: p(`UPDATE articles SET title = @title, outlet = @outlet, byline = @byline,
        language = @language, published = @published, published_source = @publishedSource,
        date = @date, version = @version, content_hash = @contentHash,
        quote_count = @quoteCount, entity_count = @entityCount, text = @text,
        analysis = @analysis WHERE id = @id`),
    };
  }

  /** Forgets cached ids: call after a rolled-back transaction. */
  reset(): void {
    this.names.clear();
    this.entityIds.clear();
  }

  knownInput(rawHash: string): number | undefined {
    return this.st.inputOf.get(rawHash) as number | undefined;
  }

  put(doc: PreparedDocument, now: string): PutOutcome {
    const known = this.knownInput(doc.rawHash);
    if (known !== undefined) return { status: "unchanged", articleId: known };
    const same = this.st.byHash.get(doc.contentHash) as number | undefined;
    if (same !== undefined) {
      this.st.insertInput.run(doc.rawHash, same);
      return { status: "unchanged", articleId: same };
    }
    const previousId = (this.st.currentByKey.get(doc.key) as number | undefined) ?? null;
    if (previousId !== null) {
      this.st.retire.run(previousId);
      // Entity and speaker counts are of current articles: the old version leaves them.
      this.countAnnotations(previousId, -1);
    }
    const articleId = Number(
      this.st.insertArticle.run({
        ...pickArticleColumns(doc),
        previousId,
        ingestedAt: now,
      }).lastInsertRowid,
    );
    this.st.insertArticleFts.run(articleId, doc.title, doc.text);
    this.st.insertSource.run(articleId, doc.source);
    this.st.insertInput.run(doc.rawHash, articleId);
    this.writeAnnotations(articleId, doc);
    return previousId === null
      ? { status: "added", articleId }
      : { status: "versioned", articleId, previousId };
  }

  /** Replaces an article's analysis in place, keeping its id and versions. */
  replace(articleId: number, doc: PreparedDocument): void {
    const old = this.st.oldArticle.get(articleId) as
      | { title: string | null; text: string; contentHash: string; current: number }
      | undefined;
    if (!old) return;
    const counted = old.current === 1;
    this.removeAnnotations(articleId, counted);
    this.st.deleteArticleFts.run(articleId, old.title, old.text);
    // A cleaned text that now equals another stored article keeps its old hash: never two owners.
    const owner = this.st.byHash.get(doc.contentHash) as number | undefined;
    const contentHash =
      owner === undefined || owner === articleId ? doc.contentHash : old.contentHash;
    this.st.updateArticle.run({ ...pickArticleColumns(doc), contentHash, id: articleId });
    this.st.insertArticleFts.run(articleId, doc.title, doc.text);
    this.st.insertSource.run(articleId, doc.source);
    this.st.insertInput.run(doc.rawHash, articleId);
    this.writeAnnotations(articleId, doc, counted);
  }

  /** `counted`: whether the article is current, so its entities and speakers count. */
  private writeAnnotations(articleId: number, doc: PreparedDocument, counted = true): void {
    const localToEntity = new Map<string, number>();
    for (const entity of doc.entities) {
      const entityId = this.ensureEntity(entity.name, entity.type);
      localToEntity.set(entity.localId, entityId);
      this.st.insertArticleEntity.run(
        articleId,
        entity.localId,
        entityId,
        entity.mentions,
        entity.attributes,
        doc.date,
      );
      if (counted) this.st.countEntity.run(1, entity.mentions, entityId);
    }
    for (const quote of doc.quotes) {
      const speakerEntity = quote.speakerEntity
        ? localToEntity.get(quote.speakerEntity)
        : undefined;
      const quoteId = Number(
        this.st.insertQuote.run(
          articleId,
          quote.localId,
          quote.kind,
          quote.start,
          quote.end,
          quote.text,
          quote.speaker,
          quote.speaker ? this.ensureName(quote.speaker) : null,
          speakerEntity ?? null,
          quote.cue,
          quote.addressee,
          quote.occasion,
          quote.time,
          doc.date,
        ).lastInsertRowid,
      );
      this.st.insertQuoteFts.run(quoteId, quote.text, quote.speaker, quote.occasion);
      if (counted && speakerEntity !== undefined) this.st.countSpeaker.run(1, speakerEntity);
    }
    doc.timexes.forEach((timex, seq) => {
      this.st.insertTimex.run(
        articleId,
        seq,
        timex.start,
        timex.end,
        timex.type,
        timex.value,
        timex.anchor,
        timex.mod,
        timex.rule,
      );
    });
  }

  private removeAnnotations(articleId: number, counted: boolean): void {
    const quotes = this.oldQuotesOf(articleId);
    for (const quote of quotes) {
      this.st.deleteQuoteFts.run(quote.id, quote.text, quote.speaker, quote.occasion);
    }
    if (counted) this.countAnnotations(articleId, -1, quotes);
    this.st.deleteQuotes.run(articleId);
    this.st.deleteEntities.run(articleId);
    this.st.deleteTimexes.run(articleId);
  }

  private oldQuotesOf(articleId: number) {
    return this.st.oldQuotes.all(articleId) as {
      id: number;
      text: string;
      speaker: string | null;
      occasion: string | null;
      speakerEntity: number | null;
    }[];
  }

  /** Adds (1) or takes away (-1) an article's share of the entity and speaker counts. */
  private countAnnotations(
    articleId: number,
    sign: 1 | -1,
    quotes = this.oldQuotesOf(articleId),
  ): void {
    for (const quote of quotes) {
      if (quote.speakerEntity !== null) this.st.countSpeaker.run(sign, quote.speakerEntity);
    }
    const entities = this.st.oldEntities.all(articleId) as { entityId: number; mentions: number }[];
    for (const entity of entities) {
      this.st.countEntity.run(sign, sign * entity.mentions, entity.entityId);
    }
  }

  private ensureName(name: string): number {
    const cached = this.names.get(name);
    if (cached !== undefined) return cached;
    let id = this.st.nameId.get(name) as number | undefined;
    if (id === undefined) {
      id = Number(this.st.insertName.run(name).lastInsertRowid);
      this.st.insertNameFts.run(id, name);
    }
    if (this.names.size >= CACHE_LIMIT) this.names.clear();
    this.names.set(name, id);
    return id;
  }

  private ensureEntity(name: string, type: string): number {
    const nameId = this.ensureName(name);
    const cacheKey = `${nameId}:${type}`;
    const cached = this.entityIds.get(cacheKey);
    if (cached !== undefined) return cached;
    let id = this.st.entityId.get(nameId, type) as number | undefined;
    if (id === undefined) id = Number(this.st.insertEntity.run(nameId, type).lastInsertRowid);
    if (this.entityIds.size >= CACHE_LIMIT) this.entityIds.clear();
    this.entityIds.set(cacheKey, id);
    return id;
  }
}

function pickArticleColumns(doc: PreparedDocument) {
  return {
    key: doc.key,
    sourceId: doc.sourceId,
    url: doc.url,
    title: doc.title,
    outlet: doc.outlet,
    byline: doc.byline,
    language: doc.language,
    published: doc.published,
    publishedSource: doc.publishedSource,
    date: doc.date,
    version: doc.version,
    contentHash: doc.contentHash,
    quoteCount: doc.quotes.length,
    entityCount: doc.entities.length,
    text: doc.text,
    analysis: doc.analysis,
  };
}
