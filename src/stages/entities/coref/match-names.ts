/**
 * Pass 1: exact names, aliases and acronyms. "Isis" / "ISIL" / "Daesh" / "Islamic State" are one
 * entity; "UN" joins "United Nations"; "Washington" joins the US when it acts as a government
 * (not after "in", "to", "from" ...). Persons and non-persons are keyed apart.
 */
import { ALIAS_GROUPS, METONYM_CAPITALS } from "../lexicon/groups.js";
import { type Candidate, nameWords, type StageDocument } from "../mention.js";
import { type Cluster, type Clusters, normaliseName } from "./cluster.js";

const ALIAS_KEY = new Map<string, string>();
for (const group of ALIAS_GROUPS) {
  const canonical = normaliseName((group[0] ?? "").split(" ")).join(" ");
  for (const alias of group) ALIAS_KEY.set(normaliseName(alias.split(" ")).join(" "), canonical);
}
const METONYMS = new Map(
  Object.entries(METONYM_CAPITALS).map(([city, country]) => [
    city,
    normaliseName(country.split(" ")).join(" "),
  ]),
);
/** A capital after one of these is a place, not its government. */
const LOCATIVES = new Set([
  "in",
  "to",
  "from",
  "at",
  "near",
  "outside",
  "around",
  "via",
  "across",
  "into",
  "through",
]);
const ACRONYM_SKIP = new Set(["of", "the", "and", "for", "on", "in", "&"]);

function keyOf(d: StageDocument, c: Candidate, words: string[]): string {
  const raw = words.join(" ");
  const metonym = METONYMS.get(raw);
  if (
    metonym &&
    c.type !== "PERSON" &&
    !LOCATIVES.has((d.words[c.start - 1] ?? "").toLowerCase())
  ) {
    return `X:${metonym}`;
  }
  const norm = normaliseName(words).join(" ");
  const key = ALIAS_KEY.get(norm) ?? norm;
  return `${c.type === "PERSON" ? "P" : "X"}:${key}`;
}

function acronymOf(words: string[]): string {
  return words
    .filter((w) => !ACRONYM_SKIP.has(w.toLowerCase()) && /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

export function matchNames(d: StageDocument, clusters: Clusters, mentions: Candidate[]): void {
  const byKey = new Map<string, Cluster>();
  const byAcronym = new Map<string, Cluster>();
  for (const m of mentions) {
    if (m.kind !== "name") continue;
    const words = nameWords(d, m);
    const key = keyOf(d, m, words);
    const compact = words.join("").replace(/\./g, "");
    // "Ms Weber" after "Mr Weber" is another person: a clash of gender splits one name.
    const same = byKey.get(key);
    const clash = same !== undefined && m.gender && same.gender && same.gender !== m.gender;
    const ownKey = clash ? `${key}|${m.gender}` : key;
    const found = byKey.get(ownKey) ?? (m.type !== "PERSON" ? byAcronym.get(compact) : undefined);
    const cluster = found ?? clusters.create(m);
    if (found) clusters.add(found, m);
    byKey.set(ownKey, cluster);
    if (m.type !== "PERSON" && words.length > 1) {
      const acronym = acronymOf(words);
      if (acronym.length >= 2 && !byAcronym.has(acronym)) byAcronym.set(acronym, cluster);
    }
  }
}
