/**
 * Derives the quote stage's lexicon from PolNeAR train (never dev):
 * - cue words: how often a lowercased word is (part of) an annotated cue, over all its uses;
 * - source words: how often a word seen just before a cue lies inside the annotated source;
 * - prepositional cues: how often a word and the preposition after it ("criticism of", "called
 *   on") end an annotated cue whose content starts right after them, over all their uses.
 * Writes src/stages/quotes/lexicon/learned-lexicon.ts (data only).
 *
 * - the cue model (with --cue-model): an averaged perceptron over cue-head candidates,
 *   written to models/quotes-cue.json;
 * - the clause-bounds model (with --bounds-model): two averaged-perceptron rankers choosing where
 *   a reported clause starts and ends, written to models/quotes-bounds.json.
 *
 * Usage: npm run build && node dist/scripts/train-quotes.js ../shared/data/polnear/train
 *        node dist/scripts/train-quotes.js ../shared/data/polnear/train --cue-model
 *        node dist/scripts/train-quotes.js ../shared/data/polnear/train --bounds-model
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPolnear } from "../eval/quotes.js";
import type { Span } from "../model.js";
import { analyzeDocument } from "../pipeline.js";
import { extractEndFeatures, extractStartFeatures } from "../stages/quotes/bound-features.js";
import { BOUND_MODEL_PATH, listEnds, listStarts } from "../stages/quotes/bound-model.js";
import {
  extendCueBack,
  isCueCandidate,
  isCueHead,
  regionAt,
  type SentenceContext,
} from "../stages/quotes/context.js";
import { extractCueFeatures } from "../stages/quotes/cue-features.js";
import { CUE_MODEL_PATH } from "../stages/quotes/cue-model.js";
import { findQuoteRegions } from "../stages/quotes/find-quote-regions.js";
import { CUE_PREPOSITIONS } from "../stages/quotes/lexicon/cue-words.js";
import { readWords, type Word } from "../stages/quotes/read-words.js";
import { planClause } from "../stages/quotes/rules/speaker-cue-content.js";

/** Words rarer than this say too little to trust their ratio. */
const MIN_COUNT = 4;
/** Cue words kept: share of uses that are cues. */
const MIN_CUE_RATE = 0.12;
/** Prepositional cues kept: share of uses of the word pair that end a cue before its content. */
const MIN_PREP_CUE_RATE = 0.2;
/** How many words before a cue count as the source window. */
const SOURCE_WINDOW = 8;

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;

function inside(spans: Span[], s: number, e: number): boolean {
  return spans.some(([a, b]) => s >= a && e <= b);
}

