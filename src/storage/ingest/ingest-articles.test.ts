import { describe, expect, test } from "vitest";
import { openSqliteStore } from "../sqlite/sqlite-store.js";
import { syntheticPool as pool, syntheticInputs } from "../testing/synthetic-pool.js";
import { ingestArticles } from "./ingest-articles.js";

const COUNT = 120;
const inputs = () => syntheticInputs(COUNT);

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
