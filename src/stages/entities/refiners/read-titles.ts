/**
 * Separates titles from names: "Mr Putin" -> name "Putin"; "President Vladimir Putin" -> name
 * "Vladimir Putin", role "president"; and reads roles written just before the name
 * ("US President Barack Obama", "the Russian foreign minister Sergei Lavrov"). Sets the gender
 * an honorific or a known given name implies.
 */

import {
  FEMALE_HONORIFIC_SET,
  FEMALE_NAME_SET,
  HONORIFIC_SET,
  isNationalityWord,
  isTitleWord,
  MALE_HONORIFIC_SET,
  MALE_NAME_SET,
  ORG_HEAD_SET,
  PORTFOLIO_SET,
  ROLE_MODIFIER_SET,
  ROLE_WORD_SET,
} from "../lexicon/lookup.js";
import type { Candidate, StageDocument } from "../mention.js";

/** How far before a name a title may start ("the Russian deputy foreign minister X"). */
const MAX_TITLE_WORDS = 5;

function isTitleLike(word: string, next = ""): boolean {
  if (isTitleWord(word) || isNationalityWord(word)) return true;
  const lower = word.toLowerCase();
  if (ROLE_MODIFIER_SET.has(lower)) return true;
  // "Transport Minister", "Home Secretary": a portfolio only before a role word.
  return PORTFOLIO_SET.has(lower) && ROLE_WORD_SET.has(next.toLowerCase());
}

function roleOf(words: string[]): string | null {
  const kept = words.filter((w) => !HONORIFIC_SET.has(w) || ROLE_WORD_SET.has(w.toLowerCase()));
  if (!kept.some((w) => ROLE_WORD_SET.has(w.toLowerCase()))) return null;
  return kept.map((w) => (isNationalityWord(w) ? w : w.toLowerCase())).join(" ");
}

/** "President Bashar al-Assad" typed as a place by the tagger is still a person; "Foreign Ministry" is not. */
function isTitledPerson(
  d: StageDocument,
  titles: string[],
  nameStart: number,
  end: number,
): boolean {
  const titled = titles.some((w) => HONORIFIC_SET.has(w) || ROLE_WORD_SET.has(w.toLowerCase()));
  if (!titled) return false;
  const rest = d.words.slice(nameStart, end);
  return (
    rest.length > 0 && /^\p{Lu}/u.test(rest[0] ?? "") && !rest.some((w) => ORG_HEAD_SET.has(w))
  );
}

export function readTitles(d: StageDocument, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.kind !== "name") {
      out.push(c);
      continue;
    }
    // A "name" made only of titles ("Russian President") is a role, not a name.
    const words = d.words.slice(c.start, c.end);
    if (words.every((w, k) => isTitleLike(w, words[k + 1]))) continue;
    let s = c.start;
    while (s < c.end - 1 && isTitleLike(d.words[s] ?? "", d.words[s + 1])) s++;
    const inside = d.words.slice(c.start, s);
    let b = c.start;
    while (
      b > 0 &&
      c.start - b < MAX_TITLE_WORDS &&
      d.sentenceOf[b - 1] === c.sentence &&
      isTitleLike(d.words[b - 1] ?? "", d.words[b])
    )
      b--;
    // Lower-case words count as a title only after "the" ("the Russian foreign minister X").
    if (!/^the$/i.test(d.words[b - 1] ?? "")) {
      while (b < c.start && /^\p{Ll}/u.test(d.words[b] ?? "")) b++;
    }
    // "General Assembly", "General Council": a title before organisation words only names a body.
    if (s < c.end && d.words.slice(s, c.end).every((w) => ORG_HEAD_SET.has(w))) {
      if (c.type === "PERSON") c.type = "ORG";
      out.push(c);
      continue;
    }
    const before = d.words.slice(b, c.start);
    const titles = [...before, ...inside];
    if (titles.length > 0 && (c.type === "PERSON" || isTitledPerson(d, titles, s, c.end))) {
      const role = roleOf(titles);
      if (role) c.roles.push(role);
      if (titles.some((w) => HONORIFIC_SET.has(w) || ROLE_WORD_SET.has(w.toLowerCase())))
        c.type = "PERSON";
      c.nameStart = s;
      if (titles.some((w) => MALE_HONORIFIC_SET.has(w))) c.gender = "male";
      if (titles.some((w) => FEMALE_HONORIFIC_SET.has(w))) c.gender = "female";
    }
    if (c.type === "PERSON" && !c.gender) {
      const first = d.words[c.nameStart] ?? "";
      if (MALE_NAME_SET.has(first) && !FEMALE_NAME_SET.has(first)) c.gender = "male";
      else if (FEMALE_NAME_SET.has(first) && !MALE_NAME_SET.has(first)) c.gender = "female";
    }
    out.push(c);
  }
  return out;
}