function main(dir: string): void {
  const docs = loadPolnear(dir);
  const cueHits = new Map<string, number>();
  const uses = new Map<string, number>();
  const srcIn = new Map<string, number>();
  const srcSeen = new Map<string, number>();
  const prepHits = new Map<string, number>();
  const prepUses = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const doc of docs) {
    const cues = doc.attributions.flatMap((a) => a.cue);
    const sources = doc.attributions.flatMap((a) => a.source);
    // Where a cue's last piece ends right before its content (only white space between).
    const cueEnds = new Set<number>();
    for (const a of doc.attributions) {
      const end = Math.max(...a.cue.map(([, e]) => e));
      const start = Math.min(...a.content.map(([s]) => s));
      if (start >= end && /^\s*$/.test(doc.text.slice(end, start))) cueEnds.add(end);
    }
    const words: Array<{ s: number; e: number; w: string }> = [];
    for (const m of doc.text.matchAll(WORD)) {
      const w = m[0]
        .toLowerCase()
        .replace(/\.$/, (d) => (/^[a-z]\.|^(mr|mrs|ms|dr)\.$/.test(m[0].toLowerCase()) ? d : ""));
      words.push({ s: m.index, e: m.index + m[0].length, w });
    }
    for (let i = 0; i < words.length; i++) {
      const t = words[i] as { s: number; e: number; w: string };
      bump(uses, t.w);
      if (inside(cues, t.s, t.e)) bump(cueHits, t.w);
      const next = words[i + 1];
      if (next && CUE_PREPOSITIONS.has(next.w)) {
        const pair = `${t.w} ${next.w}`;
        bump(prepUses, pair);
        if (cueEnds.has(next.e) && inside(cues, t.s, t.e)) bump(prepHits, pair);
      }
    }
    for (const [cs] of cues) {
      const at = words.findIndex((t) => t.s >= cs);
      for (let j = Math.max(0, at - SOURCE_WINDOW); j >= 0 && j < at; j++) {
        const t = words[j] as { s: number; e: number; w: string };
        if (inside(cues, t.s, t.e)) continue;
        bump(srcSeen, t.w);
        if (inside(sources, t.s, t.e)) bump(srcIn, t.w);
      }
    }
  }
  const cue: Record<string, number> = {};
  for (const [w, n] of [...cueHits].sort()) {
    const total = uses.get(w) ?? n;
    if (n >= MIN_COUNT && n / total >= MIN_CUE_RATE) cue[w] = Math.round((n / total) * 100) / 100;
  }
  const source: Record<string, number> = {};
  for (const [w, n] of [...srcSeen].sort()) {
    if (n >= MIN_COUNT) source[w] = Math.round(((srcIn.get(w) ?? 0) / n) * 100) / 100;
  }
  const prep: Record<string, number> = {};
  for (const [pair, n] of [...prepHits].sort()) {
    const total = prepUses.get(pair) ?? n;
    if (n >= MIN_COUNT && n / total >= MIN_PREP_CUE_RATE)
      prep[pair] = Math.round((n / total) * 100) / 100;
  }
  const here = dirname(fileURLToPath(import.meta.url));
  const out = join(here, "..", "..", "src", "stages", "quotes", "lexicon", "learned-lexicon.ts");
  const pack = (m: Record<string, number>) =>
    JSON.stringify(
      Object.entries(m)
        .map(([w, r]) => `${w} ${r}`)
        .join("\n"),
    );
  const body = [
    "// Generated by src/scripts/train-quotes.ts from PolNeAR train (Newell et al. 2018; no license",
    "// stated, used for research). Word statistics only, no text. Do not edit by hand.",
    "",
    "function unpack(packed: string): ReadonlyMap<string, number> {",
    "  const out = new Map<string, number>();",
    '  for (const line of packed.split("\\n")) {',
    '    const cut = line.lastIndexOf(" ");',
    "    out.set(line.slice(0, cut), Number(line.slice(cut + 1)));",
    "  }",
    "  return out;",
    "}",
    "",
    "/** Share of a lowercased word's uses that PolNeAR annotates as (part of) a cue. */",
    `export const CUE_RATE = unpack(${pack(cue)});`,
    "",
    "/** Share of a word's uses just before a cue that lie inside the annotated source. */",
    `export const SOURCE_RATE = unpack(${pack(source)});`,
    "",
    "/**",
    ' * Share of the uses of a word and a preposition after it ("criticism of") that end a cue',
    " * whose content follows at once.",
    " */",
    `export const PREP_CUE_RATE = unpack(${pack(prep)});`,
    "",
  ].join("\n");
  writeFileSync(out, body);
  console.log(
    `wrote ${out}: ${Object.keys(cue).length} cue words, ${Object.keys(source).length} source words, ${Object.keys(prep).length} prepositional cues (${docs.length} docs)`,
  );
}

/** Passes over the training data. */
const EPOCHS = 6;
/** Features seen fewer times than this are dropped from the saved model. */
const MIN_FEATURE_COUNT = 2;

interface Example {
  features: string[];
  label: 1 | -1;
}

/** Cue-head candidates of every training document, labelled by the gold cue spans. */
function collectCueExamples(dir: string): Example[] {
  const examples: Example[] = [];
  for (const doc of loadPolnear(dir)) {
    const d = analyzeDocument(
      { id: doc.id, raw: doc.text, format: "text" },
      { verbatim: true, tokens: true },
    );
    const seg = {
      text: d.text,
      paragraphs: d.paragraphs,
      sentences: d.sentences,
      tokens: d.tokens ?? [],
    };
    const regions = findQuoteRegions(d.text, d.paragraphs);
    const cues = doc.attributions.flatMap((a) => a.cue);
    for (const sentence of d.sentences) {
      const words = readWords(seg, sentence);
      for (let i = 0; i < words.length; i++) {
        const w = words[i] as Word;
        if (!isCueCandidate(words, i)) continue;
        if (regions.some((r) => r.open <= w.start && w.start < r.close)) continue;
        const label = cues.some(([a, b]) => w.start < b && w.end > a) ? 1 : -1;
        examples.push({ features: extractCueFeatures(words, i), label });
      }
    }
  }
  return examples;
}

