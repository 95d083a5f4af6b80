import { availableParallelism } from "node:os";
import type { Command } from "commander";
import { describeError, EXIT } from "../../errors.js";
import { countInputs, readInputs } from "../../io/read-inputs.js";
import { DEFAULT_BATCH_SIZE, ingestArticles } from "../../storage/ingest/ingest-articles.js";
import { openStore } from "../../storage/open-store.js";
import { addInputOptions, type InputFlags } from "../input-options.js";
import { parsePositiveInteger } from "../options.js";
import { type Progress, startProgress } from "../progress.js";

interface IngestFlags extends InputFlags {
  db?: string;
  batchSize: number;
  workers?: number;
}

export function registerIngest(program: Command): void {
  addInputOptions(
    program
      .command("ingest")
      .description("analyse articles and store them in the corpus database (safe to rerun)")
      .argument("<inputs...>", "files, directories or - for standard input"),
  )
    .option("--db <path>", "database file (default: $NEWSGRAPH_DB, else ./newsgraph.db)")
    .option(
      "--batch-size <n>",
      "documents per transaction",
      (v) => parsePositiveInteger("--batch-size", v),
      DEFAULT_BATCH_SIZE,
    )
    .option("--workers <n>", "analysis threads (default: one per core; 0: none)", (v) =>
      v === "0" ? 0 : parsePositiveInteger("--workers", v),
    )
    .action(async (inputs: string[], flags: IngestFlags) => {
      process.exitCode = await runIngest(inputs, flags);
    });
}

async function runIngest(inputs: string[], flags: IngestFlags): Promise<number> {
  const store = openStore({ db: flags.db });
  // `ingest .` in the folder that holds the database must not try to read the database.
  const skipFiles = ["", "-wal", "-shm", "-journal"].map((suffix) => store.location + suffix);
  const showBar = flags.progress && process.stderr.isTTY;
  const progress: Progress = startProgress(showBar ? await countInputs(inputs, { skipFiles }) : 0);
  let shown = 0;
  const started = Date.now();
  const stop = stopOnInterrupt((message) => progress.log(message));
  try {
    const summary = await ingestArticles(
      store,
      readInputs(inputs, {
        maxBytes: flags.maxBytes,
        skipFiles,
        onWarning: (message) => progress.log(`newsgraph: warning: ${message}`),
      }),
      {
        batchSize: flags.batchSize,
        workers: flags.workers ?? availableParallelism(),
        analyze: {
          documentDate: flags.documentDate ?? null,
          fallbackDate: flags.fallbackDate ?? null,
        },
        onProgress: (done) => {
          for (; shown < done; shown++) progress.tick();
        },
        stop: stop.signal,
        onFinishing: () =>
          progress.log("newsgraph: building the indexes deferred during this large ingest"),
        onFailure: (id, error) =>
          progress.log(
            `newsgraph: ${typeof error === "string" ? `INTERNAL: ${id}: ${error}` : describeError(error)}`,
          ),
      },
    );
    progress.stop();
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    process.stderr.write(
      `newsgraph: ingested ${summary.read} inputs into ${store.location}: ${summary.added} added, ` +
        `${summary.versioned} new versions, ${summary.unchanged} unchanged, ${summary.failed} failed ` +
        `(${(summary.read / seconds).toFixed(1)}/s)\n`,
    );
    if (summary.stopped) {
      process.stderr.write(
        "newsgraph: interrupted: everything read so far is stored; run the same command again to finish\n",
      );
      return EXIT.interrupted;
    }
    return summary.failed > 0 ? EXIT.someInputsFailed : EXIT.ok;
  } finally {
    stop.dispose();
    progress.stop();
    store.close();
  }
}

/**
 * The first Ctrl-C stops reading and lets the batches in progress be stored, so the summary is
 * true; a second one quits at once (safe too: a batch is one transaction).
 */
function stopOnInterrupt(log: (message: string) => void): {
  signal: AbortSignal;
  dispose: () => void;
} {
  const controller = new AbortController();
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
    controller.abort();
    log("newsgraph: stopping after the articles in progress are stored (Ctrl-C again to quit now)");
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
}
