import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { SegmentedText, Timex } from "../model.js";
import { countDays, countDaysInMonth } from "../stages/temporal/calendar/day-math.js";
import { getValueInterval } from "../stages/temporal/calendar/value-interval.js";
import { findTimexes } from "../stages/temporal/find-timexes.js";
import { type ConlluDocument, readConllu } from "./gum/read-conllu.js";
import { type GoldDate, readGumDates } from "./gum/read-gum-dates.js";
import type { EvalArgs } from "./main.js";
import { formatPrf, prf } from "./score.js";

type Readers = "rules" | "chrono" | "both";

interface Tally {
  strict: { tp: number; fp: number; fn: number };
  relaxed: { tp: number; fp: number; fn: number };
  valueRight: number;
  errors: string[];
}

/**
 * Time expressions against GUM's `<date>` marks (dev or train): extent F1, strict and relaxed
 * (overlap), and value accuracy over the relaxed matches, for the rules alone, chrono-node
 * alone and both. DATE and TIME timexes are scored; GUM marks no durations or sets.
 * `--verbose` lists misses and wrong values.
 */
export async function run({ data, argv }: EvalArgs): Promise<void> {
  const verbose = argv.includes("--verbose");
  const docs = loadDocuments(data);
  console.log(
    `time: ${docs.length} GUM documents, ${docs.reduce((n, d) => n + d.gold.length, 0)} gold dates, from ${data}`,
  );
  for (const readers of ["rules", "chrono", "both"] as Readers[]) {
    scoreTime(docs, readers); // warm-up, so the speed figure is not the JIT's
    const result = scoreTime(docs, readers);
    const { tally } = result;
    const matched = tally.relaxed.tp;
    console.log(
      `${readers.padEnd(6)} strict ${formatPrf(prf(tally.strict))} | relaxed ${formatPrf(prf(tally.relaxed))} | value accuracy ${result.valueAccuracy.toFixed(3)} (${tally.valueRight}/${matched}) | value F1 ${prf(result.valueCounts).f1.toFixed(3)} | ${result.mbPerSecond.toFixed(2)} MB/s (CPU)`,
    );
    if (verbose) for (const line of tally.errors) console.log(`  ${line}`);
  }
}

export interface TimeScore {
  tally: Tally;
  valueAccuracy: number;
  /** Value F1 counts: a hit needs the extent to overlap and the value to agree. */
  valueCounts: { tp: number; fp: number; fn: number };
  mbPerSecond: number;
}

/** Scores one reader setting over loaded GUM documents. */
export function scoreTime(docs: Document[], readers: Readers): TimeScore {
  const tally: Tally = { strict: zero(), relaxed: zero(), valueRight: 0, errors: [] };
  // CPU time, so other jobs on the machine do not skew the speed figure.
  const started = process.cpuUsage();
  let bytes = 0;
  for (const doc of docs) {
    bytes += doc.seg.text.length;
    const found = findTimexes(doc.seg, { referenceDate: doc.documentDate, readers }).filter(
      (t) => t.type === "DATE" || t.type === "TIME",
    );
    score(doc.id, doc.gold, found, tally);
  }
  const cpu = process.cpuUsage(started);
  const seconds = (cpu.user + cpu.system) / 1e6;
  const matched = tally.relaxed.tp;
  const wrong = matched - tally.valueRight;
  return {
    tally,
    valueAccuracy: matched ? tally.valueRight / matched : 0,
    valueCounts: {
      tp: tally.valueRight,
      fp: tally.relaxed.fp + wrong,
      fn: tally.relaxed.fn + wrong,
    },
    mbPerSecond: seconds > 0 ? bytes / 1e6 / seconds : 0,
  };
}

export interface Document {
  id: string;
  seg: SegmentedText;
  documentDate: string | null;
  gold: GoldDate[];
}

export function loadDocuments(data: string): Document[] {
  const xmlDir = join(data, "xml");
  return readdirSync(xmlDir)
    .filter((f) => f.endsWith(".xml"))
    .sort()
    .map((file) => {
      const id = file.replace(/\.xml$/, "");
      const conllu = readConllu(join(data, "conllu", `${id}.conllu`));
      const { documentDate, dates } = readGumDates(join(xmlDir, file), conllu);
      return { id, seg: toSegmented(conllu), documentDate, gold: dates };
    });
}

