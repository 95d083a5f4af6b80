/**
 * Entities eval on GUM: text rebuilt from GUM tokens, then the real path (paragraphs ->
 * segmentText -> findEntities). Prints
 *  - named-mention span F1 by class (exact span and class, conlleval semantics): PERSON, PLACE
 *    (our GPE+LOC+FAC), ORG, and for information EVENT and OTHER (our WORK+LAW+OTHER);
 *  - coreference (MUC, B³ and their mean) over GUM's named mentions and he/she pronouns.
 * GUM -> ours mapping: see gum-named-mentions.ts and docs/entities.md.
 */
import type { Entity, EntityType } from "../model.js";
import { findEntities } from "../stages/entities/index.js";
import { COARSE_CLASS } from "../stages/entities/refiners/unify-types.js";
import { findParagraphs, segmentText } from "../stages/segment/index.js";
import { deriveNamedSpans, type NamedClass } from "./gum-named-mentions.js";
import type { EvalArgs } from "./main.js";
import { buildGumText, type GumDocument, readGumDirectory } from "./read-gum-conllu.js";

/** Our types -> GUM classes: the entities stage's own coarse classes. */
const OUR_CLASS: Readonly<Record<EntityType, NamedClass>> = COARSE_CLASS;
/** Rules whose mentions are names (not roles, pronouns or groups). */
const NAME_RULES = new Set([
  "entities/tagger",
  "entities/gazetteer",
  "entities/person-pattern",
  "entities/acronym",
  "entities/affiliation",
  "entities/citation",
  "entities/surname",
  "entities/of-name",
]);
const PRONOUNS = new Set(["he", "him", "his", "himself", "she", "her", "hers", "herself"]);
const CLASSES: NamedClass[] = ["PERSON", "PLACE", "ORG", "EVENT", "OTHER"];

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function f1(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function fmt(c: Counts): string {
  const { p, r, f } = f1(c);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
}

/** MUC (Vilain et al. 1995) over key and response partitions of the same mentions. */
function muc(
  key: Map<string, string>,
  response: Map<string, string>,
): { num: number; den: number } {
  const clusters = new Map<string, string[]>();
  for (const [m, e] of key) clusters.set(e, [...(clusters.get(e) ?? []), m]);
  let num = 0;
  let den = 0;
  for (const members of clusters.values()) {
    const parts = new Set(members.map((m) => response.get(m) ?? `single:${m}`));
    num += members.length - parts.size;
    den += members.length - 1;
  }
  return { num, den };
}

/** B³ (Bagga & Baldwin 1998) precision or recall over the same mention set. */
function bcubed(key: Map<string, string>, response: Map<string, string>): number {
  const kc = new Map<string, Set<string>>();
  const rc = new Map<string, Set<string>>();
  for (const [m, e] of key) kc.set(e, (kc.get(e) ?? new Set()).add(m));
  for (const [m, e] of response) rc.set(e, (rc.get(e) ?? new Set()).add(m));
  let total = 0;
  for (const [m, e] of response) {
    const r = rc.get(e) as Set<string>;
    const k = kc.get(key.get(m) ?? "") ?? new Set([m]);
    let overlap = 0;
    for (const x of r) if (k.has(x)) overlap++;
    total += overlap / r.size;
  }
  return total / Math.max(1, response.size);
}

let verbose = false;
const untyped: Counts = { tp: 0, fp: 0, fn: 0 };

function evaluateDocument(
  doc: GumDocument,
  named: Record<NamedClass, Counts>,
  coref: { key: Map<string, string>; response: Map<string, string> },
): number {
  const { text, offsets } = buildGumText(doc);
  const segmented = segmentText(text, findParagraphs(text));
  const entities: Entity[] = findEntities({ text, paragraphs: findParagraphs(text), ...segmented });
  const gold = new Map<string, NamedClass>();
  for (const s of deriveNamedSpans(doc)) {
    const a = offsets[s.start]?.[0] ?? 0;
    const b = offsets[s.end - 1]?.[1] ?? 0;
    gold.set(`${a}:${b}`, s.cls);
    coref.key.set(`${doc.id}:${a}:${b}`, `${doc.id}:${s.entity}`);
  }
  for (const m of doc.mentions) {
    if (m.end - m.start !== 1 || !PRONOUNS.has((doc.tokens[m.start]?.form ?? "").toLowerCase()))
      continue;
    const [a, b] = offsets[m.start] ?? [0, 0];
    coref.key.set(`${doc.id}:${a}:${b}`, `${doc.id}:${m.entity}`);
  }
  const found = new Map<string, NamedClass>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const at = `${doc.id}:${m.span[0]}:${m.span[1]}`;
      if (coref.key.has(at)) coref.response.set(at, `${doc.id}:${e.id}`);
      if (NAME_RULES.has(m.rule)) found.set(`${m.span[0]}:${m.span[1]}`, OUR_CLASS[e.type]);
    }
  }
  const show = (span: string) =>
    JSON.stringify(text.slice(...(span.split(":").map(Number) as [number, number])));
  for (const span of found.keys()) {
    if (gold.has(span)) untyped.tp++;
    else untyped.fp++;
  }
  for (const span of gold.keys()) if (!found.has(span)) untyped.fn++;
  for (const [span, cls] of found) {
    if (gold.get(span) === cls) named[cls].tp++;
    else {
      named[cls].fp++;
      if (verbose)
        console.log(
          `  FP ${cls} ${show(span)}${gold.has(span) ? ` (gold ${gold.get(span)})` : ""}`,
        );
    }
  }
  for (const [span, cls] of gold) {
    if (found.get(span) === cls) continue;
    named[cls].fn++;
    if (verbose && !found.has(span)) console.log(`  FN ${cls} ${show(span)}`);
  }
  return text.length;
}

