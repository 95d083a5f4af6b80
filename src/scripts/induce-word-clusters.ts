/**
 * Word clusters induced from unlabelled news text by the exchange algorithm (Kneser & Ney 1993;
 * Martin, Liermann & Ney 1998): words are moved between a fixed number of classes to maximise
 * the likelihood of a class-bigram model. Words used the same way ("Obama", "Clinton", "Trump";
 * "Iowa", "Ohio") end up in the same class, which the tagger uses as a feature for words its
 * labelled data never showed. Case is kept: "Bush" and "bush" are different words.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const WORD = /\p{L}[\p{L}\p{M}'’.-]*\p{L}|\p{L}|\d+(?:[.,]\d+)*|[^\s\p{L}\d]/gu;

/** a[i] += v (typed arrays under noUncheckedIndexedAccess). */
function add(a: Float64Array, i: number, v: number): void {
  a[i] = (a[i] as number) + v;
}

function xlogx(x: number): number {
  return x > 0 ? x * Math.log(x) : 0;
}

/** Token sequences (one per line of text) of every file in the folders. */
function readSequences(folders: string[]): string[][] {
  const out: string[][] = [];
  for (const folder of folders) {
    for (const name of readdirSync(folder).sort()) {
      for (const line of readFileSync(join(folder, name), "utf8").split("\n")) {
        const words = line.match(WORD);
        if (words && words.length > 1) out.push(words);
      }
    }
  }
  return out;
}

interface Neighbours {
  /** Counts of the word followed by each vocabulary word id (the word itself included). */
  right: Map<number, number>;
  left: Map<number, number>;
}

/**
 * Clusters the `maxWords` most frequent words (seen at least `minCount` times) into `classes`
 * classes; returns word -> class id. Deterministic.
 */
export function induceWordClusters(
  folders: string[],
  options: { classes: number; maxWords: number; minCount: number; iterations: number },
): Map<string, number> {
  const sequences = readSequences(folders);
  const freq = new Map<string, number>();
  for (const s of sequences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const vocab = [...freq]
    .filter(([, n]) => n >= options.minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, options.maxWords)
    .map(([w]) => w);
  const id = new Map(vocab.map((w, i) => [w, i]));
  // Rare words share one extra id that never moves (class C).
  const C = options.classes;
  const rare = vocab.length;
  const nb: Neighbours[] = Array.from({ length: vocab.length + 1 }, () => ({
    right: new Map(),
    left: new Map(),
  }));
  const count = new Float64Array(vocab.length + 1);
  for (const s of sequences) {
    let prev = -1;
    for (const w of s) {
      const cur = id.get(w) ?? rare;
      count[cur] = (count[cur] as number) + 1;
      if (prev >= 0) {
        const r = (nb[prev] as Neighbours).right;
        r.set(cur, (r.get(cur) ?? 0) + 1);
        const l = (nb[cur] as Neighbours).left;
        l.set(prev, (l.get(prev) ?? 0) + 1);
      }
      prev = cur;
    }
  }
  const cls = new Int32Array(vocab.length + 1);
  for (let i = 0; i < vocab.length; i++) cls[i] = i % C;
  cls[rare] = C;
  const K = C + 1;
  const big = new Float64Array(K * K);
  const uni = new Float64Array(K);
  for (let w = 0; w <= vocab.length; w++) {
    uni[cls[w] as number] = (uni[cls[w] as number] as number) + (count[w] as number);
    for (const [v, n] of (nb[w] as Neighbours).right) {
      const cell = (cls[w] as number) * K + (cls[v] as number);
      big[cell] = (big[cell] as number) + n;
    }
  }
  const rightBy = new Float64Array(K);
  const leftBy = new Float64Array(K);
  for (let it = 0; it < options.iterations; it++) {
    let moved = 0;
    for (let w = 0; w < vocab.length; w++) {
      const { right, left } = nb[w] as Neighbours;
      const self = right.get(w) ?? 0;
      const from = cls[w] as number;
      rightBy.fill(0);
      leftBy.fill(0);
      for (const [v, n] of right) if (v !== w) add(rightBy, cls[v] as number, n);
      for (const [u, n] of left) if (u !== w) add(leftBy, cls[u] as number, n);
      const rc: number[] = [];
      const lc: number[] = [];
      for (let c = 0; c < K; c++) {
        if ((rightBy[c] as number) > 0) rc.push(c);
        if ((leftBy[c] as number) > 0) lc.push(c);
      }
      // Take w out of its class.
      for (const c of rc) add(big, from * K + c, -(rightBy[c] as number));
      for (const c of lc) add(big, c * K + from, -(leftBy[c] as number));
      add(big, from * K + from, -self);
      add(uni, from, -(count[w] as number));
      let best = from;
      let bestGain = Number.NEGATIVE_INFINITY;
      for (let b = 0; b < C; b++) {
        let g = 0;
        for (const c of rc) {
          if (c === b) continue;
          const x = big[b * K + c] as number;
          g += xlogx(x + (rightBy[c] as number)) - xlogx(x);
        }
        for (const c of lc) {
          if (c === b) continue;
          const x = big[c * K + b] as number;
          g += xlogx(x + (leftBy[c] as number)) - xlogx(x);
        }
        const bb = big[b * K + b] as number;
        g += xlogx(bb + (rightBy[b] as number) + (leftBy[b] as number) + self) - xlogx(bb);
        const u = uni[b] as number;
        g -= 2 * (xlogx(u + (count[w] as number)) - xlogx(u));
        if (g > bestGain + 1e-9) {
          bestGain = g;
          best = b;
        }
      }
      for (const c of rc) add(big, best * K + c, rightBy[c] as number);
      for (const c of lc) add(big, c * K + best, leftBy[c] as number);
      add(big, best * K + best, self);
      add(uni, best, count[w] as number);
      if (best !== from) {
        cls[w] = best;
        moved++;
      }
    }
    console.log(`clusters: iteration ${it + 1}, ${moved} words moved`);
    if (moved === 0) break;
  }
  return new Map(vocab.map((w, i) => [w, cls[i] as number]));
}
