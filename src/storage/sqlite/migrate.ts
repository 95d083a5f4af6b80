import type Database from "better-sqlite3";
import { StorageError } from "../../errors.js";
import { MIGRATIONS } from "./migrations/index.js";

/** Marks newsgraph databases in the SQLite header ("NGRH"), so foreign files are refused. */
export const APPLICATION_ID = 0x4e475248;

/**
 * Brings the schema up to date, each migration in its own transaction, after checking the file
 * is a newsgraph database (or an empty one) of a schema this version knows.
 */
export function migrate(db: Database.Database, location: string): number {
  const latest = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
  // Up to date: no write lock, so searches open while an ingest holds it.
  if (isUpToDate(db)) return latest;
  // One write transaction: two processes opening a new file at once cannot both migrate it.
  return db
    .transaction(() => {
      checkOwnership(db, location);
      db.exec(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
      );
      const current = readSchemaVersion(db);
      if (current > latest) {
        throw new StorageError(
          `database ${location} has schema ${current}, newer than this newsgraph knows (${latest}); upgrade newsgraph`,
        );
      }
      for (const migration of MIGRATIONS) {
        if (migration.version <= current) continue;
        db.exec(migration.sql);
        db.prepare(
          "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
        ).run(migration.version, migration.name, new Date().toISOString());
      }
      return latest;
    })
    .immediate();
}

/** A newsgraph database at this version's schema: nothing to migrate. */
export function isUpToDate(db: Database.Database): boolean {
  const latest = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
  if (db.pragma("application_id", { simple: true }) !== APPLICATION_ID) return false;
  const hasTable = db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  return hasTable !== undefined && readSchemaVersion(db) === latest;
}

function checkOwnership(db: Database.Database, location: string): void {
  const applicationId = db.pragma("application_id", { simple: true }) as number;
  if (applicationId === APPLICATION_ID) return;
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema").get() as { n: number };
  if (applicationId !== 0 || tables.n > 0) {
    throw new StorageError(
      `database ${location} is an SQLite file but not a newsgraph database; choose another --db path`,
    );
  }
  db.pragma(`application_id = ${APPLICATION_ID}`);
}

export function readSchemaVersion(db: Database.Database): number {
  const row = db.prepare("SELECT max(version) AS v FROM schema_migrations").get() as {
    v: number | null;
  };
  return row.v ?? 0;
}
