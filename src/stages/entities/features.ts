/**
 * Tagger features for one word: identity, shape, affixes, neighbours, gazetteer marks,
 * the previous tags (greedy decoding) and non-local memory of the document.
 */
import { ROLE_WORDS, WORD_CLASSES } from "./gazetteer.js";

/** What the tagger knows about the document while it tags a sentence. */
export interface DocumentMemory {
  /** Lower-cased word -> class it was last tagged with in this document. */
  lastClass: Map<string, string>;
  /** Lower-case forms that occur in lower case somewhere in the document. */
  lowerForms: Set<string>;
  /** Common lower-case words of the language (from the model). */
  common: ReadonlySet<string>;
}

export interface SentenceView {
  words: readonly string[];
  gaz: readonly string[];
}

/** Word shape with runs collapsed: "Putin" -> "Xx", "U.S." -> "X.X.", "2015" -> "d". */
export function shapeWord(word: string): string {
  let out = "";
  let last = "";
  for (const ch of word) {
    let c: string;
    if (ch >= "a" && ch <= "z") c = "x";
    else if (ch >= "A" && ch <= "Z") c = "X";
    else if (ch >= "0" && ch <= "9") c = "d";
    else if (ch.toLowerCase() !== ch) c = "X";
    else if (ch.toUpperCase() !== ch) c = "x";
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

function wordAt(s: SentenceView, i: number): string {
  if (i < 0) return "<s>";
  if (i >= s.words.length) return "</s>";
  return s.words[i] ?? "";
}

/** Features of word i given the two previous tags. */
export function extractFeatures(
  s: SentenceView,
  i: number,
  prevTag: string,
  prev2Tag: string,
  memory: DocumentMemory,
): string[] {
  const w = wordAt(s, i);
  const lw = w.toLowerCase();
  const p = wordAt(s, i - 1);
  const n = wordAt(s, i + 1);
  const shape = shapeWord(w);
  const f = [
    "b",
    `w=${lw}`,
    `sh=${shape}`,
    `p3=${lw.slice(0, 3)}`,
    `s3=${lw.slice(-3)}`,
    `s2=${lw.slice(-2)}`,
    `pw=${p.toLowerCase()}`,
    `nw=${n.toLowerCase()}`,
    `p2w=${wordAt(s, i - 2).toLowerCase()}`,
    `n2w=${wordAt(s, i + 2).toLowerCase()}`,
    `psh=${shapeWord(p)}`,
    `nsh=${shapeWord(n)}`,
    `pt=${prevTag}`,
    `pt2=${prev2Tag}|${prevTag}`,
    `pt|sh=${prevTag}|${shape}`,
    `pt|w=${prevTag}|${lw}`,
    `first=${i === 0}|${shape}`,
  ];
  const g = s.gaz[i];
  if (g) f.push(`gz=${g}`, `gz|pt=${g}|${prevTag}`);
  const gn = s.gaz[i + 1];
  if (gn) f.push(`ngz=${gn}`);
  const wc = WORD_CLASSES.get(w);
  if (wc) f.push(`wc=${wc}`);
  const pc = WORD_CLASSES.get(p);
  if (pc) f.push(`pwc=${pc}`);
  const nc = WORD_CLASSES.get(n);
  if (nc) f.push(`nwc=${nc}`);
  if (ROLE_WORDS.has(p.toLowerCase())) f.push("prole");
  if (ROLE_WORDS.has(lw)) f.push("role");
  if (memory.lowerForms.has(lw) && lw !== w) f.push("lcdoc");
  if (lw !== w && memory.common.has(lw)) f.push(`cw|first=${i === 0}`);
  const mem = memory.lastClass.get(lw);
  if (mem) f.push(`mem=${mem}`);
  if (i > 0 && p === "'s") f.push("pposs");
  return f;
}
