/**
 * Quote evaluation on PolNeAR (brat standoff). Prints precision, recall and F1 for content,
 * source and cue spans, exact and overlap, split by kind, plus speaker agreement.
 *
 * Conventions mapped before comparing (PolNeAR differs from our output in two ways):
 * - PolNeAR's content of a direct quote includes the quotation marks; ours stands inside them,
 *   so a content piece flanked by marks is widened over them.
 * - PolNeAR's source is the local mention ("he"); we compare `speaker.span`, the local mention.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { NotFoundError } from "../errors.js";
import type { Entity, Quote, QuoteKind, Span } from "../model.js";
import { analyzeDocument } from "../pipeline.js";

export interface GoldAttribution {
  content: Span[];
  source: Span[];
  cue: Span[];
}

export interface GoldDocument {
  id: string;
  text: string;
  attributions: GoldAttribution[];
}

/** Reads `T` and `E` lines of one brat .ann file into attributions. */
export function parseBrat(ann: string): GoldAttribution[] {
  const spans = new Map<string, Span[]>();
  const out: GoldAttribution[] = [];
  const events: string[] = [];
  for (const line of ann.split("\n")) {
    const cols = line.split("\t");
    const id = cols[0] ?? "";
    if (id.startsWith("T") && cols[1]) {
      const offsets = cols[1].slice(cols[1].indexOf(" ") + 1);
      const pieces: Span[] = offsets.split(";").map((p) => {
        const [a, b] = p.trim().split(" ").map(Number);
        return [a ?? 0, b ?? 0];
      });
      spans.set(id, pieces);
    } else if (id.startsWith("E") && cols[1]) {
      events.push(cols[1]);
    }
  }
  for (const ev of events) {
    const att: GoldAttribution = { content: [], source: [], cue: [] };
    for (const part of ev.split(" ")) {
      const [role, ref] = part.split(":");
      const pieces = spans.get(ref ?? "") ?? [];
      if (role?.startsWith("Content")) att.content.push(...pieces);
      else if (role?.startsWith("Source")) att.source.push(...pieces);
      else if (role?.startsWith("Cue")) att.cue.push(...pieces);
    }
    if (att.content.length > 0) out.push(att);
  }
  return out;
}

/** Loads `<dir>/text/*.txt` and the first annotator's `<dir>/attributions/<doc>_*.ann`. */
export function loadPolnear(dir: string): GoldDocument[] {
  const textDir = join(dir, "text");
  const annDir = join(dir, "attributions");
  if (!existsSync(textDir) || !existsSync(annDir)) {
    throw new NotFoundError(`expected ${dir}/text and ${dir}/attributions (PolNeAR layout)`);
  }
  const anns = readdirSync(annDir).sort();
  const docs: GoldDocument[] = [];
  for (const file of readdirSync(textDir).sort()) {
    if (!file.endsWith(".txt")) continue;
    const stem = file.slice(0, -4);
    const ann = anns.find((a) => a.startsWith(`${stem}_`) && a.endsWith(".ann"));
    if (!ann) continue;
    const text = readFileSync(join(textDir, file), "utf8");
    docs.push({ id: stem, text, attributions: parseBrat(readFileSync(join(annDir, ann), "utf8")) });
  }
  return docs;
}

