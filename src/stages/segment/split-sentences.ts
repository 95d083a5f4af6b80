import type { Paragraph, Sentence, Token } from "../../model.js";
import { SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from "./lexicon/abbreviations.js";

const TERMINATORS = new Set([".", "!", "?", "…", "...", "?!", "!?"]);
/** Marks that close a sentence's quotation or bracket and stay with it: `said.”` */
const CLOSERS = new Set(["”", "’", '"', "'", ")", "]", "»", "›"]);
/** A line shorter than this with no final punctuation reads as a heading, not a wrapped line. */
const HEADING_MAX_LENGTH = 60;

const UPPER_START = /^[\p{Lu}\p{N}“"‘'«([—–-]/u;

/**
 * Splits each paragraph's tokens into sentences. Never crosses a paragraph boundary; ends a
 * sentence at a terminator (plus closing quotes) followed by a capital, digit or opening quote,
 * and at a line break after a terminator or after a heading-like short line.
 */
export function splitSentences(text: string, paragraphs: Paragraph[], tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let index = 0;
  paragraphs.forEach((paragraph, paragraphIndex) => {
    const [, paragraphEnd] = paragraph.span;
    while (index < tokens.length && tokenAt(tokens, index).span[0] < paragraph.span[0]) index++;
    let first = index;
    while (index < tokens.length && tokenAt(tokens, index).span[1] <= paragraphEnd) {
      const end = sentenceEndAfter(text, tokens, index, paragraphEnd);
      if (end !== null) {
        sentences.push(sentence(text, tokens, first, end, paragraphIndex));
        index = end;
        first = end;
      } else index++;
    }
    if (first < index) sentences.push(sentence(text, tokens, first, index, paragraphIndex));
  });
  return sentences;
}

/** If the sentence ends at token `i`, returns the index of the first token after it. */
function sentenceEndAfter(text: string, tokens: Token[], i: number, limit: number): number | null {
  const current = tokenAt(tokens, i);
  const word = text.slice(current.span[0], current.span[1]);
  let next = i + 1;
  if (TERMINATORS.has(word) || endsAbbreviatedSentence(text, tokens, i, word)) {
    while (next < tokens.length && closesAt(text, tokens, next)) next++;
    if (next >= tokens.length || tokenAt(tokens, next).span[0] >= limit) return next;
    const following = tokenAt(tokens, next);
    const gap = text.slice(tokenAt(tokens, next - 1).span[1], following.span[0]);
    if (gap.length === 0) return null;
    return UPPER_START.test(text.slice(following.span[0], following.span[1])) ? next : null;
  }
  if (next < tokens.length && lineBreakEnds(text, tokens, i, limit)) return next;
  return null;
}

/** "U.S." or "Inc." at the end of a sentence carries the sentence's period. */
function endsAbbreviatedSentence(text: string, tokens: Token[], i: number, word: string): boolean {
  if (!word.endsWith(".") || word.length < 2) return false;
  if (TITLE_ABBREVIATIONS.has(word.slice(0, -1).toLowerCase())) return false;
  const following = tokens[i + 1];
  if (!following) return false;
  return SENTENCE_STARTERS.has(text.slice(following.span[0], following.span[1]));
}

function closesAt(text: string, tokens: Token[], i: number): boolean {
  const token = tokenAt(tokens, i);
  const previous = tokenAt(tokens, i - 1);
  if (token.span[0] !== previous.span[1]) return false;
  return CLOSERS.has(text.slice(token.span[0], token.span[1]));
}

/** A single line break ends a sentence after a heading-like line before a capitalised line. */
function lineBreakEnds(text: string, tokens: Token[], i: number, limit: number): boolean {
  const following = tokenAt(tokens, i + 1);
  if (following.span[0] >= limit) return false;
  const gap = text.slice(tokenAt(tokens, i).span[1], following.span[0]);
  if (!gap.includes("\n")) return false;
  if (!UPPER_START.test(text.slice(following.span[0], following.span[1]))) return false;
  const lineStart = text.lastIndexOf("\n", tokenAt(tokens, i).span[0]) + 1;
  return tokenAt(tokens, i).span[1] - lineStart < HEADING_MAX_LENGTH;
}

function sentence(
  text: string,
  tokens: Token[],
  first: number,
  end: number,
  paragraph: number,
): Sentence {
  const start = tokenAt(tokens, first).span[0];
  const stop = tokenAt(tokens, end - 1).span[1];
  return {
    span: [start, stop],
    text: text.slice(start, stop),
    rule: "segment/sentence",
    paragraph,
    tokens: [first, end],
  };
}

function tokenAt(tokens: Token[], i: number): Token {
  const token = tokens[i];
  if (!token) throw new RangeError(`token ${i} out of range (${tokens.length} tokens)`);
  return token;
}
