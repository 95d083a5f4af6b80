/** Clusters of mentions built by the coreference passes (one cluster = one entity). */
import type { Candidate, StageDocument } from "../mention.js";
import { nameWords } from "../mention.js";

export interface Cluster {
  mentions: Candidate[];
  /** Counts of person and other mentions, kept up to date so that isPerson is O(1). */
  persons: number;
  others: number;
  /** Set when merged into another cluster. */
  merged: boolean;
  roles: string[];
  gender: "male" | "female" | null;
  /** Normalised name word lists of the cluster's names. */
  names: string[][];
  /** The same names joined by spaces, to test for a known name without joining them all. */
  nameKeys: string[];
}

/** Particles ignored when names are compared ("Bashar al-Assad" ~ "Mr Assad"). */
const PARTICLES = new Set(["al", "el", "bin", "ibn", "de", "van", "von", "der", "da", "di", "le"]);

/** Whether a word holds a character the prefix and possessive rules of normaliseWord look at. */
function hasMarks(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c === 45 || c === 39 || c === 46 || c === 0x2019) return true; // - ' . ’
  }
  return false;
}

/** A name word lower-cased without "al-" or a possessive; null for particles and punctuation. */
function normaliseWord(w: string): string | null {
  let lw = w.toLowerCase();
  if (hasMarks(w)) {
    lw = lw.replace(/^(?:al|el|ad|as|ar)-/, "").replace(/[’']s$/, "");
    if (/^[’'.]+$/.test(lw)) return null;
  }
  return PARTICLES.has(lw) || lw === "" ? null : lw;
}

/** Lower-cased name words without particles, possessives or an "al-" prefix. */
export function normaliseName(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const lw = normaliseWord(w);
    if (lw === null || (lw === "the" && out.length === 0)) continue;
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
    const cluster: Cluster = {
      mentions: [],
      persons: 0,
      others: 0,
      merged: false,
      roles: [],
      gender: null,
      names: [],
      nameKeys: [],
    };
    this.all.push(cluster);
    this.add(cluster, c);
    return cluster;
  }

  add(cluster: Cluster, c: Candidate): void {
    cluster.mentions.push(c);
    this.of.set(c, cluster);
    if (c.kind !== "group" && c.type === "PERSON") cluster.persons++;
    else cluster.others++;
    for (const r of c.roles) if (!cluster.roles.includes(r)) cluster.roles.push(r);
    if (!cluster.gender && c.gender) cluster.gender = c.gender;
    if (c.kind === "name") {
      // Distinct name forms only: a name repeated a thousand times is compared once.
      const name = normaliseName(nameWords(this.d, c));
      const key = name.join(" ");
      if (!cluster.nameKeys.includes(key)) {
        cluster.names.push(name);
        cluster.nameKeys.push(key);
      }
    }
  }

  merge(into: Cluster, from: Cluster): void {
    if (into === from) return;
    for (const m of from.mentions) this.add(into, m);
    from.mentions = [];
    from.merged = true;
  }

  /** Marks the name mentions of a cluster as a person's (after a surname match). */
  retypeAsPerson(cluster: Cluster): void {
    for (const m of cluster.mentions) {
      if (m.kind === "name" && m.type !== "PERSON") {
        m.type = "PERSON";
        cluster.persons++;
        cluster.others--;
      }
    }
  }

  /** Clusters still alive (not merged away). */
  live(): Cluster[] {
    return this.all.filter((c) => !c.merged && c.mentions.length > 0);
  }

  /** Whether the cluster is (mostly) a person. */
  isPerson(cluster: Cluster): boolean {
    return cluster.persons > cluster.others;
  }

  /** The first token index of the cluster's first mention. */
  firstStart(cluster: Cluster): number {
    return cluster.mentions.reduce((min, m) => Math.min(min, m.start), Number.POSITIVE_INFINITY);
  }
}
