/**
 * Migration 1: articles with their raw sources, entities and mentions, quotes, timexes,
 * duplicate links, and the full-text indexes. Counters on `entities` keep `entities --top`
 * from scanning every mention.
 */
export const migration = {
  version: 1,
  name: "initial",
  sql: `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL,
  source_id TEXT NOT NULL,
  url TEXT,
  title TEXT,
  outlet TEXT,
  byline TEXT,
  language TEXT,
  published TEXT,
  published_source TEXT NOT NULL,
  date TEXT,
  version TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  previous_id INTEGER,
  current INTEGER NOT NULL DEFAULT 1,
  quote_count INTEGER NOT NULL DEFAULT 0,
  entity_count INTEGER NOT NULL DEFAULT 0,
  text TEXT NOT NULL,
  analysis BLOB NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_key ON articles(key, current);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE, date);

CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2'
);

-- The raw input of each article, for reanalysis.
CREATE TABLE sources (
  article_id INTEGER PRIMARY KEY,
  source BLOB NOT NULL
);

-- Every raw input ever ingested and the article it gave, so re-ingesting skips analysis.
CREATE TABLE inputs (
  raw_hash TEXT PRIMARY KEY,
  article_id INTEGER NOT NULL
) WITHOUT ROWID;

-- Entity and speaker names, each once.
CREATE TABLE names (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);
CREATE VIRTUAL TABLE names_fts USING fts5(
  name, content='names', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2'
);

-- Corpus entities: one per (name, type) until cross-document linking merges them.
CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  name_id INTEGER NOT NULL,
  type TEXT NOT NULL,
  articles INTEGER NOT NULL DEFAULT 0,
  mentions INTEGER NOT NULL DEFAULT 0,
  quotes INTEGER NOT NULL DEFAULT 0,
  UNIQUE (name_id, type)
);
CREATE INDEX entities_type_articles ON entities(type, articles DESC);
CREATE INDEX entities_articles ON entities(articles DESC);

-- A document's entities; their mentions (spans, rules) are in articles.analysis.
CREATE TABLE article_entities (
  article_id INTEGER NOT NULL,
  local_id TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  attributes TEXT NOT NULL,
  date TEXT,
  PRIMARY KEY (article_id, local_id)
) WITHOUT ROWID;
CREATE INDEX article_entities_entity ON article_entities(entity_id, date);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL,
  local_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  speaker TEXT,
  speaker_name_id INTEGER,
  speaker_entity_id INTEGER,
  cue TEXT,
  addressee TEXT,
  occasion TEXT,
  time TEXT,
  date TEXT,
  UNIQUE (article_id, local_id)
);
CREATE INDEX quotes_speaker ON quotes(speaker_name_id, date);
CREATE INDEX quotes_date ON quotes(date);
CREATE VIRTUAL TABLE quotes_fts USING fts5(
  text, speaker, occasion, content='quotes', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2'
);

CREATE TABLE timexes (
  article_id INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  type TEXT NOT NULL,
  value TEXT,
  anchor TEXT,
  rule TEXT NOT NULL,
  PRIMARY KEY (article_id, seq)
) WITHOUT ROWID;

CREATE TABLE duplicates (
  article_id INTEGER NOT NULL,
  duplicate_of INTEGER NOT NULL,
  kind TEXT NOT NULL,
  score REAL NOT NULL,
  rule TEXT NOT NULL,
  PRIMARY KEY (article_id, duplicate_of)
) WITHOUT ROWID;
CREATE INDEX duplicates_of ON duplicates(duplicate_of);
`,
};