/** Averaged perceptron over the examples (deterministic order, shuffled by a fixed stride). */
function trainPerceptron(examples: Example[]): Map<string, number> {
  const w = new Map<string, number>();
  const total = new Map<string, number>();
  const stamp = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of ex.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  let step = 1;
  const n = examples.length;
  const stride = 7919 % n || 1;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = 0; k < n; k++) {
      const ex = examples[(k * stride + epoch) % n] as Example;
      let score = 0;
      for (const f of ex.features) score += w.get(f) ?? 0;
      if ((score > 0 ? 1 : -1) !== ex.label) {
        for (const f of ex.features) {
          const cur = w.get(f) ?? 0;
          total.set(f, (total.get(f) ?? 0) + (step - (stamp.get(f) ?? 0)) * cur);
          stamp.set(f, step);
          w.set(f, cur + ex.label);
        }
      }
      step++;
    }
  }
  const avg = new Map<string, number>();
  for (const [f, cur] of w) {
    if ((counts.get(f) ?? 0) < MIN_FEATURE_COUNT) continue;
    const t = (total.get(f) ?? 0) + (step - (stamp.get(f) ?? 0)) * cur;
    const v = Math.round((t / step) * 1000) / 1000;
    if (v !== 0) avg.set(f, v);
  }
  return avg;
}

function trainCueModel(dir: string): void {
  const examples = collectCueExamples(dir);
  const weights = trainPerceptron(examples);
  const positives = examples.filter((e) => e.label === 1).length;
  const file = {
    source: "PolNeAR train (Newell et al. 2018), averaged perceptron, src/scripts/train-quotes.ts",
    examples: examples.length,
    positives,
    weights: Object.fromEntries([...weights].sort((a, b) => a[0].localeCompare(b[0]))),
  };
  mkdirSync(dirname(CUE_MODEL_PATH), { recursive: true });
  writeFileSync(CUE_MODEL_PATH, `${JSON.stringify(file)}\n`);
  console.log(
    `wrote ${CUE_MODEL_PATH}: ${weights.size} weights from ${examples.length} candidates (${positives} cues)`,
  );
}

/** Ranking features seen fewer times than this are dropped from the saved model. */
const MIN_RANK_FEATURE_COUNT = 5;

/** One ranking decision: candidate feature lists and the index of the right one. */
interface Ranking {
  candidates: string[][];
  gold: number;
}

/** Averaged perceptron for ranking: moves weights toward the gold candidate's features. */
function trainRanker(items: Ranking[]): Map<string, number> {
  const w = new Map<string, number>();
  const total = new Map<string, number>();
  const stamp = new Map<string, number>();
  let step = 1;
  const bump = (f: string, d: number) => {
    const cur = w.get(f) ?? 0;
    total.set(f, (total.get(f) ?? 0) + (step - (stamp.get(f) ?? 0)) * cur);
    stamp.set(f, step);
    w.set(f, cur + d);
  };
  const n = items.length;
  const stride = 7919 % n || 1;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = 0; k < n; k++) {
      const it = items[(k * stride + epoch) % n] as Ranking;
      let best = 0;
      let bestScore = Number.NEGATIVE_INFINITY;
      it.candidates.forEach((fs, c) => {
        let sc = 0;
        for (const f of fs) sc += w.get(f) ?? 0;
        if (sc > bestScore) {
          bestScore = sc;
          best = c;
        }
      });
      if (best !== it.gold) {
        for (const f of it.candidates[it.gold] as string[]) bump(f, 1);
        for (const f of it.candidates[best] as string[]) bump(f, -1);
      }
      step++;
    }
  }
  const counts = new Map<string, number>();
  for (const it of items)
    for (const fs of it.candidates) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const avg = new Map<string, number>();
  for (const [f, cur] of w) {
    if ((counts.get(f) ?? 0) < MIN_RANK_FEATURE_COUNT) continue;
    const t = (total.get(f) ?? 0) + (step - (stamp.get(f) ?? 0)) * cur;
    const v = Math.round((t / step) * 1000) / 1000;
    if (v !== 0) avg.set(f, v);
  }
  return avg;
}

