/**
 * Pass 3: role nominals. A role in apposition joins its name. Otherwise "the Russian president"
 * joins the earlier person whose roles match (same nationality and the same role, or a role of
 * the same family: "leader" covers "president" and "prime minister"); a person with no known
 * role may take it when no better match exists and nationality does not contradict. The role
 * then becomes an attribute of that person. Unmatched roles start their own entity.
 */

import { isNationalityWord, matchRoleAt } from "../lexicon/lookup.js";
import { ROLE_FAMILIES } from "../lexicon/roles.js";
import type { Candidate, StageDocument } from "../mention.js";
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

function lastBefore(cluster: Cluster, start: number): number {
  let last = -1;
  for (const m of cluster.mentions) if (m.start < start && m.start > last) last = m.start;
  return last;
}

export function matchRoles(
  d: StageDocument,
  clusters: Clusters,
  mentions: Candidate[],
  ties: Apposition[],
): void {
  for (const t of ties) {
    const cluster = clusters.clusterOf(t.name);
    if (cluster) clusters.add(cluster, t.role);
  }
  for (const m of mentions) {
    if (m.kind !== "role" || clusters.clusterOf(m)) continue;
    const want = parseRole(m.roles[0] ?? "");
    let best: Cluster | null = null;
    let bestScore = 0;
    let bestLast = -1;
    for (const cluster of clusters.all) {
      if (!clusters.isPerson(cluster)) continue;
      const last = lastBefore(cluster, m.start);
      if (last < 0) continue;
      const score = scoreCluster(cluster, want);
      if (score > bestScore || (score === bestScore && score > 0 && last > bestLast)) {
        best = cluster;
        bestScore = score;
        bestLast = last;
      }
    }
    if (best) clusters.add(best, m);
    else clusters.create(m);
  }
  void d;
}
