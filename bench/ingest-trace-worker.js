// Analysis worker for bench/ingest-trace.js: bench/store-worker.js plus a timestamp per chunk
// (received, done) on a BroadcastChannel, so the trace can tell work from waiting.
import { readFileSync } from "node:fs";
import { parentPort, threadId } from "node:worker_threads";
import { analyzeDocument } from "../dist/pipeline.js";
import { prepareDocument } from "../dist/storage/prepare-document.js";

const channel = new BroadcastChannel("ingest-trace");
const now = () => performance.timeOrigin + performance.now();
// The OS thread id, to find this thread's CPU time in /proc/self/task.
const tid = readFileSync("/proc/thread-self/stat", "utf8").split(" ")[0];
channel.postMessage({ kind: "hello", threadId, tid });

parentPort.on("message", (job) => {
  const got = now();
  const results = job.raws.map((raw) => {
    try {
      return { ok: true, document: prepareDocument(raw, analyzeDocument(raw, job.options)) };
    } catch (error) {
      return { ok: false, id: raw.id, message: String(error) };
    }
  });
  const done = now();
  parentPort.postMessage({ id: job.id, results });
  channel.postMessage({ kind: "chunk", threadId, sentAt: job.sentAt, got, done, posted: now() });
});
