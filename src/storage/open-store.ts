import { resolve } from "node:path";
import { openSqliteStore, type SqliteStore } from "./sqlite/sqlite-store.js";

/** Where the corpus lives when neither --db nor NEWSGRAPH_DB says: the working folder. */
export const DEFAULT_DB_FILE = "newsgraph.db";

export interface OpenStoreOptions {
  /** `--db`; else NEWSGRAPH_DB; else `newsgraph.db` in the working folder. */
  db?: string;
  env?: NodeJS.ProcessEnv;
  /** Read commands refuse to create an empty database. */
  mustExist?: boolean;
  maxPageCount?: number;
}

export function resolveDbPath(options: Pick<OpenStoreOptions, "db" | "env">): string {
  const env = options.env ?? process.env;
  const path = options.db ?? env.NEWSGRAPH_DB ?? DEFAULT_DB_FILE;
  return path === ":memory:" ? path : resolve(path);
}

/** Opens the configured store. SQLite is the embedded default (and, for now, the only adapter). */
export function openStore(options: OpenStoreOptions = {}): SqliteStore {
  return openSqliteStore(resolveDbPath(options), {
    mustExist: options.mustExist,
    maxPageCount: options.maxPageCount,
  });
}
