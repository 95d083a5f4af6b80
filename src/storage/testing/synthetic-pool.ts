import type { InputResult } from "../../io/read-inputs.js";
import type { AnalyzePool } from "../ingest/analyze-pool.js";
import { prepareSynthetic } from "./prepare-synthetic.js";
import { generateCorpus } from "./synthetic-corpus.js";

const SYNTHETIC_INDEX = /\/(\d+)\.txt$/;

/** The first `count` synthetic articles as ingest inputs. */
export async function* syntheticInputs(count: number): AsyncGenerator<InputResult> {
  for (const article of generateCorpus(count)) yield { ok: true, article: article.raw };
}

/** Analyses inline, on this thread: what is stored is known, and tests stay fast. */
export const syntheticPool: AnalyzePool = {
  workers: 0,
  analyze: async (raws) =>
    raws.map((raw) => ({
      ok: true as const,
      document: prepareSynthetic(Number(SYNTHETIC_INDEX.exec(raw.id)?.[1])).prepared,
    })),
  close: async () => {},
};
