/**
 * Pass 2: a shorter name joins an earlier person whose full name ends with it
 * ("Mr Putin", "Putin's" -> "Vladimir Putin"; "Mr Assad" -> "Bashar al-Assad"). A one-word
 * name the tagger typed otherwise still joins when it is exactly a known person's surname.
 */
import type { Candidate } from "../mention.js";
import type { Cluster, Clusters } from "./cluster.js";

function endsWith(full: string[], part: string[]): boolean {
  if (part.length === 0 || part.length >= full.length) return false;
  const offset = full.length - part.length;
  return part.every((w, k) => full[offset + k] === w);
}

export function matchSurnames(clusters: Clusters, mentions: Candidate[]): void {
  const persons: Cluster[] = [];
  const seen = new Set<Cluster>();
  for (const m of mentions) {
    if (m.kind !== "name") continue;
    const own = clusters.clusterOf(m);
    if (!own) continue;
    const ownNames = own.names;
    const short = ownNames.reduce((a, b) => (b.length < a.length ? b : a), ownNames[0] ?? []);
    const target = [...persons]
      .reverse()
      .find((p) => p !== own && p.names.some((full) => endsWith(full, short)));
    if (target && (clusters.isPerson(own) || short.length === 1)) {
      if (
        ownNames.every((n) =>
          target.names.some((full) => endsWith(full, n) || full.join(" ") === n.join(" ")),
        )
      ) {
        clusters.merge(target, own);
        for (const x of target.mentions) if (x.kind === "name") x.type = "PERSON";
        continue;
      }
    }
    if (!seen.has(own) && clusters.isPerson(own)) {
      seen.add(own);
      persons.push(own);
    }
  }
}
