// Analysis worker for bench/store.js: the real pipeline, plus the generator's known entities,
// quotes and timexes where the pipeline has no such stage yet (the benchmark reports which).
import { parentPort } from "node:worker_threads";
import { analyzeDocument } from "../dist/pipeline.js";
import { prepareDocument } from "../dist/storage/prepare-document.js";
import { annotateFromTruth, generateArticle } from "../dist/storage/testing/synthetic-corpus.js";

const SYNTHETIC_ID = /^synthetic\/s(\d+)\/(\d+)\.txt$/;

parentPort.on("message", (job) => {
  const results = job.raws.map((raw) => {
    try {
      let doc = analyzeDocument(raw, job.options);
      if (doc.entities === undefined || doc.quotes === undefined || doc.timexes === undefined) {
        // bench/store.js sends the generator's truth along; regenerate it when absent.
        const [, seed, index] = SYNTHETIC_ID.exec(raw.id) ?? [];
        const truth = raw.truth ?? generateArticle(Number(index), { seed: Number(seed) }).truth;
        doc = annotateFromTruth(doc, truth);
      }
      return { ok: true, document: prepareDocument(raw, doc) };
    } catch (error) {
      return { ok: false, id: raw.id, message: String(error) };
    }
  });
  parentPort.postMessage({ id: job.id, results });
});
