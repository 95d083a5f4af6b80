/**
 * Which lexicons a word form belongs to, as bits, looked up once per token when the document is
 * prepared. A rule that scans every token tests its bit first and runs its own lookups only on
 * the few tokens that have it: one hash lookup per token for the whole stage instead of one per
 * rule. Each bit is a superset filter; the rules keep their exact tests.
 */

/** Honorifics, titles before names and given names (findPersonPatterns). */
export const PERSON_START = 1;
/** First words of gazetteer phrases (markGazetteer). */
export const GAZETTEER_PHRASE = 2;
/** First words of lexicon names (findGazetteerNames). */
export const GAZETTEER_NAME = 4;
/** Demonyms (findGroups). */
export const DEMONYM = 8;
/** Personal pronouns in lower case or capitalised (findPronouns). */
export const PRONOUN = 16;

const FLAGS = new Map<string, number>();

/** Sets a bit on words; called once per lexicon when its module loads. */
export function flagWords(words: Iterable<string>, bit: number): void {
  for (const w of words) FLAGS.set(w, (FLAGS.get(w) ?? 0) | bit);
}

/** The bits of each word. */
export function flagsOf(words: readonly string[]): Uint8Array {
  const flags = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) flags[i] = FLAGS.get(words[i] ?? "") ?? 0;
  return flags;
}
