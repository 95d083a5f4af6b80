/**
 * Brings analyses made by other newsgraph versions up to date, from the stored raw inputs,
 * a batch per transaction; a killed run resumes where it stopped (done articles carry the new
 * version and are no longer listed).
 */
import type { AnalyzeOptions } from "../../pipeline.js";
import { VERSION } from "../../version.js";
import type { Store } from "../store.js";
import { createAnalyzePool } from "./analyze-pool.js";

export interface ReanalyzeSummary {
  updated: number;
  failed: number;
}

export async function reanalyzeArticles(
  store: Store,
  options: {
    version?: string;
    analyze?: AnalyzeOptions;
    batchSize?: number;
    workers?: number;
    onProgress?: (done: number) => void;
    onFailure?: (id: string, message: string) => void;
  } = {},
): Promise<ReanalyzeSummary> {
  const version = options.version ?? VERSION;
  const pool = createAnalyzePool({ workers: options.workers ?? 0, analyze: options.analyze ?? {} });
  const summary: ReanalyzeSummary = { updated: 0, failed: 0 };
  let afterId = 0;
  try {
    for (;;) {
      const sources = store.listOutdated(version, { afterId, limit: options.batchSize ?? 256 });
      if (sources.length === 0) break;
      afterId = sources[sources.length - 1]?.articleId ?? afterId;
      const results = await pool.analyze(sources.map((source) => source.raw));
      const items = [];
      for (const [i, result] of results.entries()) {
        const articleId = sources[i]?.articleId as number;
        if (result.ok && result.document.version === version) {
          items.push({ articleId, document: result.document });
        } else {
          summary.failed++;
          options.onFailure?.(
            String(articleId),
            result.ok ? `analysis made version ${result.document.version}` : result.message,
          );
        }
      }
      store.replaceAnalyses(items);
      summary.updated += items.length;
      options.onProgress?.(summary.updated + summary.failed);
    }
  } finally {
    await pool.close();
  }
  return summary;
}
