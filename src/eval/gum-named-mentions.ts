/**
 * Derives flat named-entity spans from GUM's nested mentions, and maps GUM's types to ours.
 *
 * GUM marks every mention (named or not) with one of ten types. A mention counts as NAMED when
 * its syntactic head is a proper noun (UPOS PROPN). Its named span is its minimal span
 * (GUM `minspan`: first to last minimal token), so "the Medical Journal of Australia" gives
 * "Medical Journal of Australia" and "Professor Creswell Eastman" keeps its title, as GUM does.
 * A coordination ("Kirk Bart and Celeste Pollock") is not a name: its conjuncts are. Spans stop
 * at clause material, "et al." and the prepositions "at"/"in"/"on". Nested named mentions inside
 * a named mention are dropped (conlleval is flat).
 *
 * Two kinds of GUM `person` mention with a proper-noun head are not personal names in our
 * scheme (OntoNotes-like): a plural proper noun ("Muslims", "Tatars", "Americans": a group,
 * our NORP, so class OTHER) and a title standing alone with "the" ("the Secretary", "the
 * President": a role nominal, not a name; dropped).
 */
import type { GumDocument, GumMention } from "./read-gum-conllu.js";

/** Tag classes the tagger learns; PLACE is split into GPE/LOC/FAC afterwards by lexicon. */
export type NamedClass = "PERSON" | "PLACE" | "ORG" | "EVENT" | "OTHER";

/**
 * GUM type -> tagger class. `time` and `quantity` are left to the temporal stage;
 * `abstract`/`object`/`substance`/`animal`/`plant` names (laws, works, products, ...) are OTHER.
 */
export const GUM_TYPE_TO_CLASS: Record<string, NamedClass | null> = {
  person: "PERSON",
  place: "PLACE",
  organization: "ORG",
  event: "EVENT",
  abstract: "OTHER",
  object: "OTHER",
  substance: "OTHER",
  animal: "OTHER",
  plant: "OTHER",
  time: null,
  quantity: null,
};

export interface NamedSpan {
  /** Token range [start, end) in the document. */
  start: number;
  end: number;
  cls: NamedClass;
  /** GUM coreference id of the mention. */
  entity: string;
}

const CLAUSE_UPOS = new Set(["PRON", "VERB", "AUX", "SCONJ", "ADV"]);

function isClauseBreak(t: GumDocument["tokens"][number] | undefined): boolean {
  if (!t) return true;
  // "United" in "United States" is a VERB in GUM: capitalised words never break a name.
  if (CLAUSE_UPOS.has(t.upos)) return !/^\p{Lu}/u.test(t.form);
  return /^(?:,|\(|;|et|at|in|on)$/.test(t.form);
}

function isPossessive(t: GumDocument["tokens"][number] | undefined): boolean {
  return t !== undefined && t.deprel === "case" && /^(?:'s|’s|'|’)$/.test(t.form);
}

/**
 * A full personal name (head with `flat` parts) followed by "of"/"from" + its party or place is
 * a name plus an affiliation: "Cheng Chung-tai of Civic Passion" -> "Cheng Chung-tai". Titles
 * built on "of" have no flat parts and keep it ("Earl of Clare", "Emperor of Russia").
 */
function cutAffiliation(doc: GumDocument, head: number, end: number): number {
  let hasFlat = false;
  for (let i = head + 1; i < end; i++) {
    const t = doc.tokens[i];
    if (!t) break;
    if (t.deprel === "flat" && t.head >= head && t.head < i) hasFlat = true;
    if (hasFlat && t.deprel === "case" && /^(?:of|from)$/i.test(t.form)) {
      const object = doc.tokens[t.head];
      if (object && object.head === head && object.deprel.startsWith("nmod")) return i;
    }
  }
  return end;
}

function isCoordination(doc: GumDocument, m: GumMention, head: number): boolean {
  for (let i = m.start; i < m.end; i++) {
    const t = doc.tokens[i];
    if (i !== head && t?.deprel === "conj" && t.head === head) return true;
  }
  return false;
}

/**
 * "the Secretary", "the President": a singular proper-noun head with a definite article and no
 * other proper noun in the mention is a title used as a noun (a role nominal), not a name.
 */
function isBareTitle(doc: GumDocument, m: GumMention, head: number): boolean {
  let article = false;
  for (let i = m.start; i < m.end; i++) {
    const t = doc.tokens[i];
    if (!t || i === head) continue;
    if (t.upos === "PROPN") return false;
    if (t.head === head && t.deprel === "det" && /^the$/i.test(t.form)) article = true;
  }
  return article;
}

/** The mention's syntactic head: the first token whose head lies outside the mention. */
export function findMentionHead(doc: GumDocument, m: GumMention): number {
  for (let i = m.start; i < m.end; i++) {
    const h = doc.tokens[i]?.head ?? -1;
    if (h < m.start || h >= m.end) return i;
  }
  return m.start;
}

/** Flat named spans of a GUM document, outermost first, sorted by position. */
export function deriveNamedSpans(doc: GumDocument): NamedSpan[] {
  const candidates: NamedSpan[] = [];
  for (const m of doc.mentions) {
    const cls = GUM_TYPE_TO_CLASS[m.type];
    if (!cls) continue;
    const head = findMentionHead(doc, m);
    if (doc.tokens[head]?.upos !== "PROPN") continue;
    if (isCoordination(doc, m, head)) continue;
    const group = cls === "PERSON" && doc.tokens[head]?.xpos === "NNPS";
    if (cls === "PERSON" && isBareTitle(doc, m, head)) continue;
    const min = m.minspan.length > 0 ? m.minspan : [head];
    let start = Math.min(...min, head);
    let end = Math.max(...min, head) + 1;
    // Minimal spans can run through an appositive or relative clause: cut at clause material.
    for (let i = head + 1; i < end; i++) if (isClauseBreak(doc.tokens[i])) end = i;
    for (let i = head - 1; i >= start; i--) if (isClauseBreak(doc.tokens[i])) start = i + 1;
    // A possessor before the name is not part of it: "New People Party 's Michael Tien".
    for (let i = head - 1; i >= start; i--) if (isPossessive(doc.tokens[i])) start = i + 1;
    if (cls === "PERSON") end = cutAffiliation(doc, head, end);
    // A possessive or punctuation at the edge is never part of the name.
    while (end > start && /^(?:'s|’s|'|’|[.,;:!?)"”])$/.test(doc.tokens[end - 1]?.form ?? ""))
      end--;
    while (start < end && /^(?:[("“])$/.test(doc.tokens[start]?.form ?? "")) start++;
    if (end <= start) continue;
    candidates.push({ start, end, cls: group ? "OTHER" : cls, entity: m.entity });
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const flat: NamedSpan[] = [];
  let reach = -1;
  for (const c of candidates) {
    if (c.start < reach) continue;
    flat.push(c);
    reach = c.end;
  }
  return flat;
}
