/**
 * Pass 4: he/she pronouns. In the pronoun's sentence the nearest earlier person mention of a
 * compatible gender wins; otherwise, going back sentence by sentence, the first (subject-most)
 * compatible person mention of the nearest sentence that has one. Pronouns with no antecedent
 * within reach are dropped.
 */
import type { Candidate } from "../mention.js";
import type { Cluster, Clusters } from "./cluster.js";

/** How many sentences back a pronoun may look for its antecedent. */
const MAX_SENTENCES_BACK = 3;
/** How many earlier mentions a pronoun may inspect: keeps long sentences linear. */
const MAX_MENTIONS_BACK = 60;

function compatible(
  clusters: Clusters,
  cluster: Cluster | undefined,
  gender: Candidate["gender"],
): boolean {
  if (!cluster || !clusters.isPerson(cluster)) return false;
  return !cluster.gender || !gender || cluster.gender === gender;
}

export function matchPronouns(clusters: Clusters, mentions: Candidate[]): void {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  sorted.forEach((p, index) => {
    if (p.kind !== "pronoun") return;
    let chosen: Cluster | undefined;
    // Same sentence: nearest compatible mention before the pronoun.
    const floor = Math.max(0, index - MAX_MENTIONS_BACK);
    for (let k = index - 1; k >= floor; k--) {
      const m = sorted[k] as Candidate;
      if (m.sentence !== p.sentence) break;
      const c = clusters.clusterOf(m);
      if (compatible(clusters, c, p.gender)) {
        chosen = c;
        break;
      }
    }
    // Earlier sentences: first compatible mention of the nearest sentence that has one.
    let k = index - 1;
    while (!chosen && k >= floor) {
      const sentence = (sorted[k] as Candidate).sentence;
      if (sentence === p.sentence) {
        k--;
        continue;
      }
      if (p.sentence - sentence > MAX_SENTENCES_BACK) break;
      let first: Cluster | undefined;
      while (k >= floor && (sorted[k] as Candidate).sentence === sentence) {
        const c = clusters.clusterOf(sorted[k] as Candidate);
        if (compatible(clusters, c, p.gender)) first = c;
        k--;
      }
      chosen = first;
    }
    if (chosen) clusters.add(chosen, p);
  });
}
