import { availableParallelism } from "node:os";
import type { Command } from "commander";
import { EXIT } from "../../errors.js";
import { reanalyzeArticles } from "../../storage/ingest/reanalyze-articles.js";
import { openStore } from "../../storage/open-store.js";
import { VERSION } from "../../version.js";
import { parsePositiveInteger } from "../options.js";
import { startProgress } from "../progress.js";

interface ReanalyzeFlags {
  db?: string;
  workers?: number;
  progress: boolean;
}

export function registerReanalyze(program: Command): void {
  program
    .command("reanalyze")
    .description(`analyse again every stored article made by a version other than ${VERSION}`)
    .option("--db <path>", "database file (default: $NEWSGRAPH_DB, else ./newsgraph.db)")
    .option("--workers <n>", "analysis threads (default: one per core; 0: none)", (v) =>
      v === "0" ? 0 : parsePositiveInteger("--workers", v),
    )
    .option("--no-progress", "never show a progress bar")
    .action(async (flags: ReanalyzeFlags) => {
      process.exitCode = await runReanalyze(flags);
    });
}

async function runReanalyze(flags: ReanalyzeFlags): Promise<number> {
  const store = openStore({ db: flags.db, mustExist: true });
  try {
    // Counting is a scan of every article: only for a progress bar someone will see.
    const showProgress = flags.progress && process.stderr.isTTY;
    const progress = startProgress(showProgress ? store.countOutdated(VERSION) : 0);
    let shown = 0;
    const summary = await reanalyzeArticles(store, {
      workers: flags.workers ?? availableParallelism(),
      onProgress: (done) => {
        for (; shown < done; shown++) progress.tick();
      },
      onFailure: (id, message) => progress.log(`newsgraph: INTERNAL: article #${id}: ${message}`),
    });
    progress.stop();
    process.stderr.write(
      `newsgraph: reanalysed ${summary.updated} articles to version ${VERSION}, ${summary.failed} failed\n`,
    );
    return summary.failed > 0 ? EXIT.someInputsFailed : EXIT.ok;
  } finally {
    store.close();
  }
}
