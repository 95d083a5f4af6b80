import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { findParagraphs, segmentText } from "../stages/segment/index.js";
import { type ConlluDocument, readConllu } from "./gum/read-conllu.js";
import type { EvalArgs } from "./main.js";
import { formatPrf, prf } from "./score.js";

interface Boundaries {
  sentenceEnds: Set<number>;
  tokenSpans: Set<string>;
}

/**
 * Sentence-end and token-span F1 against GUM's gold segmentation (CoNLL-U), for newsgraph's
 * segmenter and, side by side, wink-nlp's (when installed; it is a dev dependency).
 */
export async function run({ data }: EvalArgs): Promise<void> {
  const folder = join(data, "conllu");
  const files = readdirSync(folder)
    .filter((f) => f.endsWith(".conllu"))
    .sort();
  const documents = files.map((f) => readConllu(join(folder, f)));
  const systems: Array<[string, (doc: ConlluDocument) => Boundaries]> = [
    ["newsgraph", segmentOurs],
  ];
  const wink = loadWink();
  if (wink) systems.push(["wink-nlp", wink]);
  console.log(`segment: ${documents.length} GUM documents from ${folder}`);
  for (const [name, segment] of systems) {
    const sentences = { tp: 0, fp: 0, fn: 0 };
    const tokens = { tp: 0, fp: 0, fn: 0 };
    const started = performance.now();
    for (const doc of documents) {
      const gold = goldBoundaries(doc);
      const found = segment(doc);
      count(gold.sentenceEnds, found.sentenceEnds, sentences);
      count(gold.tokenSpans, found.tokenSpans, tokens);
    }
    const ms = performance.now() - started;
    console.log(
      `${name.padEnd(10)} sentences ${formatPrf(prf(sentences))}  tokens ${formatPrf(prf(tokens))}  ${ms.toFixed(0)} ms`,
    );
  }
}

function goldBoundaries(doc: ConlluDocument): Boundaries {
  return {
    sentenceEnds: new Set(doc.sentences.map((s) => s.span[1])),
    tokenSpans: new Set(
      doc.sentences.flatMap((s) => s.words.map((w) => `${w.span[0]}:${w.span[1]}`)),
    ),
  };
}

function segmentOurs(doc: ConlluDocument): Boundaries {
  const { sentences, tokens } = segmentText(doc.text, findParagraphs(doc.text));
  return {
    sentenceEnds: new Set(sentences.map((s) => s.span[1])),
    tokenSpans: new Set(tokens.map((t) => `${t.span[0]}:${t.span[1]}`)),
  };
}

type WinkSegmenter = (doc: ConlluDocument) => Boundaries;
interface WinkItem {
  out: (field: unknown) => string;
  tokens: () => { length: () => number };
}

function loadWink(): WinkSegmenter | null {
  const require = createRequire(import.meta.url);
  try {
    const winkNLP = require("wink-nlp");
    const model = require("wink-eng-lite-web-model");
    const nlp = winkNLP(model);
    const its = nlp.its;
    return (doc) => {
      const parsed = nlp.readDoc(doc.text);
      const tokenSpans = new Set<string>();
      const sentenceEnds = new Set<number>();
      let cursor = 0;
      const ends: number[] = [];
      parsed.tokens().each((token: WinkItem) => {
        const value = token.out(its.value);
        const at = doc.text.indexOf(value, cursor);
        const from = at >= 0 ? at : cursor;
        tokenSpans.add(`${from}:${from + value.length}`);
        cursor = from + value.length;
        ends.push(cursor);
      });
      let seen = 0;
      parsed.sentences().each((sentence: WinkItem) => {
        seen += sentence.tokens().length();
        const end = ends[seen - 1];
        if (end !== undefined) sentenceEnds.add(end);
      });
      return { sentenceEnds, tokenSpans };
    };
  } catch {
    console.log("wink-nlp: not installed (dev dependency); skipped");
    return null;
  }
}

function count(
  gold: Set<unknown>,
  found: Set<unknown>,
  counts: { tp: number; fp: number; fn: number },
): void {
  for (const item of found) {
    if (gold.has(item)) counts.tp++;
    else counts.fp++;
  }
  for (const item of gold) if (!found.has(item)) counts.fn++;
}
