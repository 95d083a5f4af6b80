import { describe, expect, it } from "vitest";
import { type DocumentMemory, extractFeatures } from "./features.js";
import { markGazetteer } from "./gazetteer.js";
import {
  isAllowedTransition,
  type LoadedTagger,
  loadTagger,
  rememberNames,
  scoreFeatures,
  scorePosition,
  shouldScore,
  type TaggerModel,
  tagSentence,
  windowOf,
} from "./tagger.js";

const TAGS = ["O", "B-PERSON", "L-PERSON", "U-PERSON", "U-PLACE"];
const WORDS = ["Yesterday", "Maria", "Lindqvist", "flew", "from", "Oslo", "to", "Paris", "."];

/** A deterministic pseudo-weight per feature and tag, so that every feature counts. */
function weightOf(feature: string, tag: number): number {
  let h = tag + 1;
  for (let k = 0; k < feature.length; k++) h = (h * 31 + feature.charCodeAt(k)) % 1009;
  return (h - 504) / 100;
}

function buildModel(memory: DocumentMemory): TaggerModel {
  const s = { words: WORDS, gaz: markGazetteer(WORDS) };
  const weights: Record<string, number[]> = {};
  for (let i = 0; i < WORDS.length; i++) {
    for (const prev of TAGS) {
      for (const f of extractFeatures(s, i, prev, "O", memory)) {
        weights[f] = TAGS.flatMap((_, t) => [t, weightOf(f, t)]);
      }
    }
  }
  return {
    tags: TAGS,
    weights,
    common: ["yesterday"],
    clusters: Object.fromEntries([...memory.clusters]),
  };
}

describe("scorePosition (tagging) and extractFeatures (training)", () => {
  const clusters = new Map([
    ["Oslo", 3],
    ["Paris", 3],
    ["Lindqvist", 8],
    ["flew", 1],
  ]);
  const memory = (): DocumentMemory => ({
    lastClass: new Map([["oslo", "PLACE"]]),
    lowerForms: new Set(["from"]),
    common: new Set(["yesterday"]),
    clusters,
  });
  const tagger = loadTagger(buildModel(memory()));
  const s = { words: WORDS, gaz: markGazetteer(WORDS) };
  const cases = WORDS.flatMap((w, i) => TAGS.map((prev) => ({ w, i, prev })));

  it.each(cases)("give the same scores to the tags allowed for $w after $prev", ({ i, prev }) => {
    const direct = new Float64Array(TAGS.length);
    scoreFeatures(tagger, extractFeatures(s, i, prev, "O", memory()), direct);
    const cached = new Float64Array(TAGS.length);
    // Twice: the second call reads the sums cached by the first.
    const window = windowOf(WORDS, s.gaz);
    scorePosition(tagger, window, i, TAGS.indexOf(prev), 0, memory(), cached);
    scorePosition(tagger, window, i, TAGS.indexOf(prev), 0, memory(), cached);
    for (const t of tagger.allowedTags[TAGS.indexOf(prev)] ?? [])
      expect(cached[t]).toBeCloseTo(direct[t] as number, 9);
  });

  it("uses the word clusters of the model", () => {
    const f = extractFeatures(s, 5, "O", "O", memory());
    expect(f).toContain("cl=3");
    expect(f).toContain("pw|w=from oslo");
    expect(f).toContain("w|nw=oslo to");
  });

  it("tagSentence picks the tags of a plain decoder over extractFeatures", () => {
    expect(tagSentence(tagger, windowOf(WORDS, s.gaz), memory())).toEqual(
      decodePlainly(tagger, s, memory()),
    );
  });
});

/** Greedy decoding the way training runs it: every feature string built and looked up. */
function decodePlainly(
  tagger: LoadedTagger,
  s: { words: string[]; gaz: string[] },
  memory: DocumentMemory,
): string[] {
  const tags: string[] = [];
  const scores = new Float64Array(TAGS.length);
  let prev = "O";
  let prev2 = "O";
  for (let i = 0; i < s.words.length; i++) {
    let tag = "O";
    if (shouldScore(s.words[i] ?? "", prev)) {
      scoreFeatures(tagger, extractFeatures(s, i, prev, prev2, memory), scores);
      let best = Number.NEGATIVE_INFINITY;
      TAGS.forEach((t, k) => {
        if (isAllowedTransition(prev, t) && (scores[k] as number) > best) {
          best = scores[k] as number;
          tag = t;
        }
      });
    }
    tags.push(tag);
    prev2 = prev;
    prev = tag;
  }
  const last = tags[tags.length - 1] ?? "O";
  if (last.startsWith("B-")) tags[tags.length - 1] = `U-${last.slice(2)}`;
  if (last.startsWith("I-")) tags[tags.length - 1] = `L-${last.slice(2)}`;
  rememberNames(s.words, tags, memory);
  return tags;
}