/** Start and end rankings for every reported clause the rules find in the training data. */
function collectBoundRankings(dir: string): { starts: Ranking[]; ends: Ranking[] } {
  const starts: Ranking[] = [];
  const ends: Ranking[] = [];
  for (const doc of loadPolnear(dir)) {
    const d = analyzeDocument(
      { id: doc.id, raw: doc.text, format: "text" },
      { verbatim: true, tokens: true },
    );
    const seg = {
      text: d.text,
      paragraphs: d.paragraphs,
      sentences: d.sentences,
      tokens: d.tokens ?? [],
    };
    const regions = findQuoteRegions(d.text, d.paragraphs);
    for (const sentence of d.sentences) {
      const words = readWords(seg, sentence);
      const ctx: SentenceContext = {
        text: d.text,
        words,
        span: sentence.span,
        paragraph: sentence.paragraph,
        paragraphStart: d.paragraphs[sentence.paragraph]?.span[0] ?? sentence.span[0],
        regions: regions.filter(
          (r) =>
            r.firstParagraph - 1 <= sentence.paragraph && sentence.paragraph <= r.lastParagraph,
        ),
      };
      for (let i = 0; i < words.length; i++) {
        const w = words[i] as Word;
        if (!isCueHead(words, i) || regionAt(ctx, w.start)) continue;
        const plan = planClause(ctx, extendCueBack(words, i), i);
        if (!plan || plan.region || plan.guess[1] - plan.guess[0] < 2) continue;
        const gold = doc.attributions.find((a) =>
          a.cue.some(([cs, ce]) => w.start < ce && w.end > cs),
        );
        const first = gold?.content[0];
        const last = gold?.content.at(-1);
        if (!first || !last) continue;
        const gs = words.findIndex((x) => x.start >= first[0]);
        let ge = -1;
        for (let j = 0; j < words.length; j++) {
          const x = words[j] as Word;
          if (x.end <= last[1] && !x.punct) ge = j + 1;
        }
        const startList = listStarts(words, i, plan.guess[0], plan.limit);
        const sIdx = startList.indexOf(gs);
        if (sIdx < 0) continue;
        starts.push({
          candidates: startList.map((c) => extractStartFeatures(words, i, c, plan.guess[0])),
          gold: sIdx,
        });
        const endList = listEnds(words, gs, plan.limit, plan.guess[1]);
        const eIdx = endList.indexOf(ge);
        if (eIdx < 0) continue;
        ends.push({
          candidates: endList.map((c) => extractEndFeatures(words, i, gs, c, plan.guess[1])),
          gold: eIdx,
        });
      }
    }
  }
  return { starts, ends };
}

function trainBoundModel(dir: string): void {
  const { starts, ends } = collectBoundRankings(dir);
  const start = trainRanker(starts);
  const end = trainRanker(ends);
  const sorted = (m: Map<string, number>) =>
    Object.fromEntries([...m].sort((a, b) => a[0].localeCompare(b[0])));
  const file = {
    source:
      "PolNeAR train (Newell et al. 2018), averaged perceptron rankers, src/scripts/train-quotes.ts",
    starts: starts.length,
    ends: ends.length,
    start: sorted(start),
    end: sorted(end),
  };
  writeFileSync(BOUND_MODEL_PATH, `${JSON.stringify(file)}\n`);
  console.log(
    `wrote ${BOUND_MODEL_PATH}: ${start.size}+${end.size} weights from ${starts.length} starts, ${ends.length} ends`,
  );
}

const dir = process.argv[2] ?? "../shared/data/polnear/train";
if (process.argv[3] === "--cue-model") trainCueModel(dir);
else if (process.argv[3] === "--bounds-model") trainBoundModel(dir);
else main(dir);
