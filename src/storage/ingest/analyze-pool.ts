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

class WorkerPool implements AnalyzePool {
  private readonly threads: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { id: number; raws: RawArticle[] }[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: unknown = null;

  constructor(
    script: URL,
    readonly workers: number,
    private readonly options: AnalyzeOptions,
  ) {
    for (let i = 0; i < workers; i++) {
      const worker = new Worker(script);
      worker.on("message", (message: { id: number; results: AnalyzeResult[] }) => {
        this.pending.get(message.id)?.resolve(message.results);
        this.pending.delete(message.id);
        this.idle.push(worker);
        this.dispatch();
      });
      worker.on("error", (error) => this.fail(error));
      this.threads.push(worker);
      this.idle.push(worker);
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

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      const job = this.queue.shift() as { id: number; raws: RawArticle[] };
      worker.postMessage({ ...job, options: this.options });
    }
  }

  private fail(error: unknown): void {
    this.failure = new NewsgraphError("INTERNAL", "an analysis worker failed", { cause: error });
    for (const pending of this.pending.values()) pending.reject(this.failure);
    this.pending.clear();
  }
}
