import { REAL_DOUBLED_NAMES } from "../lexicon/doubled-names.js";

/**
 * "Piotr Piotr Dutkiewicz": a capitalised given name typed twice before a capitalised surname.
 * Lower-case doubles ("had had") never match; known real doubles ("Sirhan Sirhan") are kept;
 * "Boutros Boutros-Ghali" is kept because the surname starts with the name itself.
 */
const DOUBLED_NAME =
  /(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}{1,20})[ \u00a0]+\1[ \u00a0]+(\p{Lu}[\p{L}\p{M}'’-]+)/gu;

export interface DoubledName {
  /** Offset (within the searched text) of the first copy plus the space after it. */
  start: number;
  end: number;
}

export function findDoubledNames(text: string): DoubledName[] {
  const hits: DoubledName[] = [];
  for (const match of text.matchAll(DOUBLED_NAME)) {
    const name = match[1] ?? "";
    const surname = match[2] ?? "";
    if (REAL_DOUBLED_NAMES.has(name.toLowerCase()) || surname.startsWith(name)) continue;
    const secondCopy = match[0].indexOf(name, name.length);
    hits.push({ start: match.index, end: match.index + secondCopy });
  }
  return hits;
}
