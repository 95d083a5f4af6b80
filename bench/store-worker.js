// Analysis worker for bench/store.js: the real pipeline, every stage on.
import { parentPort } from "node:worker_threads";
import { analyzeDocument } from "../dist/pipeline.js";
import { prepareDocument } from "../dist/storage/prepare-document.js";

parentPort.on("message", (job) => {
  const results = job.raws.map((raw) => {
    try {
      return { ok: true, document: prepareDocument(raw, analyzeDocument(raw, job.options)) };
    } catch (error) {
      return { ok: false, id: raw.id, message: String(error) };
    }
  });
  parentPort.postMessage({ id: job.id, results });
});
