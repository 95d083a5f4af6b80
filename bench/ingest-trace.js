#!/usr/bin/env node
// Where ingest's time goes, per thread (Linux only: reads /proc). Run after `npm run build`:
//   node bench/ingest-trace.js --count 20000 [--batch-size 512] [--workers 2]
//   [--db file --append --offset N]: add articles N.. to an existing (large) database and keep it,
//   to see the writer's share at scale.
// Prints, every ~4000 articles and at the end, CPU per article of the main thread, the analysis
// workers and the other threads (V8's compiler and GC helpers, libuv), and the cores busy;
// then how long each worker waited between chunks, and how much of that wait was the main
// thread not yet having sent the next chunk (it sends only between its synchronous stretches).
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { createAnalyzePool } from "../dist/storage/ingest/analyze-pool.js";
import { DEFAULT_BATCH_SIZE, ingestArticles } from "../dist/storage/ingest/ingest-articles.js";
import { openSqliteStore } from "../dist/storage/sqlite/sqlite-store.js";
import { generateArticle } from "../dist/storage/testing/synthetic-corpus.js";

const { values: flags } = parseArgs({
  options: {
    count: { type: "string", default: "20000" },
    db: { type: "string", default: ".bench-tmp/trace.db" },
    workers: { type: "string", default: "2" },
    "batch-size": { type: "string", default: String(DEFAULT_BATCH_SIZE) },
    append: { type: "boolean", default: false },
    offset: { type: "string", default: "0" },
  },
});
/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
const TICKS = 100;
/** Articles between interval reports. */
const REPORT_EVERY = 4000;

const now = () => performance.timeOrigin + performance.now();
const schedCpuMs = () =>
  Number(readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[0]) / 1e6;

function threadCpu() {
  const out = new Map();
  for (const tid of readdirSync("/proc/self/task")) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.set(tid, (Number(fields[11]) + Number(fields[12])) / TICKS);
    } catch {
      // The thread ended between listing and reading.
    }
  }
  return out;
}

const workerTids = new Set();
const chunks = [];
const channel = new BroadcastChannel("ingest-trace");
channel.onmessage = ({ data }) => {
  if (data.kind === "hello") workerTids.add(data.tid);
  else chunks.push(data);
};
// Stamp each chunk as the pool sends it.
const post = Worker.prototype.postMessage;
Worker.prototype.postMessage = function (message, transfer) {
  if (message?.raws) message.sentAt = now();
  return post.call(this, message, transfer);
};

function split(before, after) {
  const share = { main: 0, workers: 0, other: 0 };
  for (const [tid, cpu] of after) {
    const used = cpu - (before.get(tid) ?? 0);
    if (tid === String(process.pid)) share.main += used;
    else if (workerTids.has(tid)) share.workers += used;
    else share.other += used;
  }
  return share;
}

function report(label, before, after, articles, seconds) {
  const s = split(before, after);
  const total = s.main + s.workers + s.other;
  const ms = (x) => ((x * 1000) / articles).toFixed(2);
  console.log(
    `${label}: ${(articles / seconds).toFixed(0)} articles/s; ms CPU per article: main ${ms(s.main)}, ` +
      `workers ${ms(s.workers)}, other threads ${ms(s.other)}, total ${ms(total)}; ` +
      `cores busy ${(total / seconds).toFixed(2)} (load ${readFileSync("/proc/loadavg", "utf8").split(" ")[0]})`,
  );
}

const count = Number(flags.count);
async function* inputs() {
  const offset = Number(flags.offset);
  for (let i = 0; i < count; i++) yield { ok: true, article: generateArticle(offset + i).raw };
}
mkdirSync(dirname(flags.db), { recursive: true });
const removeDb = () => {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(flags.db + suffix, { force: true });
};
if (!flags.append) removeDb();
const store = openSqliteStore(flags.db);
let writeMs = 0;
let writeCpuMs = 0;
const put = store.putDocuments.bind(store);
store.putDocuments = (documents) => {
  const cpu = schedCpuMs();
  const started = now();
  const outcome = put(documents);
  writeMs += now() - started;
  writeCpuMs += schedCpuMs() - cpu;
  return outcome;
};
const pool = createAnalyzePool({
  workers: Number(flags.workers),
  analyze: {},
  script: new URL("./ingest-trace-worker.js", import.meta.url),
});
// The pool ends its workers when ingest returns: read their CPU before that.
let cpuAtClose = null;
const close = pool.close.bind(pool);
pool.close = () => {
  cpuAtClose ??= threadCpu();
  return close();
};
await new Promise((resolve) => setTimeout(resolve, 1500)); // worker start-up, not measured
const first = { cpu: threadCpu(), at: now(), done: 0 };
let last = first;
const summary = await ingestArticles(store, inputs(), {
  pool,
  batchSize: Number(flags["batch-size"]),
  onProgress: (done) => {
    if (done - last.done < REPORT_EVERY) return;
    const next = { cpu: threadCpu(), at: now(), done };
    report(
      `  ${last.done}-${done}`,
      last.cpu,
      next.cpu,
      done - last.done,
      (next.at - last.at) / 1000,
    );
    last = next;
  },
});
const seconds = (now() - first.at) / 1000;
store.close();
report(
  `ingest: ${summary.added} articles in ${seconds.toFixed(1)} s, batches of ${flags["batch-size"]}`,
  first.cpu,
  cpuAtClose ?? threadCpu(),
  summary.added,
  seconds,
);
console.log(
  `main thread: putDocuments ${(writeMs / summary.added).toFixed(3)} ms per article wall, ` +
    `${(writeCpuMs / summary.added).toFixed(3)} CPU`,
);
const byWorker = groupBy(chunks);
for (const [id, list] of byWorker) {
  list.sort((a, b) => a.got - b.got);
  let waited = 0;
  let unsent = 0;
  for (let i = 1; i < list.length; i++) {
    waited += list[i].got - list[i - 1].posted;
    unsent += Math.max(0, list[i].sentAt - list[i - 1].posted);
  }
  const span = (list.at(-1).done - list[0].got) / 1000;
  console.log(
    `worker ${id}: ${list.length} chunks; waited ${(waited / 1000).toFixed(1)} s of ${span.toFixed(1)} s between chunks, ` +
      `${(unsent / 1000).toFixed(1)} s of it for the main thread to send the next`,
  );
}
channel.close();
if (!flags.append) removeDb();

function groupBy(list) {
  const out = new Map();
  for (const item of list) {
    const group = out.get(item.threadId) ?? [];
    group.push(item);
    out.set(item.threadId, group);
  }
  return out;
}
