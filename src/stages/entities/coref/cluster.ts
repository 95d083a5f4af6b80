/** Clusters of mentions built by the coreference passes (one cluster = one entity). */
import type { Candidate, StageDocument } from "../mention.js";
import { nameWords } from "../mention.js";

export interface Cluster {
  mentions: Candidate[];
  roles: string[];
  gender: "male" | "female" | null;
  /** Normalised name word lists of the cluster's names. */
  names: string[][];
}

/** Particles ignored when names are compared ("Bashar al-Assad" ~ "Mr Assad"). */
const PARTICLES = new Set(["al", "el", "bin", "ibn", "de", "van", "von", "der", "da", "di", "le"]);

/** Lower-cased name words without particles, possessives or an "al-" prefix. */
export function normaliseName(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const lw = w
      .toLowerCase()
      .replace(/^(?:al|el|ad|as|ar)-/, "")
      .replace(/[’']s$/, "");
    if (lw === "the" && out.length === 0) continue;
    if (PARTICLES.has(lw) || lw === "" || /^[’'.]+$/.test(lw)) continue;
    out.push(lw);
  }
  return out;
}

export class Clusters {
  readonly all: Cluster[] = [];
  private readonly of = new Map<Candidate, Cluster>();

  constructor(private readonly d: StageDocument) {}

  clusterOf(c: Candidate): Cluster | undefined {
    return this.of.get(c);
  }

  create(c: Candidate): Cluster {
    const cluster: Cluster = { mentions: [], roles: [], gender: null, names: [] };
    this.all.push(cluster);
    this.add(cluster, c);
    return cluster;
  }

  add(cluster: Cluster, c: Candidate): void {
    cluster.mentions.push(c);
    this.of.set(c, cluster);
    for (const r of c.roles) if (!cluster.roles.includes(r)) cluster.roles.push(r);
    if (!cluster.gender && c.gender) cluster.gender = c.gender;
    if (c.kind === "name") cluster.names.push(normaliseName(nameWords(this.d, c)));
  }

  merge(into: Cluster, from: Cluster): void {
    if (into === from) return;
    for (const m of from.mentions) this.add(into, m);
    from.mentions = [];
    const i = this.all.indexOf(from);
    if (i >= 0) this.all.splice(i, 1);
  }

  /** Whether the cluster is (mostly) a person. */
  isPerson(cluster: Cluster): boolean {
    let person = 0;
    let other = 0;
    for (const m of cluster.mentions) {
      if (m.kind === "group") other++;
      else if (m.type === "PERSON") person++;
      else other++;
    }
    return person > other;
  }

  /** The first token index of the cluster's first mention. */
  firstStart(cluster: Cluster): number {
    return cluster.mentions.reduce((min, m) => Math.min(min, m.start), Number.POSITIVE_INFINITY);
  }
}
