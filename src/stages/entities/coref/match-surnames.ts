/**
 * Pass 2: a shorter name joins an earlier person whose full name ends with it
 * ("Mr Putin", "Putin's" -> "Vladimir Putin"; "Mr Assad" -> "Bashar al-Assad"). A one-word
 * name the tagger typed otherwise still joins when it is exactly a known person's surname.
 */
import { OF_LINKS } from "../lexicon/lookup.js";
import { type Candidate, nameWords, type StageDocument } from "../mention.js";
import { type Cluster, type Clusters, normaliseName } from "./cluster.js";

function endsWith(full: string[], part: string[]): boolean {
  if (part.length === 0 || part.length >= full.length) return false;
  const offset = full.length - part.length;
  return part.every((w, k) => full[offset + k] === w);
}

export function matchSurnames(d: StageDocument, clusters: Clusters, mentions: Candidate[]): void {
  // Person clusters with a name of two words or more, by the last word of each such name.
  const byLastWord = new Map<string, Cluster[]>();
  for (const cluster of clusters.live()) {
    if (!clusters.isPerson(cluster)) continue;
    for (const name of cluster.names) {
      // "King of Athens" ends with a place, not a surname: "Athens" alone is the city.
      if (name.length < 2 || name.some((w) => OF_LINKS.has(w))) continue;
      const last = name[name.length - 1] ?? "";
      const list = byLastWord.get(last) ?? [];
      if (!list.includes(cluster)) list.push(cluster);
      byLastWord.set(last, list);
    }
  }
  // First mention of each candidate cluster, kept up to date through merges (no rescans).
  const firstStart = new Map<Cluster, number>();
  const startOf = (c: Cluster): number => {
    let s = firstStart.get(c);
    if (s === undefined) {
      s = clusters.firstStart(c);
      firstStart.set(c, s);
    }
    return s;
  };
  for (const m of mentions) {
    // A cited work ("(Okafor, 2012)") is not its author.
    if (m.kind !== "name" || m.ownType) continue;
    const own = clusters.clusterOf(m);
    if (!own || own.names.some((n) => n.length >= 2)) continue;
    const short = normaliseName(nameWords(d, m));
    if (short.length === 0 || !(clusters.isPerson(own) || short.length === 1)) continue;
    // The nearest full name before the mention; else the first one after it.
    let target: Cluster | undefined;
    let after: Cluster | undefined;
    for (const c of byLastWord.get(short[short.length - 1] ?? "") ?? []) {
      if (c === own || c.merged || !c.names.some((full) => endsWith(full, short))) continue;
      // "Ms Weber" is not "Markus Weber": an honorific's gender must fit the full name's.
      if (m.gender && c.gender && m.gender !== c.gender) continue;
      const first = startOf(c);
      if (first < m.start && (!target || first > startOf(target))) target = c;
      if (first > m.start && (!after || first < startOf(after))) after = c;
    }
    target ??= after;
    if (!target) continue;
    firstStart.set(target, Math.min(startOf(target), m.start));
    clusters.merge(target, own);
    clusters.retypeAsPerson(target);
  }
}