function toSegmented(doc: ConlluDocument): SegmentedText {
  return {
    text: doc.text,
    paragraphs: [],
    tokens: [],
    sentences: doc.sentences.map((s) => ({
      span: s.span,
      text: doc.text.slice(s.span[0], s.span[1]),
      rule: "gum/gold",
      paragraph: 0,
      tokens: [0, 0],
    })),
  };
}

function zero() {
  return { tp: 0, fp: 0, fn: 0 };
}

function score(id: string, gold: GoldDate[], found: Timex[], tally: Tally): void {
  const used = new Set<Timex>();
  for (const g of gold) {
    const exact = found.find((t) => t.span[0] === g.span[0] && t.span[1] === g.span[1]);
    if (exact) tally.strict.tp++;
    else tally.strict.fn++;
    const match =
      exact ?? found.find((t) => !used.has(t) && t.span[0] < g.span[1] && g.span[0] < t.span[1]);
    if (!match) {
      tally.relaxed.fn++;
      tally.errors.push(`${id} MISS ${JSON.stringify(g.text)} ${formatAttributes(g)}`);
      continue;
    }
    used.add(match);
    tally.relaxed.tp++;
    if (isSameValue(match.value, g.attributes)) tally.valueRight++;
    else
      tally.errors.push(
        `${id} VALUE ${JSON.stringify(g.text)} ${formatAttributes(g)} got ${JSON.stringify(match.text)} ${match.value}`,
      );
  }
  const exactSpans = new Set(gold.map((g) => `${g.span[0]}:${g.span[1]}`));
  for (const t of found) {
    if (!exactSpans.has(`${t.span[0]}:${t.span[1]}`)) tally.strict.fp++;
    if (!used.has(t)) {
      tally.relaxed.fp++;
      tally.errors.push(`${id} EXTRA ${JSON.stringify(t.text)} ${t.value} ${t.rule}`);
    }
  }
}

function formatAttributes(g: GoldDate): string {
  return Object.entries(g.attributes)
    .filter(([k]) => k !== "rend")
    .map(([k, v]) => `${k}=${v}`)
    .join(" ");
}

const SEASON_BY_START: Record<string, string> = { "03": "SP", "06": "SU", "09": "FA", "12": "WI" };

/** Compares a TIMEX3 value with GUM's attributes as day intervals; only the bounds GUM gives. */
export function isSameValue(value: string | null, attributes: Record<string, string>): boolean {
  if (!value) return false;
  const from = attributes.when ?? attributes.from ?? attributes.notBefore;
  const to = attributes.when ?? attributes.to ?? attributes.notAfter;
  // Yearless months and seasons: "--07", from="--09" to="--12".
  if (from?.startsWith("--")) {
    if (attributes.when) return value.endsWith(`-${from.slice(2)}`) && value.startsWith("XXXX");
    return value === `XXXX-${SEASON_BY_START[from.slice(2)] ?? "?"}`;
  }
  // Seasons with a year: from="2012-06" to="2012-09" is the summer of 2012.
  const season = /^(\d{4})-(\d{2})$/.exec(from ?? "");
  if (season && !attributes.when && /^[\dBC]+-(?:SP|SU|FA|WI)$/.test(value))
    return value === `${season[1]}-${SEASON_BY_START[season[2] ?? ""] ?? "?"}`;
  const mine = getValueInterval(value);
  if (!mine) return false;
  const start = from ? readGumBound(from, "start") : null;
  const end = to ? readGumBound(to, "end") : null;
  return (start === null || start === mine.start) && (end === null || end === mine.end);
}

/** GUM writes BC years as negative ISO years ("-0508" is 508 BC), dates at any precision. */
function readGumBound(value: string, side: "start" | "end"): number | null {
  const m = /^(-?)(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!m) return null;
  const n = Number(m[2]);
  const year = m[1] ? 1 - n : n;
  const month = m[3] ? Number(m[3]) : side === "start" ? 1 : 12;
  const day = m[4] ? Number(m[4]) : side === "start" ? 1 : countDaysInMonth(year, month);
  return countDays({ year, month, day });
}
