/**
 * Coreference as a sieve (after Lee et al. 2013): each pass sees the clusters the earlier,
 * more precise passes built. Order: exact names and aliases -> surnames -> roles (apposition,
 * then role nominals) -> pronouns. Groups (NORP) cluster by the place their demonym names.
 */
import type { Entity, EntityType, Mention } from "../../../model.js";
import { DEMONYMS } from "../lexicon/groups.js";
import { type Candidate, nameWords, type StageDocument, spanOf, textOf } from "../mention.js";
import type { Apposition } from "../refiners/read-appositives.js";
import { COARSE_CLASS } from "../refiners/unify-types.js";
import { type Cluster, Clusters } from "./cluster.js";
import { matchNames } from "./match-names.js";
import { matchPronouns } from "./match-pronouns.js";
import { matchRoles } from "./match-roles.js";
import { matchSurnames } from "./match-surnames.js";

function matchGroups(d: StageDocument, clusters: Clusters, mentions: Candidate[]): void {
  const byKey = new Map<string, Cluster>();
  for (const m of mentions) {
    if (m.kind !== "group") continue;
    const word = d.words[m.start] ?? "";
    const key = DEMONYMS[word] || word.replace(/s$/, "");
    const found = byKey.get(key);
    if (found) clusters.add(found, m);
    else byKey.set(key, clusters.create(m));
  }
}

/**
 * The entity's type by vote of its mentions (names count double), first by coarse class (so
 * two GPE and two LOC mentions outvote three PERSON ones), then the commonest fine type within
 * the winning class.
 */
function pickType(cluster: Cluster): EntityType {
  const votes = new Map<EntityType, number>();
  const coarse = new Map<string, number>();
  for (const m of cluster.mentions) {
    if (m.kind === "pronoun") continue;
    const v = m.kind === "name" ? 2 : 1;
    votes.set(m.type, (votes.get(m.type) ?? 0) + v);
    const cls = COARSE_CLASS[m.type];
    coarse.set(cls, (coarse.get(cls) ?? 0) + v);
  }
  let bestClass = "PERSON";
  let bestClassVotes = 0;
  for (const [cls, v] of coarse) {
    if (v > bestClassVotes) {
      bestClass = cls;
      bestClassVotes = v;
    }
  }
  let best: EntityType = "PERSON";
  let bestVotes = 0;
  for (const [t, v] of votes) {
    if (COARSE_CLASS[t] === bestClass && v > bestVotes) {
      best = t;
      bestVotes = v;
    }
  }
  return best;
}

interface NameForm {
  words: number;
  text: string;
}

/** Word count and text (original spacing) of each name mention of a cluster, read once. */
function readNames(d: StageDocument, cluster: Cluster): Map<Candidate, NameForm> {
  const forms = new Map<Candidate, NameForm>();
  for (const m of cluster.mentions) {
    if (m.kind !== "name") continue;
    const words = nameWords(d, m);
    forms.set(m, { words: words.length, text: textOf(d, m.nameStart, m.nameStart + words.length) });
  }
  return forms;
}

function pickName(d: StageDocument, cluster: Cluster, names: Map<Candidate, NameForm>): string {
  let best = "";
  let bestWords = 0;
  for (const [, { words: n, text }] of names) {
    if (n > bestWords || (n === bestWords && text.length > best.length)) {
      best = text;
      bestWords = n;
    }
  }
  if (best) return best;
  const first = cluster.mentions.find((m) => m.kind !== "pronoun") ?? cluster.mentions[0];
  return first ? textOf(d, first.nameStart, first.end) : "";
}

function toEntity(d: StageDocument, cluster: Cluster, id: string): Entity {
  const mentions = [...cluster.mentions].sort((a, b) => a.start - b.start);
  const names = readNames(d, cluster);
  const name = pickName(d, cluster, names);
  const attributes: Record<string, string[]> = {};
  if (cluster.roles.length) attributes.roles = [...cluster.roles];
  const aliases = [
    ...new Set(mentions.filter((m) => m.kind === "name").map((m) => names.get(m)?.text ?? "")),
  ].filter((a) => a !== name && !name.endsWith(a));
  if (aliases.length) attributes.aliases = aliases;
  if (cluster.gender) attributes.gender = [cluster.gender];
  return {
    id,
    name,
    type: pickType(cluster),
    attributes,
    mentions: mentions.map(
      (m): Mention => ({
        span: spanOf(d, m.start, m.end),
        text: textOf(d, m.start, m.end),
        rule: m.rule,
      }),
    ),
  };
}

export function resolveCoreference(
  d: StageDocument,
  mentions: Candidate[],
  ties: Apposition[],
): Entity[] {
  const clusters = new Clusters(d);
  matchNames(d, clusters, mentions);
  matchSurnames(d, clusters, mentions);
  matchRoles(clusters, mentions, ties);
  matchPronouns(clusters, mentions);
  matchGroups(d, clusters, mentions);
  const ordered = clusters.live().sort((a, b) => clusters.firstStart(a) - clusters.firstStart(b));
  return ordered.map((c, i) => toEntity(d, c, `e${i + 1}`));
}
