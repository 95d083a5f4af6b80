import type { Token, TokenKind } from "../../model.js";
import { ABBREVIATIONS } from "./lexicon/abbreviations.js";

/**
 * One pass, one regex: URLs and e-mail addresses; word-like runs (letters, digits, inner
 * hyphens, apostrophes, periods and ampersands, so "U.S.", "three-week-old", "1,000.5", "5:06"
 * stay whole); runs of dots or dashes; any other single character.
 */
const TOKEN_PATTERN =
  /(https?:\/\/[^\s<>"“”«»]+[^\s<>"“”«».,;:!?)\]'’]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)|([\p{L}\p{M}\p{N}]+(?:(?:[-'’&.·]|(?<=\d),(?=\d{3})|(?<=\d):(?=\d))[\p{L}\p{M}\p{N}]+)*)|(\.{2,}|-{2,}|…)|(\S)/gu;

/** Clitics split off PTB-style, so "Putin's" is "Putin" + "'s". */
const CLITIC = /(?:['’](?:s|S|re|ve|ll|d|m|RE|VE|LL|D|M)|n['’]t|N['’]T)$/u;
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
const DIGIT = /\p{N}/u;
const LETTER = /\p{L}/u;
const PUNCTUATION = /[\p{P}]/u;
/** "added.Follow": a period between two words, the second capitalised, is a missing space. */
const GLUED_SENTENCE = /^(\p{L}{2,})\.(\p{Lu}\p{Ll}+)$/u;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = start;
  const region = end === text.length ? text : text.slice(0, end);
  for (let match = TOKEN_PATTERN.exec(region); match; match = TOKEN_PATTERN.exec(region)) {
    const from = match.index;
    const to = from + match[0].length;
    if (match[2] !== undefined) pushWord(region, from, to, tokens);
    else if (match[4] !== undefined) tokens.push(token(from, to, kindOfChar(match[4])));
    else tokens.push(token(from, to, match[1] !== undefined ? "symbol" : "punct"));
  }
  return tokens;
}

function pushWord(text: string, from: number, to: number, tokens: Token[]): void {
  const word = text.slice(from, to);
  const glued = GLUED_SENTENCE.exec(word);
  if (glued?.[1] && !ABBREVIATIONS.has(glued[1].toLowerCase())) {
    const cut = from + glued[1].length;
    tokens.push(token(from, cut, "word"), token(cut, cut + 1, "punct"));
    tokens.push(token(cut + 1, to, "word"));
    return;
  }
  const clitic = CLITIC.exec(word);
  if (clitic && clitic.index > 0) {
    const cut = from + clitic.index;
    tokens.push(token(from, cut, wordKind(word)), token(cut, to, "word"));
    return;
  }
  if (text.charCodeAt(to) === 46 /* . */ && keepsPeriod(word)) {
    tokens.push(token(from, to + 1, "word"));
    TOKEN_PATTERN.lastIndex = to + 1;
    return;
  }
  tokens.push(token(from, to, wordKind(word)));
}

/** "Mr." "U.S." "W." keep their period; "said." does not. */
function keepsPeriod(word: string): boolean {
  if (word.length === 1) return LETTER.test(word) && word === word.toUpperCase();
  return INITIALS.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

function wordKind(word: string): TokenKind {
  const first = word.codePointAt(0) ?? 0;
  return first >= 48 && first <= 57
    ? "number"
    : DIGIT.test(word) && !LETTER.test(word)
      ? "number"
      : "word";
}

function kindOfChar(char: string): TokenKind {
  return PUNCTUATION.test(char) ? "punct" : "symbol";
}

function token(start: number, end: number, kind: TokenKind): Token {
  return { span: [start, end], kind };
}