const OPEN_MARK = /(?:``|''|[“«„"‘‹‚'])$/;
const CLOSE_MARK = /^(?:''|[”»“"’›‘'])/;

/** Widens a content piece over the quotation marks that flank it (PolNeAR convention). */
export function widenOverMarks(text: string, [s, e]: Span): Span {
  const before = OPEN_MARK.exec(text.slice(Math.max(0, s - 2), s));
  const after = CLOSE_MARK.exec(text.slice(e, e + 2));
  if (before && after) return [s - before[0].length, e + after[0].length];
  return [s, e];
}

/** Trims whitespace off a span's ends. */
function trimSpan(text: string, [s, e]: Span): Span {
  let a = s;
  let b = e;
  while (a < b && /\s/.test(text[a] ?? "")) a++;
  while (b > a && /\s/.test(text[b - 1] ?? "")) b--;
  return [a, b];
}

/**
 * Canonical form of a piece list: trimmed, sorted, and pieces separated only by white space
 * merged (PolNeAR annotators often cut one quotation into fragments at sentence breaks).
 */
export function keyOf(text: string, pieces: Span[]): string {
  const sorted = pieces
    .map((p) => trimSpan(text, p))
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const merged: Span[] = [];
  for (const p of sorted) {
    const last = merged.at(-1);
    if (last && /^\s*$/.test(text.slice(last[1], p[0]))) last[1] = Math.max(last[1], p[1]);
    else merged.push([p[0], p[1]]);
  }
  return merged.map(([a, b]) => `${a}-${b}`).join(",");
}

/** True when two piece lists share a word character position (a shared token). */
function sharesToken(text: string, a: Span[], b: Span[]): boolean {
  for (const [s1, e1] of a) {
    for (const [s2, e2] of b) {
      const s = Math.max(s1, s2);
      const e = Math.min(e1, e2);
      for (let i = s; i < e; i++) if (/[\p{L}\p{N}]/u.test(text[i] ?? "")) return true;
    }
  }
  return false;
}

/** Kind of a gold content from its marks: all inside marks, some marked, or none. */
export function classifyContent(text: string, pieces: Span[]): QuoteKind {
  const joined = pieces.map(([s, e]) => text.slice(s, e).trim()).join(" ");
  const stripped = joined.replace(/^[\s([]+|[\s.,;:!?)\]]+$/g, "");
  if (/^(?:``|''|[“«„"])/.test(stripped) && /(?:''|[”»“"])[.,;:!?]*$/.test(stripped)) {
    return "direct";
  }
  if (/[“”«»„"]|''|``|(^|\s)‘/.test(joined)) return "mixed";
  return "indirect";
}

interface Counts {
  tp: number;
  gold: number;
  pred: number;
}

function newCounts(): Counts {
  return { tp: 0, gold: 0, pred: 0 };
}

interface Item {
  pieces: Span[];
  kind: QuoteKind;
}

/** One-to-one greedy matching; counts true positives for gold and predicted items. */
function matchItems(
  text: string,
  gold: Item[],
  pred: Item[],
  exact: boolean,
): { goldHit: boolean[]; predHit: boolean[]; pairs: Array<[number, number]> } {
  const goldHit = gold.map(() => false);
  const predHit = pred.map(() => false);
  const pairs: Array<[number, number]> = [];
  for (let g = 0; g < gold.length; g++) {
    const gi = gold[g] as Item;
    const gk = keyOf(text, gi.pieces);
    for (let p = 0; p < pred.length; p++) {
      if (predHit[p]) continue;
      const pi = pred[p] as Item;
      const ok = exact ? keyOf(text, pi.pieces) === gk : sharesToken(text, gi.pieces, pi.pieces);
      if (ok) {
        goldHit[g] = true;
        predHit[p] = true;
        pairs.push([g, p]);
        break;
      }
    }
  }
  return { goldHit, predHit, pairs };
}

type Field = "content" | "source" | "cue";
type Mode = "exact" | "overlap";
const KINDS: Array<QuoteKind | "all"> = ["all", "direct", "mixed", "indirect"];

/** Items of one field, each tagged with the kind of its attribution. */
function goldItems(doc: GoldDocument, field: Field): Item[] {
  return doc.attributions
    .filter((a) => a[field].length > 0)
    .map((a) => ({ pieces: a[field], kind: classifyContent(doc.text, a.content) }));
}

function predItems(text: string, quotes: Quote[], field: Field): Item[] {
  const items: Item[] = [];
  for (const q of quotes) {
    if (field === "content") {
      items.push({ pieces: q.contentSpans.map((s) => widenOverMarks(text, s)), kind: q.kind });
    } else if (field === "source" && q.speaker) {
      items.push({ pieces: [q.speaker.span], kind: q.kind });
    } else if (field === "cue" && q.cue) {
      items.push({ pieces: [q.cue.span], kind: q.kind });
    }
  }
  return items;
}

export interface QuoteScores {
  counts: Map<string, Counts>;
  speaker: { matched: number; right: number; directMatched: number; directRight: number };
  /** Over matched contents whose gold source names an entity: is our speaker that entity? */
  entity: { named: number; right: number; directNamed: number; directRight: number };
}

/** One analysed document and its gold. */
export interface ScoredDocument {
  doc: GoldDocument;
  quotes: Quote[];
  entities?: Entity[];
}

/** Scores predicted quotes of many documents against PolNeAR gold. */
export function scoreQuotes(docs: ScoredDocument[]): QuoteScores {
  const counts = new Map<string, Counts>();
  const speaker = { matched: 0, right: 0, directMatched: 0, directRight: 0 };
  const entity = { named: 0, right: 0, directNamed: 0, directRight: 0 };
  const bump = (key: string, d: Partial<Counts>) => {
    const c = counts.get(key) ?? newCounts();
    c.tp += d.tp ?? 0;
    c.gold += d.gold ?? 0;
    c.pred += d.pred ?? 0;
    counts.set(key, c);
  };
  for (const { doc, quotes, entities } of docs) {
    for (const field of ["content", "source", "cue"] as Field[]) {
      const gold = goldItems(doc, field);
      const pred = predItems(doc.text, quotes, field);
      for (const mode of ["exact", "overlap"] as Mode[]) {
        const m = matchItems(doc.text, gold, pred, mode === "exact");
        for (const kind of KINDS) {
          const key = `${field}/${mode}/${kind}`;
          const inKind = (it: Item) => kind === "all" || it.kind === kind;
          // Recall counts gold of the kind; precision counts predictions of the kind.
          gold.forEach((g, i) => {
            if (inKind(g)) bump(key, { gold: 1, tp: m.goldHit[i] ? 1 : 0 });
          });
          pred.forEach((p, i) => {
            if (inKind(p)) bump(`${key}#p`, { pred: 1, tp: m.predHit[i] ? 1 : 0 });
          });
        }
      }
    }
    scoreSpeakers(doc, quotes, entities ?? [], speaker, entity);
  }
  return { counts, speaker, entity };
}

/** Speaker agreement: over gold contents matched by overlap, does our speaker mention overlap the gold source? */
function scoreSpeakers(
  doc: GoldDocument,
  quotes: Quote[],
  entities: Entity[],
  acc: QuoteScores["speaker"],
  ent: QuoteScores["entity"],
): void {
  const gold = doc.attributions.filter((a) => a.source.length > 0);
  const gItems = gold.map((a) => ({
    pieces: a.content,
    kind: classifyContent(doc.text, a.content),
  }));
  const pItems = quotes.map((q) => ({
    pieces: q.contentSpans.map((s) => widenOverMarks(doc.text, s)),
    kind: q.kind,
  }));
  const m = matchItems(doc.text, gItems, pItems, false);
  for (const [g, p] of m.pairs) {
    const ga = gold[g] as GoldAttribution;
    const q = quotes[p] as Quote;
    const right = q.speaker !== null && sharesToken(doc.text, ga.source, [q.speaker.span]);
    acc.matched++;
    if (right) acc.right++;
    const direct = (gItems[g] as Item).kind === "direct";
    if (direct) {
      acc.directMatched++;
      if (right) acc.directRight++;
    }
    // Entities the gold source names (by the entity stage's mentions).
    const named = entities.filter((e) =>
      e.mentions.some((mn) => sharesToken(doc.text, ga.source, [mn.span])),
    );
    if (named.length === 0) continue;
    const entityRight = named.some((e) => e.id === q.speaker?.entity);
    ent.named++;
    if (entityRight) ent.right++;
    if (direct) {
      ent.directNamed++;
      if (entityRight) ent.directRight++;
    }
  }
}

/** Formats scores as the lines the eval prints. */
export function formatScores(s: QuoteScores): string[] {
  const lines: string[] = [];
  for (const field of ["content", "source", "cue"]) {
    for (const mode of ["exact", "overlap"]) {
      for (const kind of KINDS) {
        const key = `${field}/${mode}/${kind}`;
        const g = s.counts.get(key) ?? newCounts();
        const p = s.counts.get(`${key}#p`) ?? newCounts();
        // Recall from gold of this kind, precision from predictions of this kind.
        const prec = p.pred ? p.tp / p.pred : 0;
        const rec = g.gold ? g.tp / g.gold : 0;
        const f = prec + rec ? (2 * prec * rec) / (prec + rec) : 0;
        lines.push(
          `${key.padEnd(26)} P ${prec.toFixed(3)}  R ${rec.toFixed(3)}  F1 ${f.toFixed(3)}  (gold ${g.gold}, pred ${p.pred})`,
        );
      }
    }
  }
  const sp = s.speaker;
  const rate = (a: number, b: number) => (b ? (a / b).toFixed(3) : "n/a");
  lines.push(
    `speaker mention (matched contents)  all ${rate(sp.right, sp.matched)} (${sp.right}/${sp.matched})  direct ${rate(sp.directRight, sp.directMatched)} (${sp.directRight}/${sp.directMatched})`,
  );
  const en = s.entity;
  lines.push(
    `speaker entity (matched contents whose gold source names an entity)  all ${rate(en.right, en.named)} (${en.right}/${en.named})  direct ${rate(en.directRight, en.directNamed)} (${en.directRight}/${en.directNamed})`,
  );
  return lines;
}

/** `npm run eval -- quotes --data <polnear split dir>` */
export async function run(args: { data: string; argv: string[] }): Promise<void> {
  const docs = loadPolnear(args.data);
  const results: ScoredDocument[] = [];
  let bytes = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const doc of docs) {
    const analysed = analyzeDocument(
      { id: doc.id, raw: doc.text, format: "text" },
      { verbatim: true },
    );
    if (analysed.text !== doc.text) throw new Error(`verbatim text differs for ${doc.id}`);
    results.push({ doc, quotes: analysed.quotes ?? [], entities: analysed.entities ?? [] });
    bytes += Buffer.byteLength(doc.text, "utf8");
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(`quotes eval on ${args.data}: ${docs.length} documents`);
  for (const line of formatScores(scoreQuotes(results))) console.log(line);
  // One cold pass (JIT warm-up included): bench/ gives steady-state throughput.
  const mb = bytes / 1e6;
  console.log(
    `pipeline: ${(mb / cpuSeconds).toFixed(2)} MB/s per core (CPU time), ${(mb / (ms / 1000)).toFixed(2)} MB/s wall, one cold pass over ${mb.toFixed(2)} MB`,
  );
}
