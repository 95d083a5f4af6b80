/**
 * Pass 2: a shorter name joins an earlier person whose full name ends with it
 * ("Mr Putin", "Putin's" -> "Vladimir Putin"; "Mr Assad" -> "Bashar al-Assad"). A one-word
 * name the tagger typed otherwise still joins when it is exactly a known person's surname.
 */
import { type Candidate, nameWords, type StageDocument } from "../mention.js";
import { type Cluster, type Clusters, normaliseName } from "./cluster.js";

function endsWith(full: string[], part: string[]): boolean {
  if (part.length === 0 || part.length >= full.length) return false;
  const offset = full.length - part.length;
  return part.every((w, k) => full[offset + k] === w);
}

export function matchSurnames(d: StageDocument, clusters: Clusters, mentions: Candidate[]): void {
  // Person clusters by the last word of each of their names, most recent last.
  const byLastWord = new Map<string, Cluster[]>();
  const indexed = new Set<Cluster>();
  for (const m of mentions) {
    if (m.kind !== "name") continue;
    const own = clusters.clusterOf(m);
    if (!own) continue;
    const short = normaliseName(nameWords(d, m));
    const candidates = byLastWord.get(short[short.length - 1] ?? "") ?? [];
    let target: Cluster | undefined;
    for (let k = candidates.length - 1; k >= 0 && !target; k--) {
      const p = candidates[k] as Cluster;
      if (p !== own && !p.merged && p.names.some((full) => endsWith(full, short))) target = p;
    }
    const fits =
      target !== undefined &&
      (clusters.isPerson(own) || short.length === 1) &&
      own.names.every((n) =>
        target?.names.some((full) => endsWith(full, n) || full.join(" ") === n.join(" ")),
      );
    if (target && fits) {
      clusters.merge(target, own);
      clusters.retypeAsPerson(target);
      continue;
    }
    if (!indexed.has(own) && clusters.isPerson(own)) {
      indexed.add(own);
      for (const name of own.names) {
        const last = name[name.length - 1] ?? "";
        const list = byLastWord.get(last) ?? [];
        list.push(own);
        byLastWord.set(last, list);
      }
    }
  }
}
