#!/usr/bin/env node
// Storage benchmark: ingest a synthetic corpus into SQLite with every stage on, then time
// searches and quotes-by-speaker queries. Run after `npm run build`:
//   node bench/store.js --count 100000 [--db .bench-tmp/store.db] [--workers 2] [--queries 300]
import { existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { createAnalyzePool } from "../dist/storage/ingest/analyze-pool.js";
import { ingestArticles } from "../dist/storage/ingest/ingest-articles.js";
import { openSqliteStore } from "../dist/storage/sqlite/sqlite-store.js";
import { generateCorpus } from "../dist/storage/testing/synthetic-corpus.js";

const { values: flags } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    db: { type: "string", default: ".bench-tmp/store.db" },
    workers: { type: "string", default: String(availableParallelism()) },
    queries: { type: "string", default: "300" },
    "batch-size": { type: "string", default: "512" },
    keep: { type: "boolean", default: false },
    "search-only": { type: "boolean", default: false },
    verbose: { type: "boolean", default: false },
  },
});
const count = Number(flags.count);
const workers = Number(flags.workers);

async function* inputs() {
  for (const article of generateCorpus(count)) yield { ok: true, article: article.raw };
}

function fileSize(path) {
  let total = 0;
  for (const suffix of ["", "-wal"])
    if (existsSync(path + suffix)) total += statSync(path + suffix).size;
  return total;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function timeQueries(label, queries, run) {
  const times = [];
  const cpuTimes = [];
  const byShape = new Map();
  let hits = 0;
  for (const { shape, ...query } of queries) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    hits += run(query).length;
    const took = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    times.push(took);
    if (shape !== undefined) {
      const list = byShape.get(shape) ?? { example: query, times: [] };
      list.times.push(took);
      byShape.set(shape, list);
    }
  }
  if (flags.verbose) {
    for (const [shape, { example, times: list }] of [...byShape].sort((a, b) => a[0] - b[0])) {
      list.sort((a, b) => a - b);
      console.log(
        `  shape ${shape}: ${list.length} queries, p50 ${percentile(list, 50).toFixed(1)} ms, p95 ${percentile(list, 95).toFixed(1)} ms, e.g. ${JSON.stringify(example)}`,
      );
    }
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const f = (x) => x.toFixed(2);
  console.log(
    `${label}: ${queries.length} queries, p50 ${f(percentile(times, 50))} ms, p95 ${f(percentile(times, 95))} ms, ` +
      `max ${f(times[times.length - 1])} ms (wall); CPU p50 ${f(percentile(cpuTimes, 50))} ms, ` +
      `p95 ${f(percentile(cpuTimes, 95))} ms; ${(hits / queries.length).toFixed(1)} hits/query`,
  );
}

function makeQueries(n) {
  const words = [
    "ceasefire",
    "sanctions",
    "peace",
    "refugees",
    "pipeline",
    "treaty",
    "budget",
    "border",
    "elections",
    "coalition",
    "investigation",
    "tariffs",
    "oil",
    "humanitarian",
    "aid",
  ];
  const people = [
    "Putin",
    "Lavrov",
    "Assad",
    "Obama",
    "Kerry",
    "Merkel",
    "Hollande",
    "Erdogan",
    "Zarif",
    "Peskov",
    "Okafor",
    "Lindqvist",
    "Diallo",
    "Haddad",
    "Adeyemi",
    "Conti",
  ];
  const outlets = ["Reuters", "BBC News", "TASS", "Al Jazeera", "Alden Courier"];
  let state = 7;
  const rnd = () => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const search = [];
  const speakers = [];
  for (let i = 0; i < n; i++) {
    const month = `2015-${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}`;
    const shapes = [
      () => ({ text: pick(words) }),
      () => ({ text: `${pick(words)} ${pick(words)}` }),
      () => ({ text: `"peace talks" ${pick(people)}` }),
      () => ({ text: `${pick(words)} OR ${pick(words)} -${pick(words)}` }),
      () => ({ text: `negotiat* ${pick(words)}` }),
      () => ({ text: pick(words), speaker: pick(people) }),
      () => ({ text: `"Valdai conference"`, target: "quotes" }),
      () => ({ text: pick(words), outlet: pick(outlets), from: month, to: month }),
      () => ({ text: "", entity: pick(people), from: month, to: month }),
      () => ({ text: pick(people), from: "2015-01-01", to: "2015-12-31" }),
    ];
    const shape = Math.floor(rnd() * shapes.length);
    search.push({ ...shapes[shape](), limit: 20, shape });
    speakers.push({ speaker: pick(people), limit: 20, ...(rnd() < 0.3 ? { kind: "direct" } : {}) });
  }
  return { search, speakers };
}

async function main() {
  mkdirSync(dirname(flags.db), { recursive: true });
  console.log(
    `store benchmark: ${new Date().toISOString()}, node ${process.version}, ${availableParallelism()} cores`,
  );
  console.log("all stages from the pipeline: cleanup, segment, entities, quotes, temporal");
  if (!flags["search-only"]) {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(flags.db + suffix, { force: true });
    const store = openSqliteStore(flags.db);
    const pool = createAnalyzePool({
      workers,
      analyze: {},
      script: new URL("./store-worker.js", import.meta.url),
    });
    let peakRss = 0;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
    }, 200);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    let lastReport = started;
    const summary = await ingestArticles(store, inputs(), {
      pool,
      batchSize: Number(flags["batch-size"]),
      onProgress: (done) => {
        const now = performance.now();
        if (now - lastReport > 10_000) {
          lastReport = now;
          const rate = done / ((now - started) / 1000);
          console.log(
            `  ${done} articles, ${rate.toFixed(0)}/s, rss ${(process.memoryUsage.rss() / 2 ** 20).toFixed(0)} MiB ` +
              `(main thread heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB)`,
          );
        }
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000 / Math.max(summary.added, 1);
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    await pool.close();
    const stats = store.stats();
    store.close();
    const size = fileSize(flags.db);
    console.log(
      `ingest: ${summary.added} articles in ${seconds.toFixed(1)} s = ${(summary.added / seconds).toFixed(0)} articles/s ` +
        `(${workers} analysis workers, batches of ${flags["batch-size"]}); peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`,
    );
    console.log(
      `cpu: ${cpuMs.toFixed(2)} ms per article over all threads ` +
        `(= ${((availableParallelism() * 1000) / cpuMs).toFixed(0)} articles/s if ${availableParallelism()} cores were ours alone); ` +
        `load average at the end ${loadavg()[0].toFixed(1)}`,
    );
    console.log(
      `stored: ${stats.articles} articles, ${stats.quotes} quotes, ${stats.entities} article entities, ` +
        `${stats.mentions} mentions, ${stats.timexes} timexes; database ${(size / 2 ** 20).toFixed(0)} MiB = ` +
        `${(size / stats.articles / 1024).toFixed(2)} KiB/article`,
    );
  }
  const store = openSqliteStore(flags.db);
  const { search, speakers } = makeQueries(Number(flags.queries));
  // One warm-up pass, as a long-running server would be warm.
  for (const query of search.slice(0, 20)) store.search(query);
  timeQueries("search", search, (query) => store.search(query));
  timeQueries("quotes by speaker", speakers, (query) => store.quotes(query));
  store.close();
  if (!flags.keep && !flags["search-only"]) {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(flags.db + suffix, { force: true });
  }
}

await main();
