/**
 * Analysis in worker threads, so the stages use every core while the main thread reads inputs
 * and writes the database. With no workers (or when running from TypeScript sources, as tests
 * do) it analyses inline.
 */
import { existsSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { NewsgraphError } from "../../errors.js";
import type { RawArticle } from "../../model.js";
import type { AnalyzeOptions } from "../../pipeline.js";
import { type AnalyzeResult, analyzeAndPrepare } from "./analyze-and-prepare.js";

/** Articles per message: large enough to amortise cloning, small enough to balance load. */
const CHUNK_SIZE = 16;
/**
 * Chunks queued in each worker at once. The main thread hands out chunks only between its own
 * synchronous stretches (writing a batch, reading the next: ~0.2 s per 256 synthetic articles),
 * so a worker given one chunk at a time (~50 ms of work) sat idle for the rest of each
 * stretch: a quarter of every worker's time in a 100k ingest. Sixteen chunks (~0.8 s of work)
 * cover the stretch of a 512-article batch with room to spare; the batches in flight bound
 * memory, not this.
 */
const CHUNKS_PER_WORKER = 16;
/**
 * Young generation of each worker's heap (V8 makes it three semi-spaces, so 96 = 32 MiB
 * semi-spaces, twice Node's default). An article's tokens and annotations live for its whole
 * analysis; with 16 MiB semi-spaces most of them outlived a scavenge, so V8 allocated them
 * straight in the old generation, on fresh pages, each first touch a page fault (costly on
 * this VM): tokenising took 0.35-0.5 ms of an article's ~3 ms instead of ~0.1, and the process
 * took ~45% more page faults. Costs up to ~32 MiB more per worker; peak RSS went down, as
 * fewer short-lived objects reach the old generation.
 */
const WORKER_YOUNG_GENERATION_MB = 96;

interface Pending {
  resolve: (results: AnalyzeResult[]) => void;
  reject: (error: unknown) => void;
}

export interface AnalyzePool {
  readonly workers: number;
  analyze(raws: RawArticle[]): Promise<AnalyzeResult[]>;
  close(): Promise<void>;
}

export function createAnalyzePool(options: {
  workers: number;
  analyze: AnalyzeOptions;
  /** A worker script speaking the same messages (benchmarks add synthetic annotations). */
  script?: URL;
}): AnalyzePool {
  const script = options.script ?? new URL("./analyze-worker.js", import.meta.url);
  // From TypeScript sources (tests) there is no compiled worker to start.
  const runnable = script.pathname.endsWith(".js") && existsSync(script);
  if (options.workers <= 0 || !runnable) return createInlinePool(options.analyze);
  return new WorkerPool(script, options.workers, options.analyze);
}

function createInlinePool(analyze: AnalyzeOptions): AnalyzePool {
  return {
    workers: 0,
    analyze: async (raws) => raws.map((raw) => analyzeAndPrepare(raw, analyze)),
    close: async () => {},
  };
}

interface Job {
  id: number;
  raws: RawArticle[];
}

class WorkerPool implements AnalyzePool {
  private readonly threads: Worker[] = [];
  /** Chunks sent to each worker and not yet answered. */
  private readonly queued = new Map<Worker, number>();
  private readonly queue: Job[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: unknown = null;

  constructor(
    script: URL,
    readonly workers: number,
    private readonly options: AnalyzeOptions,
  ) {
    for (let i = 0; i < workers; i++) {
      const worker = new Worker(script, {
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      });
      worker.on("message", (message: { id: number; results: AnalyzeResult[] }) => {
        this.pending.get(message.id)?.resolve(message.results);
        this.pending.delete(message.id);
        this.queued.set(worker, (this.queued.get(worker) ?? 1) - 1);
        this.dispatch();
      });
      worker.on("error", (error) => this.fail(error));
      this.threads.push(worker);
      this.queued.set(worker, 0);
    }
  }

  async analyze(raws: RawArticle[]): Promise<AnalyzeResult[]> {
    const chunks: Promise<AnalyzeResult[]>[] = [];
    for (let start = 0; start < raws.length; start += CHUNK_SIZE) {
      chunks.push(this.submit(raws.slice(start, start + CHUNK_SIZE)));
    }
    return (await Promise.all(chunks)).flat();
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((worker) => worker.terminate()));
  }

  private submit(raws: RawArticle[]): Promise<AnalyzeResult[]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.queue.push({ id, raws });
      this.dispatch();
    });
  }

  /** Sends queued chunks to the least loaded workers, up to CHUNKS_PER_WORKER each. */
  private dispatch(): void {
    for (;;) {
      const job = this.queue[0];
      const worker = this.leastQueued();
      if (job === undefined || worker === undefined) return;
      this.queue.shift();
      this.queued.set(worker, (this.queued.get(worker) ?? 0) + 1);
      worker.postMessage({ ...job, options: this.options });
    }
  }

  private leastQueued(): Worker | undefined {
    let best: Worker | undefined;
    let least = CHUNKS_PER_WORKER;
    for (const [worker, count] of this.queued) {
      if (count < least) {
        best = worker;
        least = count;
      }
    }
    return best;
  }

  private fail(error: unknown): void {
    this.failure = new NewsgraphError("INTERNAL", "an analysis worker failed", { cause: error });
    for (const pending of this.pending.values()) pending.reject(this.failure);
    this.pending.clear();
  }
}
