/**
 * Child process for the kill -9 test: ingests synthetic articles into a database in small
 * batches and prints a line per batch, so the parent can kill it at a random point.
 * Usage: node dist/storage/testing/crash-child.js <db> <count> <batch-size> [<bulk-load-after>]
 */
import { ingestArticles } from "../ingest/ingest-articles.js";
import { openSqliteStore } from "../sqlite/sqlite-store.js";
import { syntheticInputs, syntheticPool } from "./synthetic-pool.js";

const [db, count, batchSize, bulkLoadAfter] = process.argv.slice(2);
const store = openSqliteStore(db as string);
const summary = await ingestArticles(store, syntheticInputs(Number(count)), {
  pool: syntheticPool,
  batchSize: Number(batchSize),
  ...(bulkLoadAfter ? { bulkLoadAfter: Number(bulkLoadAfter) } : {}),
  onProgress: (done) => process.stdout.write(`done ${done}\n`),
});
store.close();
process.stdout.write(`finished ${JSON.stringify(summary)}\n`);
