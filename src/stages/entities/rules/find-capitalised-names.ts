/**
 * People named in text set in capitals ("ORAL ARGUMENT OF GEN. ELIZABETH B. PRELOGAR",
 * "By JOHN SMITH"), where the tagger does not run: a known given name in capitals, optional
 * initials, and a surname in capitals, with an honorific before it taken along ("GEN.").
 * The given name must be known, so "THE PETITIONERS" or "ORAL ARGUMENT" never match.
 */
import { FEMALE_NAME_SET, HONORIFIC_SET, MALE_NAME_SET } from "../lexicon/lookup.js";
import type { Candidate, StageDocument } from "../mention.js";

/** A word in capitals of two letters or more ("PRELOGAR", "O'NEIL", "SMITH-JONES"). */
const CAPITALS = /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u;
/** An initial in capitals ("B.", "B"). */
const INITIAL = /^\p{Lu}\.?$/u;

/** "ELIZABETH" -> "Elizabeth". */
function titleCase(w: string): string {
  return w.charAt(0) + w.slice(1).toLowerCase();
}

/** Known given names written in capitals ("ELIZABETH"): one look-up per capitalised word. */
const GIVEN_NAMES_IN_CAPITALS = new Set(
  [...MALE_NAME_SET, ...FEMALE_NAME_SET].map((n) => n.toUpperCase()),
);

/** Function words in capitals that are never a surname ("IN MAY THE ..."). */
const NOT_SURNAMES = new Set(
  "THE AN AS AND OF IN ON AT TO FOR BY WITH FROM IS WAS ARE OR BUT IT HE SHE WE THEY THIS THAT WILL SAYS SAID HAS HAD".split(
    " ",
  ),
);

/**
 * `common`: words seen mostly in lower case; a given name that is also one ("MAY", "BILL",
 * "MARK") counts only after an honorific.
 */
export function findCapitalisedNames(d: StageDocument, common: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  const { words } = d;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    // Cheap tests first: two capital ASCII letters or a non-ASCII first letter.
    const a = w.charCodeAt(0);
    const b = w.charCodeAt(1);
    if (!(a >= 65 && a <= 90 && b >= 65 && b <= 90)) continue;
    if (!GIVEN_NAMES_IN_CAPITALS.has(w)) continue;
    const sentence = d.sentenceOf[i];
    let end = i + 1;
    while (end < words.length && end - i <= 3 && INITIAL.test(words[end] ?? "")) end++;
    const surname = words[end] ?? "";
    if (d.sentenceOf[end] !== sentence || !CAPITALS.test(surname) || NOT_SURNAMES.has(surname)) {
      continue;
    }
    end++;
    const title = titleCase(words[i - 1] ?? "");
    const titled = i > 0 && d.sentenceOf[i - 1] === sentence && HONORIFIC_SET.has(title);
    if (!titled && common.has(w.toLowerCase())) continue;
    const start = titled ? i - 1 : i;
    out.push({
      kind: "name",
      type: "PERSON",
      start,
      end,
      nameStart: start,
      sentence: sentence ?? -1,
      rule: "entities/person-pattern",
      roles: [],
      gender: null,
    });
    i = end - 1;
  }
  return out;
}