export async function run({ data, argv }: EvalArgs): Promise<void> {
  verbose = argv.includes("--verbose");
  const docs = readGumDirectory(data);
  const named = Object.fromEntries(CLASSES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<
    NamedClass,
    Counts
  >;
  const coref = { key: new Map<string, string>(), response: new Map<string, string>() };
  const started = performance.now();
  let chars = 0;
  for (const doc of docs) chars += evaluateDocument(doc, named, coref);
  const ms = performance.now() - started;
  console.log(
    `entities: ${docs.length} GUM documents from ${data}, ${chars} chars, ${ms.toFixed(0)} ms`,
  );
  console.log("named mentions (exact span and class):");
  for (const c of CLASSES) console.log(`  ${c.padEnd(7)} ${fmt(named[c])}`);
  const sum = (cs: NamedClass[]): Counts =>
    cs.reduce(
      (a, c) => ({ tp: a.tp + named[c].tp, fp: a.fp + named[c].fp, fn: a.fn + named[c].fn }),
      {
        tp: 0,
        fp: 0,
        fn: 0,
      },
    );
  console.log(`  PER+PLACE+ORG (micro) ${fmt(sum(["PERSON", "PLACE", "ORG"]))}`);
  console.log(`  all classes (micro)   ${fmt(sum(CLASSES))}`);
  console.log(`  spans, class ignored  ${fmt(untyped)}`);
  // Coreference over gold named mentions + he/she pronouns; a mention we missed is a singleton.
  const response = new Map<string, string>();
  for (const m of coref.key.keys()) response.set(m, coref.response.get(m) ?? `single:${m}`);
  const mr = muc(coref.key, response);
  const mp = muc(response, coref.key);
  const mucR = mr.num / Math.max(1, mr.den);
  const mucP = mp.num / Math.max(1, mp.den);
  const mucF = mucP + mucR ? (2 * mucP * mucR) / (mucP + mucR) : 0;
  const bP = bcubed(coref.key, response);
  const bR = bcubed(response, coref.key);
  const bF = bP + bR ? (2 * bP * bR) / (bP + bR) : 0;
  console.log(
    `coreference over ${coref.key.size} gold named+pronoun mentions (${coref.response.size} found with exact span):`,
  );
  console.log(`  MUC  P ${mucP.toFixed(3)}  R ${mucR.toFixed(3)}  F1 ${mucF.toFixed(3)}`);
  console.log(`  B3   P ${bP.toFixed(3)}  R ${bR.toFixed(3)}  F1 ${bF.toFixed(3)}`);
  console.log(`  mean(MUC, B3) F1 ${((mucF + bF) / 2).toFixed(3)}`);
}
