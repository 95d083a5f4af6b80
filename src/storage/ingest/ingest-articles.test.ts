import { describe, expect, test } from "vitest";
import type { InputResult } from "../../io/read-inputs.js";
import { openSqliteStore } from "../sqlite/sqlite-store.js";
import { prepareSynthetic } from "../testing/prepare-synthetic.js";
import { generateCorpus } from "../testing/synthetic-corpus.js";
import type { AnalyzePool } from "./analyze-pool.js";
import { ingestArticles } from "./ingest-articles.js";

const COUNT = 120;
const SYNTHETIC_INDEX = /\/(\d+)\.txt$/;

async function* inputs(): AsyncGenerator<InputResult> {
  for (const article of generateCorpus(COUNT)) yield { ok: true, article: article.raw };
}

/** The generator's own analysis: fast, and what is stored is known. */
const pool: AnalyzePool = {
  workers: 0,
  analyze: async (raws) =>
    raws.map((raw) => ({
      ok: true as const,
      document: prepareSynthetic(Number(SYNTHETIC_INDEX.exec(raw.id)?.[1])).prepared,
    })),
  close: async () => {},
};

describe("ingestArticles stopped midway (Ctrl-C)", () => {
  test("stores everything it read, says it stopped, and a rerun finishes the job", async () => {
    const store = openSqliteStore(":memory:");
    const stop = new AbortController();
    const first = await ingestArticles(store, inputs(), {
      pool,
      batchSize: 10,
      stop: stop.signal,
      onProgress: (done) => {
        if (done >= 30) stop.abort();
      },
    });
    expect(first.stopped).toBe(true);
    expect(first.read).toBeGreaterThanOrEqual(30);
    expect(first.read).toBeLessThan(COUNT);
    expect(first.added).toBe(first.read);
    expect(store.stats().articles).toBe(first.read);

    const second = await ingestArticles(store, inputs(), { pool, batchSize: 10 });
    expect(second).toMatchObject({ stopped: false, read: COUNT, unchanged: first.read });
    expect(second.added).toBe(COUNT - first.read);
    expect(store.stats().articles).toBe(COUNT);
    store.close();
  });
});
