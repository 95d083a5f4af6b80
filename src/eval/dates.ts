import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { DateSource } from "../model.js";
import { extractHtmlArticle } from "../stages/cleanup/html/extract-html-article.js";
import { decodeHtmlBytes } from "../stages/ingest/readers/html-decode.js";

/**
 * `npm run eval -- dates --data ../shared/data/htmldate-dev`: publication-date accuracy
 * (exact day) of the HTML date finder, by the source each answer came from.
 */
export async function run(args: { data: string; argv: string[] }): Promise<void> {
  const truthPath = join(args.data, "truth.json");
  if (!existsSync(truthPath)) throw new Error(`expected ${truthPath}, found nothing`);
  const truth = JSON.parse(readFileSync(truthPath, "utf8")) as Record<
    string,
    { file: string; date: string }
  >;
  const verbose = args.argv.includes("--verbose");
  let right = 0;
  let none = 0;
  let total = 0;
  const bySource = new Map<DateSource, { right: number; total: number }>();
  const started = performance.now();
  for (const [url, { file, date }] of Object.entries(truth)) {
    const path = join(args.data, "html", `${file}.gz`);
    if (!existsSync(path)) continue;
    total++;
    const html = decodeHtmlBytes(gunzipSync(readFileSync(path))).text;
    const found = extractHtmlArticle(html, { url, fallback: false }).published;
    if (found === null) {
      none++;
      if (verbose) console.log(`none  ${date} ${file}`);
      continue;
    }
    const ok = found.value.slice(0, 10) === date.slice(0, 10);
    if (ok) right++;
    else if (verbose) console.log(`wrong ${date} got ${found.value} (${found.source}) ${file}`);
    const entry = bySource.get(found.source) ?? { right: 0, total: 0 };
    entry.total++;
    if (ok) entry.right++;
    bySource.set(found.source, entry);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`dates: ${total} pages from ${args.data}`);
  console.log(
    `date accuracy ${(right / Math.max(1, total)).toFixed(3)} (${right}/${total}, exact day; ${none} without a date)`,
  );
  for (const [source, e] of [...bySource].sort((a, b) => b[1].total - a[1].total)) {
    console.log(
      `  ${source.padEnd(13)} ${e.right}/${e.total} right (${(e.right / e.total).toFixed(3)})`,
    );
  }
  console.log(`${(total / seconds).toFixed(1)} pages/s (whole extraction, no fallback)`);
}
