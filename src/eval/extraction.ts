import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { extractHtmlArticle } from "../stages/cleanup/html/extract-html-article.js";
import { extractWithReadability } from "../stages/cleanup/html/readability-baseline.js";
import { decodeHtmlBytes } from "../stages/ingest/readers/html-decode.js";
import { compareShingles, type ShingleCounts, summarizeShingles } from "./shingle-f1.js";

/**
 * `npm run eval -- extraction --data ../shared/data/wcxb-dev [--limit N] [--no-baseline]`:
 * main-text F1 (ScrapingHub benchmark definition), title / author / date accuracy, speed; with
 * Readability alone in the same run as the baseline.
 */
export async function run(args: { data: string; argv: string[] }): Promise<void> {
  const htmlDir = join(args.data, "html");
  const truthDir = join(args.data, "ground-truth");
  if (!existsSync(htmlDir) || !existsSync(truthDir)) {
    throw new Error(`expected ${args.data}/html and ${args.data}/ground-truth, got neither`);
  }
  const limit = readNumberFlag(args.argv, "--limit") ?? Number.POSITIVE_INFINITY;
  const baseline = !args.argv.includes("--no-baseline");
  const showWorst = readNumberFlag(args.argv, "--worst") ?? 0;
  const ids = readdirSync(truthDir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -5))
    .sort()
    .slice(0, limit);
  const ours: ShingleCounts[] = [];
  const theirs: ShingleCounts[] = [];
  const perDoc: { id: string; ours: ShingleCounts }[] = [];
  let titles = 0;
  let authors = 0;
  let authorsAsked = 0;
  let dates = 0;
  let datesAsked = 0;
  let oursMs = 0;
  let theirsMs = 0;
  let bytes = 0;
  let unscored = 0;
  for (const id of ids) {
    const truth = JSON.parse(readFileSync(join(truthDir, `${id}.json`), "utf8"));
    const gt = truth.ground_truth ?? {};
    const html = decodeHtmlBytes(gunzipSync(readFileSync(join(htmlDir, `${id}.html.gz`)))).text;
    bytes += html.length;
    let t = performance.now();
    const article = extractHtmlArticle(html, { url: truth.url ?? null });
    oursMs += performance.now() - t;
    // A page without reference text cannot be scored for its main text (the benchmark has none).
    const reference: string = gt.main_content ?? "";
    const scored = reference.trim() !== "";
    if (!scored) unscored++;
    const counts = compareShingles(reference, article.paragraphs.join("\n\n"));
    if (scored) {
      ours.push(counts);
      perDoc.push({ id, ours: counts });
    }
    if (sameText(article.title, gt.title)) titles++;
    if (gt.author) {
      authorsAsked++;
      if (sameText(article.byline, gt.author)) authors++;
    }
    if (gt.publish_date) {
      datesAsked++;
      if (article.published?.value.slice(0, 10) === String(gt.publish_date).slice(0, 10)) dates++;
    }
    if (baseline && scored) {
      t = performance.now();
      const readability = extractWithReadability(html);
      theirsMs += performance.now() - t;
      theirs.push(
        compareShingles(gt.main_content ?? "", readability.blocks.map((b) => b.text).join("\n\n")),
      );
    }
  }
  const n = ids.length;
  const o = summarizeShingles(ours);
  console.log(
    `extraction: ${n} pages from ${args.data} (${(bytes / n / 1024).toFixed(0)} KB average)`,
  );
  if (unscored > 0)
    console.log(`${unscored} pages without reference text left out of the text scores`);
  console.log("extractor      precision  recall     F1   pages/s");
  console.log(row("newsgraph", o, n / (oursMs / 1000)));
  if (baseline) {
    const r = summarizeShingles(theirs);
    console.log(row("readability", r, theirs.length / (theirsMs / 1000)));
    // Four places: the margin (+0.03) is read off this line, not off rounded F1s.
    const gain = o.f1 - r.f1;
    console.log(`newsgraph - readability: ${gain >= 0 ? "+" : ""}${gain.toFixed(4)} F1`);
  }
  console.log(`title accuracy  ${fmt(titles / n)} (${titles}/${n}, case, space and quotes folded)`);
  console.log(
    `author accuracy ${fmt(authors / Math.max(1, authorsAsked))} (${authors}/${authorsAsked})`,
  );
  console.log(
    `date accuracy   ${fmt(dates / Math.max(1, datesAsked))} (${dates}/${datesAsked}, exact day)`,
  );
  if (showWorst > 0) {
    perDoc.sort((a, b) => a.ours.tp - b.ours.tp);
    for (const d of perDoc.slice(0, showWorst)) {
      console.log(`  ${d.id} tp=${fmt(d.ours.tp)} fp=${fmt(d.ours.fp)} fn=${fmt(d.ours.fn)}`);
    }
  }
}

function row(
  name: string,
  s: { precision: number; recall: number; f1: number },
  speed: number,
): string {
  return `${name.padEnd(14)} ${fmt(s.precision)}      ${fmt(s.recall)}  ${fmt(s.f1)}  ${speed.toFixed(1)}`;
}

function fmt(x: number): string {
  return x.toFixed(3);
}

function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  // Typographic quotes and dashes folded: the reference text is written with ASCII ones.
  const fold = (s: string): string =>
    s
      .normalize("NFKC")
      .replace(/[‘’‚′]/g, "'")
      .replace(/[“”„″]/g, '"')
      .replace(/[–—]/g, "-")
      .toLowerCase()
      .replace(/\s+/g, " ")
      .trim();
  return fold(a) === fold(b);
}

function readNumberFlag(argv: string[], flag: string): number | null {
  const at = argv.indexOf(flag);
  if (at < 0) return null;
  const value = Number(argv[at + 1]);
  return Number.isFinite(value) ? value : null;
}
