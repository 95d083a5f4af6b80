/**
 * Child process for the kill -9 test: ingests synthetic articles into a database in small
 * batches and prints a line per batch, so the parent can kill it at a random point.
 * Usage: node dist/storage/testing/crash-child.js <db> <count> <batch-size>
 */
import type { InputResult } from "../../io/read-inputs.js";
import type { AnalyzePool } from "../ingest/analyze-pool.js";
import { ingestArticles } from "../ingest/ingest-articles.js";
import { openSqliteStore } from "../sqlite/sqlite-store.js";
import { prepareSynthetic } from "./prepare-synthetic.js";
import { generateCorpus } from "./synthetic-corpus.js";

const SYNTHETIC_INDEX = /\/(\d+)\.txt$/;

async function* inputs(count: number): AsyncGenerator<InputResult> {
  for (const article of generateCorpus(count)) yield { ok: true, article: article.raw };
}

/** Analyses inline, adding the generator's quotes and entities so they are stored too. */
const pool: AnalyzePool = {
  workers: 0,
  analyze: async (raws) =>
    raws.map((raw) => ({
      ok: true as const,
      document: prepareSynthetic(Number(SYNTHETIC_INDEX.exec(raw.id)?.[1])).prepared,
    })),
  close: async () => {},
};

const [db, count, batchSize] = process.argv.slice(2);
const store = openSqliteStore(db as string);
const summary = await ingestArticles(store, inputs(Number(count)), {
  pool,
  batchSize: Number(batchSize),
  onProgress: (done) => process.stdout.write(`done ${done}\n`),
});
store.close();
process.stdout.write(`finished ${JSON.stringify(summary)}\n`);
