import { readFileSync } from "node:fs";

export interface ConlluWord {
  form: string;
  misc: string;
  /** Offsets into the rebuilt document text. */
  span: [number, number];
}

export interface ConlluDocument {
  id: string;
  /** Rebuilt text: SpaceAfter honoured, sentences joined by a space, paragraphs by a blank line. */
  text: string;
  sentences: Array<{ span: [number, number]; words: ConlluWord[] }>;
}

interface PendingWord {
  form: string;
  misc: string;
  /** Surface token this word belongs to (multiword tokens give several words one surface). */
  surface: string;
  surfaceId: number;
  spaceAfter: boolean;
}

/** Reads a GUM CoNLL-U file, rebuilding the document text with word offsets. */
export function readConllu(path: string): ConlluDocument {
  const lines = readFileSync(path, "utf8").split("\n");
  let id = path;
  let text = "";
  const sentences: ConlluDocument["sentences"] = [];
  let pending: PendingWord[] = [];
  let newParagraph = false;
  let multiwordEnd = 0;
  let multiword: { surface: string; spaceAfter: boolean; id: number } | null = null;
  let surfaces = 0;
  const flush = () => {
    if (pending.length === 0) return;
    if (text.length > 0) text += newParagraph ? "\n\n" : " ";
    newParagraph = false;
    const start = text.length;
    const words: ConlluWord[] = [];
    let lastSurface = -1;
    let cursor = 0;
    for (const word of pending) {
      if (word.surfaceId !== lastSurface) {
        cursor = text.length;
        text += word.surface;
        if (word.spaceAfter) text += " ";
        lastSurface = word.surfaceId;
      }
      const at = text.indexOf(word.form, cursor);
      const from = at >= 0 && at < cursor + word.surface.length ? at : cursor;
      const to = Math.min(from + word.form.length, cursor + word.surface.length);
      words.push({ form: word.form, misc: word.misc, span: [from, to] });
      cursor = to;
    }
    text = text.trimEnd();
    sentences.push({ span: [start, text.length], words });
    pending = [];
  };
  for (const line of lines) {
    if (line.startsWith("# newdoc id = ")) id = line.slice(14).trim();
    else if (line.startsWith("# newpar")) {
      flush();
      newParagraph = true;
    } else if (line.trim() === "") flush();
    else if (!line.startsWith("#")) {
      const cells = line.split("\t");
      const index = cells[0] ?? "";
      const misc = cells[9] ?? "_";
      const spaceAfter = !misc.includes("SpaceAfter=No");
      if (index.includes("-")) {
        multiwordEnd = Number(index.split("-")[1]);
        multiword = { surface: cells[1] ?? "", spaceAfter, id: surfaces++ };
      } else if (!index.includes(".")) {
        const inMultiword = multiword !== null && Number(index) <= multiwordEnd;
        const form = cells[1] ?? "";
        pending.push({
          form,
          misc,
          surface: inMultiword && multiword ? multiword.surface : form,
          surfaceId: inMultiword && multiword ? multiword.id : surfaces++,
          spaceAfter: inMultiword && multiword ? multiword.spaceAfter : spaceAfter,
        });
        if (inMultiword && Number(index) === multiwordEnd) multiword = null;
      }
    }
  }
  flush();
  return { id, text, sentences };
}
