/**
 * Ingest: read -> analyse (worker pool) -> store, in bounded batches, each batch one transaction.
 * Crash safety comes from the two together: a killed run leaves whole batches only, and a rerun
 * skips every input already stored (by raw-input hash, then by cleaned-text hash).
 */

import type { NewsgraphError } from "../../errors.js";
import type { InputResult } from "../../io/read-inputs.js";
import type { RawArticle } from "../../model.js";
import type { AnalyzeOptions } from "../../pipeline.js";
import { hashRawArticle, type PreparedDocument } from "../prepare-document.js";
import type { Store } from "../store.js";
import type { AnalyzeResult } from "./analyze-and-prepare.js";
import { type AnalyzePool, createAnalyzePool } from "./analyze-pool.js";

/**
 * Documents per transaction: big enough to amortise commits (each writes the full-text index's
 * new segment and every touched page to the WAL), small enough to hold the lock briefly and
 * bound memory. Writing 41k synthetic articles cost the writer thread 0.53 ms each in batches
 * of 256, 0.455 in batches of 512, 0.44 in batches of 1024; but 1024 raised the peak RSS of a
 * 12k ingest from ~640 to 953 MiB (the target is < 1 GiB at 1M articles).
 */
export const DEFAULT_BATCH_SIZE = 512;
/**
 * Documents a run writes before it tells the store a bulk load is on (`Store.bulkLoad`): enough
 * that rebuilding deferred indexes at the end is paid back many times over.
 */
export const BULK_LOAD_AFTER = 50_000;
/** Batches analysed ahead of the one being written: keeps workers busy, memory bounded. */
const BATCHES_IN_FLIGHT = 2;

export interface IngestSummary {
  read: number;
  added: number;
  versioned: number;
  unchanged: number;
  /** Inputs that could not be read or analysed (reported through `onFailure`). */
  failed: number;
  /** `stop` was signalled: what was read is stored, the rest was not read. */
  stopped: boolean;
}

export interface IngestOptions {
  analyze?: AnalyzeOptions;
  batchSize?: number;
  /** Analysis worker threads; 0 analyses on the main thread. */
  workers?: number;
  /** Called once per input handled (stored, skipped or failed), for progress bars. */
  onProgress?: (done: number) => void;
  onFailure?: (id: string, error: NewsgraphError | string) => void;
  /** Analysis pool to use instead of one made from `workers` (benchmarks). */
  pool?: AnalyzePool;
  /** Stop reading inputs (Ctrl-C): what has been read is still analysed and stored. */
  stop?: AbortSignal;
  /** Documents written before the store is told a bulk load is on (default BULK_LOAD_AFTER). */
  bulkLoadAfter?: number;
  /** Called when a run the store deferred indexes for ends, before it rebuilds them (a while). */
  onFinishing?: () => void;
}

interface Batch {
  known: number;
  results: Promise<AnalyzeResult[]>;
}

export async function ingestArticles(
  store: Store,
  inputs: AsyncIterable<InputResult>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const summary: IngestSummary = {
    read: 0,
    added: 0,
    versioned: 0,
    unchanged: 0,
    failed: 0,
    stopped: false,
  };
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const pool =
    options.pool ??
    createAnalyzePool({ workers: options.workers ?? 0, analyze: options.analyze ?? {} });
  const bulkLoadAfter = options.bulkLoadAfter ?? BULK_LOAD_AFTER;
  const inFlight: Batch[] = [];
  let done = 0;
  let written = 0;
  let deferring = false;
  const tick = (count: number) => {
    done += count;
    options.onProgress?.(done);
  };
  const write = async (batch: Batch) => {
    const results = await batch.results;
    const documents: PreparedDocument[] = [];
    for (const result of results) {
      if (result.ok) documents.push(result.document);
      else {
        summary.failed++;
        options.onFailure?.(result.id, `analysis failed: ${result.message}`);
      }
    }
    for (const outcome of store.putDocuments(documents)) summary[outcome.status]++;
    written += documents.length;
    if (written >= bulkLoadAfter) deferring = store.bulkLoad(true);
    summary.unchanged += batch.known;
    tick(results.length + batch.known);
  };
  const start = (raws: RawArticle[]) => {
    const hashes = raws.map(hashRawArticle);
    const known = store.knownRawHashes(hashes);
    const fresh = raws.filter((_, i) => !known.has(hashes[i] as string));
    inFlight.push({ known: raws.length - fresh.length, results: pool.analyze(fresh) });
  };
  try {
    let raws: RawArticle[] = [];
    for await (const input of inputs) {
      if (options.stop?.aborted) {
        summary.stopped = true;
        break;
      }
      summary.read++;
      if (!input.ok) {
        summary.failed++;
        options.onFailure?.(input.id, input.error);
        tick(1);
        continue;
      }
      raws.push(input.article);
      if (raws.length < batchSize) continue;
      start(raws);
      raws = [];
      if (inFlight.length >= BATCHES_IN_FLIGHT) await write(inFlight.shift() as Batch);
    }
    if (raws.length > 0) start(raws);
    while (inFlight.length > 0) await write(inFlight.shift() as Batch);
    if (deferring) options.onFinishing?.();
    store.bulkLoad(false);
  } finally {
    // Unwritten batches are dropped on failure; a rerun analyses them again.
    for (const batch of inFlight) batch.results.catch(() => {});
    await pool.close();
  }
  return summary;
}
