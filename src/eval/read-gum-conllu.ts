/**
 * Reads GUM's CoNLL-U files (tokens, paragraphs, `Entity=` mentions with coreference ids).
 * Used by the entities eval and the tagger's training script; never by the pipeline.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface GumToken {
  form: string;
  upos: string;
  /** Penn Treebank tag (GUM's XPOS): NNPS marks a plural proper noun ("Muslims"). */
  xpos: string;
  /** Index (in the document) of the syntactic head, -1 for the root. */
  head: number;
  /** Universal dependency relation to the head (`conj`, `nsubj`, ...). */
  deprel: string;
  spaceAfter: boolean;
  /** Index of the sentence in the document. */
  sentence: number;
  /** True for the first token of a paragraph. */
  paragraphStart: boolean;
}

export interface GumMention {
  /** Coreference id: mentions with the same id are one entity. */
  entity: string;
  /** GUM type: person, place, organization, event, abstract, object, time, ... */
  type: string;
  /** Token range [start, end) in the document. */
  start: number;
  end: number;
  /** Document token indices of the minimal span (GUM's `minspan`). */
  minspan: number[];
  /** Wikipedia identity, when GUM links the mention. */
  identity: string | null;
}

export interface GumDocument {
  id: string;
  tokens: GumToken[];
  mentions: GumMention[];
}

interface OpenMention {
  id: string;
  fields: string[];
  start: number;
}

/** Parses one `Entity=` value, e.g. `(7-person-new-...-coref(3-place-...)` or `7)6)`. */
function applyEntityField(
  value: string,
  index: number,
  open: OpenMention[],
  done: GumMention[],
): void {
  let i = 0;
  while (i < value.length) {
    const c = value[i];
    if (c === "(") {
      let j = i + 1;
      while (j < value.length && value[j] !== "(" && value[j] !== ")") j++;
      const fields = value.slice(i + 1, j).split("-");
      const mention = { id: fields[0] ?? "", fields, start: index };
      if (value[j] === ")") {
        done.push(closeMention(mention, index + 1));
        j++;
      } else {
        open.push(mention);
      }
      i = j;
    } else if (c !== undefined && c >= "0" && c <= "9") {
      let j = i;
      while (j < value.length && value[j] !== ")") j++;
      const id = value.slice(i, j);
      for (let k = open.length - 1; k >= 0; k--) {
        const candidate = open[k];
        if (candidate && candidate.id === id) {
          done.push(closeMention(candidate, index + 1));
          open.splice(k, 1);
          break;
        }
      }
      i = j + 1;
    } else {
      i++;
    }
  }
}

function closeMention(mention: OpenMention, end: number): GumMention {
  const f = mention.fields;
  const minspan = (f[5] ?? "")
    .split(",")
    .map((n) => Number.parseInt(n, 10))
    .filter((n) => Number.isFinite(n) && n >= 1)
    .map((n) => mention.start + n - 1)
    .filter((n) => n < end);
  const identity = f.length > 7 ? f.slice(7).join("-") : null;
  return {
    entity: mention.id,
    type: f[1] ?? "",
    start: mention.start,
    end,
    minspan,
    identity,
  };
}

/** Parses the text of one GUM CoNLL-U document. */
export function parseGumConllu(id: string, source: string): GumDocument {
  const tokens: GumToken[] = [];
  const mentions: GumMention[] = [];
  const open: OpenMention[] = [];
  let sentence = -1;
  let sentenceStart = 0;
  let newPar = true;
  let inSentence = false;
  const heads: number[] = [];
  for (const line of source.split("\n")) {
    if (line.startsWith("#")) {
      if (line.startsWith("# newpar")) newPar = true;
      continue;
    }
    if (line.trim() === "") {
      inSentence = false;
      continue;
    }
    const cols = line.split("\t");
    const tid = cols[0] ?? "";
    if (tid.includes("-") || tid.includes(".")) continue;
    if (!inSentence) {
      inSentence = true;
      sentence++;
      sentenceStart = tokens.length;
    }
    const misc = cols[9] ?? "_";
    const headLocal = Number.parseInt(cols[6] ?? "0", 10);
    heads.push(headLocal > 0 ? sentenceStart + headLocal - 1 : -1);
    tokens.push({
      form: cols[1] ?? "",
      upos: cols[3] ?? "",
      xpos: cols[4] ?? "",
      head: -1,
      deprel: cols[7] ?? "",
      spaceAfter: !misc.split("|").includes("SpaceAfter=No"),
      sentence,
      paragraphStart: newPar,
    });
    newPar = false;
    for (const part of misc.split("|")) {
      if (part.startsWith("Entity=")) {
        applyEntityField(part.slice(7), tokens.length - 1, open, mentions);
      }
    }
  }
  tokens.forEach((t, i) => {
    t.head = heads[i] ?? -1;
  });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { id, tokens, mentions };
}

/** Reads every `*.conllu` under `<dir>/conllu` (or `dir` itself), sorted by name. */
export function readGumDirectory(dir: string): GumDocument[] {
  let folder = join(dir, "conllu");
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    folder = dir;
    names = readdirSync(folder);
  }
  return names
    .filter((n) => n.endsWith(".conllu"))
    .sort()
    .map((n) => parseGumConllu(n.replace(/\.conllu$/, ""), readFileSync(join(folder, n), "utf8")));
}

/** Rebuilds the document text from its tokens; returns token offsets and paragraph spans. */
export function buildGumText(doc: GumDocument): {
  text: string;
  offsets: [number, number][];
  paragraphs: [number, number][];
} {
  let text = "";
  const offsets: [number, number][] = [];
  const paragraphs: [number, number][] = [];
  let paraStart = 0;
  doc.tokens.forEach((t, i) => {
    if (t.paragraphStart && i > 0) {
      text = text.trimEnd();
      paragraphs.push([paraStart, text.length]);
      text += "\n\n";
      paraStart = text.length;
    } else if (i > 0 && t.sentence !== doc.tokens[i - 1]?.sentence && !text.endsWith(" ")) {
      text += " ";
    }
    offsets.push([text.length, text.length + t.form.length]);
    text += t.form;
    if (t.spaceAfter) text += " ";
  });
  text = text.trimEnd();
  paragraphs.push([paraStart, text.length]);
  return { text, offsets, paragraphs };
}
