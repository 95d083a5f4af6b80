import { REAL_DOUBLED_NAMES } from "../lexicon/doubled-names.js";

/**
 * "Piotr Piotr Dutkiewicz": a capitalised given name typed twice before a capitalised surname.
 * Lower-case doubles ("had had") never match; known real doubles ("Sirhan Sirhan") are kept;
 * "Boutros Boutros-Ghali" is kept because the surname starts with the name itself.
 * A hand-written scan: a back-referencing regex over every paragraph was the slowest part of
 * cleanup.
 */
const MAX_NAME_LENGTH = 21;
const SURNAME = /^\p{Lu}[\p{L}\p{M}'’-]+/u;
const NAME = /^\p{Lu}\p{Ll}+$/u;
/**
 * Cheap first filter: a capitalised word of letters, a space and a capital (A-Z or any code
 * unit from U+00C0) - where a name could be followed by its second copy. A regex finds these
 * faster than a loop over every space.
 */
const CANDIDATE = /[A-Z\u00c0-\u024f][a-z\u00c0-\u024f]+ [A-Z\u00c0-\uffff]/g;

export interface DoubledName {
  /** Offsets (within the searched text) of the first copy plus the space after it. */
  start: number;
  end: number;
}

export function findDoubledNames(text: string): DoubledName[] {
  const hits: DoubledName[] = [];
  CANDIDATE.lastIndex = 0;
  while (CANDIDATE.test(text)) {
    const space = CANDIDATE.lastIndex - 2;
    // The next name may start right after this space.
    CANDIDATE.lastIndex = space + 1;
    const start = wordStartBefore(text, space);
    const length = space - start;
    if (length < 2 || length > MAX_NAME_LENGTH) continue;
    const name = text.slice(start, space);
    if (!text.startsWith(`${name} `, space + 1) || !NAME.test(name)) continue;
    const surname = SURNAME.exec(text.slice(space + length + 2, space + length + 2 + 40))?.[0];
    if (!surname || surname.startsWith(name) || REAL_DOUBLED_NAMES.has(name.toLowerCase()))
      continue;
    hits.push({ start, end: space + 1 });
    CANDIDATE.lastIndex = space + length + 2;
  }
  return hits;
}

/** Start of the word ending at `end`, or `end` itself when a non-letter precedes a letter. */
function wordStartBefore(text: string, end: number): number {
  let i = end;
  while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--;
  if (i > 0 && isWordJoinedBefore(text.charCodeAt(i - 1))) return end;
  return i;
}

const LETTER_MARK_OR_JOINER = /[\p{L}\p{M}'’-]/u;

/** Whether the character before a word glues it to more of a word: a letter, mark, ' ’ or -. */
function isWordJoinedBefore(code: number): boolean {
  // Below 128 only ' and - can match: ASCII letters were already walked over.
  if (code < 128) return code === 39 || code === 45;
  return LETTER_MARK_OR_JOINER.test(String.fromCharCode(code));
}

function isLetter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x24f)
  );
}
