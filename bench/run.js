// `npm run bench`: throughput and peak memory of newsgraph's analyze on a fixed corpus, with
// peers doing less on the same texts side by side. Each system runs in its own process.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const corpus =
  process.env.NEWSGRAPH_BENCH_CORPUS ??
  join(root, "..", "shared", "data", "polnear", "train", "text");
const systems = [
  ["newsgraph-base", "read + cleanup + segment"],
  ["newsgraph", "the whole pipeline (every stage on)"],
  ["wink-nlp", "readDoc + entities + sentences (lite web model)"],
  ["compromise", ".people() + .quotations()"],
];

const haveCorpus = existsSync(corpus);
if (!haveCorpus) {
  console.log(
    `bench: pipeline runs skipped: corpus ${corpus} is absent (set NEWSGRAPH_BENCH_CORPUS to a folder of .txt articles)`,
  );
}

console.log(
  `bench: corpus ${corpus}, ${new Date().toISOString().slice(0, 10)}, node ${process.version}`,
);
const results = [];
for (const [system, what] of haveCorpus ? systems : []) {
  const only = process.env.NEWSGRAPH_BENCH_ONLY;
  if (only && !only.split(",").includes(system)) continue;
  try {
    const line = execFileSync(
      process.execPath,
      [join(root, "bench", "system.js"), system, corpus],
      {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    const result = JSON.parse(line.trim().split("\n").at(-1));
    results.push(result);
    const perCpu = (value) => (value / result.cpuSeconds).toFixed(2).padStart(8);
    console.log(
      `${system.padEnd(15)} ${String(result.docs).padStart(5)} docs ${perCpu(result.docs)} docs/s ${perCpu(result.mb)} MB/s per core (median of ${result.measuredPasses} pass${result.measuredPasses === 1 ? "" : "es"}; first pass ${(result.mb / result.coldCpuSeconds).toFixed(2)}, wall ${(result.mb / result.seconds).toFixed(2)} MB/s)  peak RSS ${result.peakRssMb.toFixed(0).padStart(4)} MB  (${what}; ${result.work})`,
    );
  } catch (error) {
    console.log(`${system.padEnd(15)} failed: ${error.message.split("\n")[0]}`);
  }
}
const ours = results.find((r) => r.system === "newsgraph");
if (ours) {
  const rate = (r) => r.mb / r.cpuSeconds;
  for (const peer of results.filter(
    (r) => r.system !== "newsgraph" && r.system !== "newsgraph-base",
  )) {
    console.log(
      `ratio newsgraph / ${peer.system}: ${(rate(ours) / rate(peer)).toFixed(2)}x MB/s per core`,
    );
  }
}

// The corpus store: ingest rate, database size and query latencies on a synthetic corpus.
// The full-scale run (1M articles) is `node bench/store.js --count 1000000`.
const storeCount = process.env.NEWSGRAPH_BENCH_STORE_COUNT ?? "5000";
if (!process.env.NEWSGRAPH_BENCH_ONLY || process.env.NEWSGRAPH_BENCH_ONLY.includes("store")) {
  console.log(`\nstore: synthetic corpus of ${storeCount} articles (NEWSGRAPH_BENCH_STORE_COUNT)`);
  execFileSync(process.execPath, [join(root, "bench", "store.js"), "--count", storeCount], {
    stdio: "inherit",
  });
}
