/** Worker thread: analyses chunks of raw articles sent by the AnalyzePool. */
import { parentPort } from "node:worker_threads";
import type { RawArticle } from "../../model.js";
import type { AnalyzeOptions } from "../../pipeline.js";
import { analyzeAndPrepare } from "./analyze-and-prepare.js";

interface Job {
  id: number;
  raws: RawArticle[];
  options: AnalyzeOptions;
}

parentPort?.on("message", (job: Job) => {
  const results = job.raws.map((raw) => analyzeAndPrepare(raw, job.options));
  parentPort?.postMessage({ id: job.id, results });
});
