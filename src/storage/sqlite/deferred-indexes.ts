/**
 * Bulk loads: the secondary indexes whose every row lands at a random place (by speaker, by
 * entity, by date) are dropped for the rest of a large ingest and rebuilt by one sort at its end.
 * At 450k articles they cost the writer ~0.3 ms of CPU per article and half its page writes;
 * rebuilding them over 3.6M quotes took ~14 s of CPU (BENCHMARKS.md, issue 7).
 *
 * A flag in `meta`, written in the same transaction as the drop, records the state: a killed
 * ingest leaves it set, queries stay right (only slower), and the next writer to finish puts the
 * indexes back. Keep the statements equal to the migrations' (a test compares them).
 */
import type Database from "better-sqlite3";

export const DEFERRABLE_INDEXES: readonly { name: string; sql: string }[] = [
  {
    name: "quotes_speaker",
    sql: "CREATE INDEX quotes_speaker ON quotes(speaker_name_id, date)",
  },
  { name: "quotes_date", sql: "CREATE INDEX quotes_date ON quotes(date)" },
  {
    name: "article_entities_entity",
    sql: "CREATE INDEX article_entities_entity ON article_entities(entity_id, date)",
  },
];

const FLAG = "deferred_indexes";

export function indexesDeferred(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM meta WHERE key = ?").pluck().get(FLAG) !== undefined;
}

/** Drops the indexes; call inside the write transaction of the batch that starts the deferral. */
export function deferIndexes(db: Database.Database): void {
  for (const index of DEFERRABLE_INDEXES) db.exec(`DROP INDEX IF EXISTS ${index.name}`);
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')").run(FLAG);
}

/**
 * Rebuilds whatever is missing and clears the flag, in one transaction. The sort spills to
 * temporary files rather than memory (a million articles' quotes would not fit the RSS budget)
 * and may use a second thread: by now the analysis workers are gone.
 */
export function restoreIndexes(db: Database.Database): void {
  const exists = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?")
    .pluck();
  const tempStore = db.pragma("temp_store", { simple: true });
  db.pragma("temp_store = FILE");
  db.pragma("threads = 2");
  try {
    db.transaction(() => {
      for (const index of DEFERRABLE_INDEXES) {
        if (exists.get(index.name) === undefined) db.exec(index.sql);
      }
      db.prepare("DELETE FROM meta WHERE key = ?").run(FLAG);
    }).immediate();
  } finally {
    db.pragma("threads = 0");
    db.pragma(`temp_store = ${Number(tempStore)}`);
  }
}
