/** Mention candidates shared by the rules, refiners and coreference passes of the stage. */
import type { EntityType, SegmentedText, Span } from "../../model.js";
import { flagsOf } from "./word-flags.js";

export type MentionKind = "name" | "role" | "pronoun" | "group";

export interface Candidate {
  kind: MentionKind;
  type: EntityType;
  /** Token range [start, end) into `SegmentedText.tokens`. */
  start: number;
  end: number;
  /** First token of the name proper, after leading titles ("Mr", "President"). */
  nameStart: number;
  sentence: number;
  rule: string;
  /** Roles and titles seen with this mention (premodifier, apposition, role nominal head). */
  roles: string[];
  gender: "male" | "female" | null;
  /**
   * Set when a lexical cue of the whole name decided the type (a known place, an organisation
   * or building head word, a title, a citation): such mentions outvote the tagger's guesses
   * for the same name elsewhere in the document (see unifyTypes).
   */
  typeCue?: boolean;
  /**
   * Set when the type holds for this mention only (a citation standing for the cited work,
   * "(Porte, 2012)"): unifyTypes neither counts it nor changes it.
   */
  ownType?: boolean;
}

/** The document as the stage reads it: words by token index, sentence of each token. */
export interface StageDocument {
  doc: SegmentedText;
  words: string[];
  sentenceOf: Int32Array;
  /** Lexicon bits of each word (see word-flags.ts). */
  flags: Uint8Array;
}

export function prepareDocument(doc: SegmentedText): StageDocument {
  const words = doc.tokens.map((t) => doc.text.slice(t.span[0], t.span[1]));
  const sentenceOf = new Int32Array(doc.tokens.length).fill(-1);
  doc.sentences.forEach((s, k) => {
    for (let i = s.tokens[0]; i < s.tokens[1]; i++) sentenceOf[i] = k;
  });
  return { doc, words, sentenceOf, flags: flagsOf(words) };
}

export function spanOf(d: StageDocument, start: number, end: number): Span {
  const a = d.doc.tokens[start]?.span[0] ?? 0;
  const b = d.doc.tokens[end - 1]?.span[1] ?? a;
  return [a, b];
}

export function textOf(d: StageDocument, start: number, end: number): string {
  const [a, b] = spanOf(d, start, end);
  return d.doc.text.slice(a, b);
}

/** False when the first character is ASCII but not a capital: a cheap test before lookups of capitalised words. */
export function mayStartWithCapital(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 65 && c <= 90) || c > 127;
}

/** Words of the name proper, without possessive or trailing punctuation. */
export function nameWords(d: StageDocument, c: Candidate): string[] {
  const out = d.words.slice(c.nameStart, c.end);
  while (out.length > 1 && /^(?:'s|’s|'|’|\.)$/.test(out[out.length - 1] ?? "")) out.pop();
  return out;
}
