/**
 * What the SQLite adapter does with bad surroundings: foreign or corrupt files, missing or
 * read-only folders, a full disk, a newer schema, a writer that holds the lock.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, test } from "vitest";
import { NewsgraphError } from "../../errors.js";
import type { SearchHit } from "../store.js";
import { prepareSynthetic } from "../testing/prepare-synthetic.js";
import { DEFERRABLE_INDEXES } from "./deferred-indexes.js";
import { APPLICATION_ID } from "./migrate.js";
import { MIGRATIONS } from "./migrations/index.js";
import { openSqliteStore } from "./sqlite-store.js";

const folder = mkdtempSync(join(tmpdir(), "newsgraph-sqlite-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const documents = Array.from({ length: 40 }, (_, i) => prepareSynthetic(i).prepared);

function storageErrorOf(run: () => unknown): NewsgraphError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(NewsgraphError);
    expect((error as NewsgraphError).code).toBe("STORAGE");
    return error as NewsgraphError;
  }
  throw new Error("expected a StorageError, got none");
}

/** A tiny tmpfs, when this process may mount one (root on Linux); null otherwise. */
function mountTmpfs(path: string, options: string): boolean {
  try {
    mkdirSync(path, { recursive: true });
    execFileSync("mount", ["-t", "tmpfs", "-o", options, "tmpfs", path], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function unmount(path: string): void {
  try {
    execFileSync("umount", [path], { stdio: "ignore" });
  } catch {
    // Already gone.
  }
}

/** Whether this process may mount file systems (root on Linux): probed once. */
const canMount = (() => {
  const probe = join(folder, "probe-mount");
  const mounted = mountTmpfs(probe, "size=1m");
  if (mounted) unmount(probe);
  return mounted;
})();

describe("SQLite adapter: bad surroundings", () => {
  test("refuses a file that is not a database, and leaves it as it was", () => {
    const path = join(folder, "notes.db");
    writeFileSync(path, "these are my notes, not a database\n".repeat(200));
    const before = readFileSync(path);
    expect(storageErrorOf(() => openSqliteStore(path)).message).toMatch(/not a database/);
    expect(readFileSync(path)).toEqual(before);
  });

  test("a database damaged inside fails with a storage error, not a crash or wrong answers", () => {
    const path = join(folder, "damaged.db");
    const store = openSqliteStore(path);
    store.putDocuments(documents);
    store.close();
    const bytes = readFileSync(path);
    // Overwrite pages past the header and schema with garbage.
    for (let at = 4096 * 3; at < bytes.length; at += 7) bytes[at] = (at * 31) & 0xff;
    writeFileSync(path, bytes);
    let error: NewsgraphError | null = null;
    try {
      const damaged = openSqliteStore(path);
      try {
        damaged.search({ text: "said", limit: 1000 });
        damaged.stats();
        expect(damaged.checkIntegrity()).not.toBe("ok");
      } finally {
        damaged.close();
      }
    } catch (caught) {
      error = caught as NewsgraphError;
    }
    if (error !== null) {
      expect(error).toBeInstanceOf(NewsgraphError);
      expect(error.code).toBe("STORAGE");
      expect(error.message).toMatch(/corrupt|not a database/);
    }
  });

  test("refuses another application's SQLite database and adds nothing to it", () => {
    const path = join(folder, "foreign.db");
    const other = new Database(path);
    other.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");
    other.close();
    expect(storageErrorOf(() => openSqliteStore(path)).message).toMatch(/not a newsgraph database/);
    const check = new Database(path);
    const tables = check
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")
      .pluck()
      .all();
    check.close();
    expect(tables).toEqual(["invoices"]);
  });

  test("brings a database made by an older schema up to date, keeping what it holds", () => {
    const path = join(folder, "older.db");
    const old = new Database(path);
    old.pragma(`application_id = ${APPLICATION_ID}`);
    old.exec(
      "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    );
    old.exec(MIGRATIONS[0]?.sql as string);
    old.prepare("INSERT INTO schema_migrations VALUES (1, 'initial', 'then')").run();
    old.close();
    const store = openSqliteStore(path);
    expect(store.stats().schemaVersion).toBe(MIGRATIONS[MIGRATIONS.length - 1]?.version);
    store.putDocuments(documents.slice(0, 5));
    expect(store.search({ text: "negotiat*", limit: 100 })).toBeInstanceOf(Array);
    expect(store.checkIntegrity()).toBe("ok");
    store.close();
  });

  test("migration 4 recounts entities whose older versions were still counted", () => {
    const path = join(folder, "stale-counts.db");
    const store = openSqliteStore(path);
    store.putDocuments(documents.slice(0, 3));
    const first = documents[0] as (typeof documents)[number];
    const changed = {
      ...first,
      rawHash: `${first.rawHash}-v2`,
      contentHash: `${first.contentHash}-v2`,
    };
    expect(store.putDocuments([changed])[0]?.status).toBe("versioned");
    const right = store.entities({ limit: 500 });
    store.close();
    // What earlier versions wrote: the replaced version's entities still counted.
    const raw = new Database(path);
    raw.exec(`UPDATE entities SET articles = articles + 1, mentions = mentions + 2, quotes = quotes + 1
      WHERE id IN (SELECT entity_id FROM article_entities WHERE article_id = 1)`);
    raw.exec("DELETE FROM schema_migrations WHERE version >= 4");
    raw.close();
    const migrated = openSqliteStore(path);
    expect(migrated.entities({ limit: 500 })).toEqual(right);
    migrated.close();
  });

  test("refuses a database whose schema is newer than this version knows", () => {
    const path = join(folder, "newer.db");
    openSqliteStore(path).close();
    const raw = new Database(path);
    raw.prepare("INSERT INTO schema_migrations VALUES (999, 'future', 'later')").run();
    raw.close();
    expect(storageErrorOf(() => openSqliteStore(path)).message).toMatch(
      /newer than this newsgraph/,
    );
  });

  test("says so when the folder does not exist", () => {
    expect(storageErrorOf(() => openSqliteStore(join(folder, "missing", "c.db"))).message).toMatch(
      /cannot be (created|opened)/,
    );
    const notAFolder = join(folder, "file-not-folder");
    writeFileSync(notAFolder, "x");
    storageErrorOf(() => openSqliteStore(join(notAFolder, "c.db")));
  });

  test("read commands refuse to create a database that is not there", () => {
    expect(
      storageErrorOf(() => openSqliteStore(join(folder, "absent.db"), { mustExist: true })).message,
    ).toMatch(/does not exist/);
  });

  test("a closed database is left with a rollback journal, and the next writer turns WAL on", () => {
    const path = join(folder, "tidy.db");
    const store = openSqliteStore(path);
    store.putDocuments(documents.slice(0, 2));
    store.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma("journal_mode", { simple: true })).toBe("delete");
    raw.close();
    const again = openSqliteStore(path);
    expect(again.stats().articles).toBe(2);
    const probe = new Database(path, { readonly: true });
    expect(probe.pragma("journal_mode", { simple: true })).toBe("wal");
    probe.close();
    again.close();
  });

  test.skipIf(!canMount)(
    "read commands read a corpus on a read-only file system; writes fail clearly (needs root to mount a tmpfs)",
    () => {
      const mount = join(folder, "ro-mount");
      if (!mountTmpfs(mount, "size=8m")) throw new Error("tmpfs mount failed");
      try {
        const path = join(mount, "corpus.db");
        const writer = openSqliteStore(path);
        writer.putDocuments(documents.slice(0, 5));
        writer.close();
        execFileSync("mount", ["-o", "remount,ro", mount], { stdio: "ignore" });
        const reader = openSqliteStore(path, { mustExist: true });
        expect(reader.stats().articles).toBe(5);
        expect(reader.search({ text: "", target: "articles" }).length).toBe(5);
        expect(storageErrorOf(() => reader.putDocuments(documents.slice(5, 6))).message).toMatch(
          /read-only/,
        );
        reader.close();
        expect(storageErrorOf(() => openSqliteStore(path)).message).toMatch(/read-only|opened/);
      } finally {
        unmount(mount);
      }
    },
  );

  test("a full disk fails the batch whole and loses nothing already stored", () => {
    const path = join(folder, "full.db");
    const roomy = openSqliteStore(path);
    roomy.putDocuments(documents.slice(0, 10));
    const before = roomy.stats();
    const pages = (new Database(path).pragma("page_count", { simple: true }) as number) + 4;
    roomy.close();
    const cramped = openSqliteStore(path, { maxPageCount: pages });
    expect(storageErrorOf(() => cramped.putDocuments(documents.slice(10))).message).toMatch(/full/);
    expect(cramped.stats()).toEqual(before);
    expect(cramped.checkIntegrity()).toBe("ok");
    cramped.close();
    const again = openSqliteStore(path);
    again.putDocuments(documents.slice(10));
    expect(again.stats().articles).toBe(documents.length);
    expect(again.checkIntegrity()).toBe("ok");
    again.close();
  });

  test("waits for another writer, then fails clearly instead of hanging", () => {
    const path = join(folder, "busy.db");
    openSqliteStore(path).close();
    const holder = new Database(path);
    // As an ingest does: WAL on, then a write transaction held open.
    holder.pragma("journal_mode = WAL");
    holder.prepare("BEGIN IMMEDIATE").run();
    // Opening an up-to-date database needs no write lock.
    const store = openSqliteStore(path, { busyTimeoutMs: 200 });
    try {
      expect(storageErrorOf(() => store.putDocuments(documents.slice(0, 2))).message).toMatch(
        /busy|locked/,
      );
      holder.prepare("ROLLBACK").run();
      store.putDocuments(documents.slice(0, 2));
      expect(store.stats().articles).toBe(2);
    } finally {
      store.close();
      holder.close();
    }
  });

  test("every search plan gives the hits an exhaustive search gives", () => {
    const path = join(folder, "plans.db");
    const exhaustive = openSqliteStore(path, {
      search: { rankWindow: 1_000_000, filterFirstLimit: 0 },
    });
    exhaustive.putDocuments(documents);
    const windowed = openSqliteStore(path, { search: { rankWindow: 3, filterFirstLimit: 0 } });
    const filterFirst = openSqliteStore(path, {
      search: { rankWindow: 3, filterFirstLimit: 1_000_000 },
    });
    const outlet = documents[0]?.outlet as string;
    const speaker = documents.flatMap((doc) => doc.quotes)[0]?.speaker as string;
    const queries = [
      { text: "said" },
      { text: "the", outlet },
      { text: "the", from: "2015-01-01", to: "2015-12-31" },
      { text: "the OR will", entity: speaker },
      { text: "", entity: speaker, from: "2015-01-01", to: "2015-12" },
      { text: "the", entity: speaker, from: "2015-02", to: "2015" },
      { text: "will", speaker },
      { text: "the", target: "quotes" as const, kind: "direct" as const },
    ];
    for (const query of queries) {
      const all = exhaustive.search({ ...query, limit: 1000 });
      expect(all.length, JSON.stringify(query)).toBeGreaterThan(0);
      for (const store of [windowed, filterFirst]) {
        expect(store.search({ ...query, limit: 1000 }), JSON.stringify(query)).toEqual(all);
        // A short page is full whenever there are enough hits, and holds only real hits.
        const page = store.search({ ...query, limit: 4 });
        expect(page.length).toBe(Math.min(4, all.length));
        const ids = new Set(all.map((hit) => JSON.stringify(hit)));
        for (const hit of page) expect(ids.has(JSON.stringify(hit))).toBe(true);
      }
    }
    for (const store of [exhaustive, windowed, filterFirst]) store.close();
  });

  test("a search matching more rows than are ranked lists the newest matches, unranked", () => {
    const path = join(folder, "newest.db");
    const ranked = openSqliteStore(path);
    ranked.putDocuments(documents);
    const newest = openSqliteStore(path, {
      search: { rankLimit: 0, rankWindow: 3, filterFirstLimit: 0 },
    });
    const outlet = documents[0]?.outlet as string;
    for (const query of [
      { text: "the" },
      { text: "the", outlet },
      { text: "the", target: "quotes" as const },
    ]) {
      const all = ranked.search({ ...query, limit: 1000 });
      const listed = newest.search({ ...query, limit: 1000 });
      expect(listed.length, JSON.stringify(query)).toBeGreaterThan(1);
      expect(listed.every((hit) => hit.score === null)).toBe(true);
      const ids = listed.map((hit) => (hit.type === "quote" ? hit.quoteId : hit.articleId));
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      const key = (hit: SearchHit) => JSON.stringify({ ...hit, score: null });
      expect(listed.map(key).sort()).toEqual(all.map(key).sort());
      expect(newest.search({ ...query, limit: 2, offset: 1 })).toEqual(listed.slice(1, 3));
    }
    ranked.close();
    newest.close();
  });

  const root = typeof process.getuid === "function" && process.getuid() === 0;
  describe.skipIf(!root)(
    "on a real tiny or read-only filesystem (skipped: needs root to mount tmpfs)",
    () => {
      test("a filesystem that fills up fails the batch with a clear error and keeps earlier batches", () => {
        const mount = join(folder, "tiny");
        if (!mountTmpfs(mount, "size=1m")) return;
        try {
          const store = openSqliteStore(join(mount, "c.db"));
          let stored = 0;
          let error: NewsgraphError | null = null;
          for (let i = 0; i < 200 && error === null; i++) {
            const batch = Array.from(
              { length: 5 },
              (_, k) => prepareSynthetic(1000 + i * 5 + k).prepared,
            );
            try {
              store.putDocuments(batch);
              stored += batch.length;
            } catch (caught) {
              error = caught as NewsgraphError;
            }
          }
          expect(error?.code).toBe("STORAGE");
          expect(error?.message).toMatch(/full|I\/O/);
          expect(store.stats().articles).toBe(stored);
          store.close();
          const reopened = openSqliteStore(join(mount, "c.db"));
          expect(reopened.stats().articles).toBe(stored);
          expect(reopened.checkIntegrity()).toBe("ok");
          reopened.close();
        } finally {
          unmount(mount);
        }
      });

      test("a read-only filesystem gives a clear error, for a new or an existing database", () => {
        const mount = join(folder, "readonly");
        if (!mountTmpfs(mount, "size=4m")) return;
        try {
          openSqliteStore(join(mount, "c.db")).close();
          execFileSync("mount", ["-o", "remount,ro", mount], { stdio: "ignore" });
          expect(storageErrorOf(() => openSqliteStore(join(mount, "new.db"))).message).toMatch(
            /read-only|cannot be opened/,
          );
          expect(storageErrorOf(() => openSqliteStore(join(mount, "c.db"))).message).toMatch(
            /read-only|cannot be opened|I\/O/,
          );
        } finally {
          unmount(mount);
        }
      });
    },
  );
});

describe("SQLite adapter: bulk loads", () => {
  const indexNames = (path: string) => {
    const raw = new Database(path, { readonly: true });
    try {
      return raw
        .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name IN (?, ?, ?)")
        .pluck()
        .all(...DEFERRABLE_INDEXES.map((index) => index.name));
    } finally {
      raw.close();
    }
  };

  test("the deferrable indexes are exactly those the migrations make", () => {
    const path = join(folder, "bulk-schema.db");
    openSqliteStore(path).close();
    const raw = new Database(path, { readonly: true });
    const sqlOf = raw.prepare("SELECT sql FROM sqlite_master WHERE name = ?").pluck();
    for (const index of DEFERRABLE_INDEXES) expect(sqlOf.get(index.name)).toBe(index.sql);
    raw.close();
  });

  test("a load smaller than what the file holds defers nothing", () => {
    const path = join(folder, "bulk-small.db");
    const first = openSqliteStore(path);
    first.putDocuments(documents.slice(0, 30));
    first.close();
    const second = openSqliteStore(path);
    second.putDocuments(documents.slice(30));
    expect(second.bulkLoad(true)).toBe(false);
    expect(indexNames(path)).toHaveLength(3);
    second.close();
  });

  test("indexes dropped by a killed load come back when the next load ends", () => {
    const path = join(folder, "bulk-killed.db");
    const killed = openSqliteStore(path);
    killed.putDocuments(documents.slice(0, 20));
    expect(killed.bulkLoad(true)).toBe(true);
    expect(indexNames(path)).toHaveLength(0);
    // Closed without bulkLoad(false), as a killed run would leave it.
    killed.close();
    const next = openSqliteStore(path);
    expect(next.quotes({ speaker: "Putin", limit: 1000 }).length).toBeGreaterThan(0);
    next.putDocuments(documents.slice(20));
    next.bulkLoad(false);
    expect(indexNames(path)).toHaveLength(3);
    expect(next.checkIntegrity()).toBe("ok");
    next.close();
  });
});
