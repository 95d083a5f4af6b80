/**
 * Pass 3: role nominals. A role in apposition joins its name. Otherwise "the Russian president"
 * joins the earlier person whose roles match (same nationality and the same role, or a role of
 * the same family: "leader" covers "president" and "prime minister"); a person with no known
 * role may take it when no better match exists and nationality does not contradict. The role
 * then becomes an attribute of that person. Unmatched roles start their own entity.
 */

import { isNationalityWord, matchRoleAt } from "../lexicon/lookup.js";
import { ROLE_FAMILIES } from "../lexicon/roles.js";
import type { Candidate } from "../mention.js";
import type { Apposition } from "../refiners/read-appositives.js";
import type { Cluster, Clusters } from "./cluster.js";

interface RoleParts {
  nationality: string | null;
  head: string;
}

/** Nationality word and role head of a role string such as "Russian foreign minister". */
export function parseRole(role: string): RoleParts {
  const words = role.split(" ");
  let nationality: string | null = null;
  let head = "";
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    const cap = w.charAt(0).toUpperCase() + w.slice(1);
    if (
      !nationality &&
      (isNationalityWord(w) || isNationalityWord(cap) || isNationalityWord(w.toUpperCase()))
    ) {
      nationality = (
        isNationalityWord(w) ? w : isNationalityWord(cap) ? cap : w.toUpperCase()
      ).toLowerCase();
      continue;
    }
    const len = matchRoleAt(words, i);
    if (len > 0) {
      head = words.slice(i, i + len).join(" ");
      i += len - 1;
    }
  }
  return { nationality, head };
}

function sameFamily(a: string, b: string): boolean {
  if (a === b) return true;
  return (ROLE_FAMILIES[a]?.includes(b) ?? false) || (ROLE_FAMILIES[b]?.includes(a) ?? false);
}

/** 3: same role and nationality; 2: role matches, nationality unknown; 1: nothing known; 0: conflict. */
function scoreCluster(cluster: Cluster, want: RoleParts): number {
  if (cluster.roles.length === 0) return want.nationality ? 1 : 0;
  let best = 0;
  let conflict = false;
  for (const r of cluster.roles) {
    const have = parseRole(r);
    if (want.nationality && have.nationality && have.nationality !== want.nationality) {
      conflict = true;
      continue;
    }
    if (!sameFamily(want.head, have.head)) continue;
    best = Math.max(best, want.nationality && have.nationality ? 3 : 2);
  }
  if (best > 0) return best;
  return conflict || !want.nationality ? 0 : 1;
}

/** How many distinct earlier entities a role nominal considers, nearest first. */
const MAX_ROLE_CANDIDATES = 40;

export function matchRoles(clusters: Clusters, mentions: Candidate[], ties: Apposition[]): void {
  for (const t of ties) {
    const cluster = clusters.clusterOf(t.name);
    if (cluster) clusters.add(cluster, t.role);
  }
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  sorted.forEach((m, index) => {
    if (m.kind !== "role" || clusters.clusterOf(m)) return;
    const want = parseRole(m.roles[0] ?? "");
    let best: Cluster | null = null;
    let bestScore = 0;
    const seen = new Set<Cluster>();
    // Nearest first, so that among equal scores the most recent entity wins.
    for (let k = index - 1; k >= 0 && seen.size < MAX_ROLE_CANDIDATES; k--) {
      const cluster = clusters.clusterOf(sorted[k] as Candidate);
      if (!cluster || seen.has(cluster)) continue;
      seen.add(cluster);
      if (!clusters.isPerson(cluster)) continue;
      const score = scoreCluster(cluster, want);
      if (score > bestScore) {
        best = cluster;
        bestScore = score;
      }
    }
    if (best) clusters.add(best, m);
    else clusters.create(m);
  });
}
