/**
 * kill -9 at random points during ingest, then a rerun: the database must hold exactly what one
 * clean run stores, and pass SQLite's and the full-text indexes' integrity checks.
 * Spawns the compiled child (dist/, built by `npm ci` / `npm run build`).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, describe, expect, test } from "vitest";
import { DEFERRABLE_INDEXES } from "../sqlite/deferred-indexes.js";
import { openSqliteStore } from "../sqlite/sqlite-store.js";
import type { StoreStats } from "../store.js";
import { prepareSynthetic } from "../testing/prepare-synthetic.js";

const CHILD = fileURLToPath(
  new URL("../../../dist/storage/testing/crash-child.js", import.meta.url),
);
const COUNT = 160;
const BATCH = 5;
const KILLS = 4;

const SYNTHETIC = Array.from({ length: COUNT }, (_, i) => prepareSynthetic(i));
const DOCS = SYNTHETIC.map((item) => item.doc);
const expected = {
  articles: COUNT,
  quotes: DOCS.reduce((n, doc) => n + (doc.quotes?.length ?? 0), 0),
  // Corpus entities: the named ones (see prepareDocument).
  entities: SYNTHETIC.reduce((n, item) => n + item.prepared.entities.length, 0),
  timexes: DOCS.reduce((n, doc) => n + (doc.timexes?.length ?? 0), 0),
};

const folder = mkdtempSync(join(tmpdir(), "newsgraph-crash-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs the child; kills it with SIGKILL once it has reported `killAfter` batches. */
function runChild(
  db: string,
  killAfter: number | null,
  bulkLoadAfter?: number,
): Promise<{ killed: boolean; output: string }> {
  const args = [CHILD, db, String(COUNT), String(BATCH)];
  if (bulkLoadAfter !== undefined) args.push(String(bulkLoadAfter));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args);
    let output = "";
    let lines = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      lines = output.split("\n").filter((line) => line.startsWith("done")).length;
      if (killAfter !== null && lines >= killAfter && child.exitCode === null)
        child.kill("SIGKILL");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (signal === "SIGKILL") resolve({ killed: true, output });
      else if (code === 0) resolve({ killed: false, output });
      else reject(new Error(`child failed (${code}): ${output}`));
    });
  });
}

function countsOf(stats: StoreStats): typeof expected {
  const { articles, quotes, entities, timexes } = stats;
  return { articles, quotes, entities, timexes };
}

/** Indexes the migrations make that the file lacks (a bulk load must leave none missing). */
function missingIndexes(path: string): string[] {
  const raw = new Database(path, { readonly: true });
  try {
    const present = new Set(
      raw.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all(),
    );
    return DEFERRABLE_INDEXES.map((index) => index.name).filter((name) => !present.has(name));
  } finally {
    raw.close();
  }
}

describe.skipIf(!existsSync(CHILD))(
  "ingest survives kill -9 (skipped when dist/ is not built: run npm run build)",
  () => {
    test.each([
      ["", undefined],
      [" (indexes deferred by a bulk load)", 10],
    ])(
      "killed at random points and rerun%s, the corpus has exactly one copy of everything",
      async (_, bulkLoadAfter) => {
        const db = join(folder, `crash${bulkLoadAfter ?? ""}.db`);
        const batches = COUNT / BATCH;
        let kills = 0;
        for (let i = 0; i < KILLS; i++) {
          // Random points, spread over the run; a rerun skips what earlier runs stored.
          const killAfter = 1 + Math.floor(Math.random() * batches);
          const run = await runChild(db, killAfter, bulkLoadAfter);
          if (run.killed) kills++;
        }
        const final = await runChild(db, null, bulkLoadAfter);
        expect(final.killed).toBe(false);
        expect(kills).toBeGreaterThan(0);

        const store = openSqliteStore(db);
        try {
          expect(store.checkIntegrity()).toBe("ok");
          expect(missingIndexes(db)).toEqual([]);
          const stats = store.stats();
          expect(countsOf(stats)).toEqual(expected);
          expect(stats.currentArticles).toBe(COUNT);
          const putinQuotes = store.quotes({ speaker: "Putin", limit: 1000 }).length;
          const expectedPutin = DOCS.flatMap((doc) => doc.quotes ?? []).filter(
            (quote) => quote.speaker?.name === "Vladimir Putin",
          ).length;
          expect(putinQuotes).toBe(Math.min(expectedPutin, 1000));
          // The per-entity counters were written in the same transactions: they add up exactly.
          const counted = store
            .exportEntities({ afterId: 0, limit: 100_000 })
            .reduce((sum, entity) => sum + entity.articles, 0);
          expect(counted).toBe(expected.entities);
        } finally {
          store.close();
        }
      },
    );

    test("two ingests of the same inputs at once store everything exactly once", async () => {
      const db = join(folder, "twice.db");
      const runs = await Promise.all([runChild(db, null), runChild(db, null)]);
      expect(runs.every((run) => !run.killed)).toBe(true);
      const store = openSqliteStore(db);
      try {
        expect(countsOf(store.stats())).toEqual(expected);
        expect(store.checkIntegrity()).toBe("ok");
      } finally {
        store.close();
      }
    });
  },
);
