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
  for (let paragraphIndex = 0; paragraphIndex < paragraphs.length; paragraphIndex++) {
    const paragraph = paragraphs[paragraphIndex] as Paragraph;
    const paragraphEnd = paragraph.span[1];
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
  }
  return sentences;
}

/** If the sentence ends at token `i`, returns the index of the first token after it. */
function sentenceEndAfter(text: string, tokens: Token[], i: number, limit: number): number | null {
  const current = tokenAt(tokens, i);
  // Both tests need a token ending in . ! ? or …; most tokens are spared them.
  const endsInMark = isTerminatorMark(text.charCodeAt(current.span[1] - 1));
  if (endsInMark && (isTerminator(text, current) || endsAbbreviatedSentence(text, tokens, i))) {
    let next = i + 1;
    while (next < tokens.length && closesAt(text, tokens, next)) next++;
    if (next >= tokens.length || tokenAt(tokens, next).span[0] >= limit) return next;
    const following = tokenAt(tokens, next);
    if (following.span[0] === tokenAt(tokens, next - 1).span[1]) return null;
    return startsSentence(text, following) ? next : null;
  }
  if (i + 1 < tokens.length && lineBreakEnds(text, tokens, i, limit)) return i + 1;
  return null;
}

function isTerminator(text: string, token: Token): boolean {
  const length = token.span[1] - token.span[0];
  if (length > 3 || !isTerminatorMark(text.charCodeAt(token.span[0]))) return false;
  return TERMINATORS.has(text.slice(token.span[0], token.span[1]));
}

/** . ! ? or …: every terminator starts and ends with one. */
function isTerminatorMark(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

/** "U.S." or "Inc." at the end of a sentence carries the sentence's period. */
function endsAbbreviatedSentence(text: string, tokens: Token[], i: number): boolean {
  const [start, end] = tokenAt(tokens, i).span;
  if (end - start < 2 || text.charCodeAt(end - 1) !== 46) return false;
  if (TITLE_ABBREVIATIONS.has(text.slice(start, end - 1).toLowerCase())) return false;
  const following = tokens[i + 1];
  if (!following) return false;
  return SENTENCE_STARTERS.has(text.slice(following.span[0], following.span[1]));
}

function closesAt(text: string, tokens: Token[], i: number): boolean {
  const token = tokenAt(tokens, i);
  if (token.span[0] !== tokenAt(tokens, i - 1).span[1]) return false;
  return token.span[1] - token.span[0] === 1 && CLOSERS.has(text[token.span[0]] ?? "");
}

function startsSentence(text: string, token: Token): boolean {
  return UPPER_START.test(text.charAt(token.span[0]));
}

/** A single line break ends a sentence after a heading-like line before a capitalised line. */
function lineBreakEnds(text: string, tokens: Token[], i: number, limit: number): boolean {
  const end = tokenAt(tokens, i).span[1];
  const following = tokenAt(tokens, i + 1);
  if (following.span[0] >= limit || following.span[0] === end) return false;
  if (!hasNewline(text, end, following.span[0]) || !startsSentence(text, following)) return false;
  const lineStart = text.lastIndexOf("\n", tokenAt(tokens, i).span[0]) + 1;
  return end - lineStart < HEADING_MAX_LENGTH;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
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
