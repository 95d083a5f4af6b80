import type { SegmentedText, Sentence } from "../../model.js";

/** A token of one sentence, with the forms the rules look at. */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with an upper-case letter. */
  upper: boolean;
  /** Not a letter or digit: punctuation or a quotation mark. */
  punct: boolean;
}

/** Reads the tokens of a sentence into words. */
export function readWords(seg: SegmentedText, sentence: Sentence): Word[] {
  const words: Word[] = [];
  const [first, end] = sentence.tokens;
  for (let t = first; t < end; t++) {
    const tok = seg.tokens[t];
    if (!tok) continue;
    const text = seg.text.slice(tok.span[0], tok.span[1]);
    const c = text[0] ?? "";
    words.push({
      start: tok.span[0],
      end: tok.span[1],
      text,
      lower: text.toLowerCase(),
      upper: c !== c.toLowerCase(),
      // The segmenter's kind says it; symbols ($, %) count as punctuation here.
      punct: tok.kind === "punct" || tok.kind === "symbol",
    });
  }
  return words;
}
