import type { Entity, QuoteSpeaker, Span } from "../../model.js";

/** Pronouns resolved to an earlier speaker or person rather than named in place. */
const PERSON_PRONOUNS = new Set(["he", "she", "i", "him", "her"]);
const GROUP_PRONOUNS = new Set(["they", "we", "it", "who", "which"]);

interface MentionRef {
  entity: Entity;
  span: Span;
}

/** Every entity mention in text order, for nearest-before look-ups. */
export function indexMentions(entities: Entity[]): MentionRef[] {
  const out: MentionRef[] = [];
  for (const entity of entities)
    for (const m of entity.mentions) out.push({ entity, span: m.span });
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

/**
 * Resolves a source span to a speaker: the entity whose mention overlaps it (its canonical
 * name), else for a pronoun the latest speaker or person before it, else the span's own words.
 */
export function resolveSpeaker(
  text: string,
  source: Span,
  mentions: MentionRef[],
  previous: QuoteSpeaker | null,
): QuoteSpeaker {
  const words = text.slice(source[0], source[1]);
  const lower = words.toLowerCase();
  // The head NP: before an apposition or parenthesis ("Piotr Dutkiewicz, a Russia expert ...").
  const cut = words.search(/,\s|\s\(/);
  const headEnd = cut > 0 ? source[0] + cut : source[1];
  // Mentions starting before the head's end, nearest first (binary search, bounded scan).
  const upto = firstStartingAt(mentions, headEnd);
  let best: MentionRef | null = null;
  for (let k = upto - 1; k >= 0 && upto - k <= MAX_SCAN; k--) {
    const m = mentions[k] as MentionRef;
    if (m.span[1] <= source[0]) continue;
    // A mention after a preposition is not the source ("a communique in Baghdad").
    if (PREPOSITION_BEFORE.test(text.slice(source[0], Math.max(source[0], m.span[0])))) continue;
    // The mention nearest the end of the head is the speaker: "Trump's manager Kellyanne Conway".
    if (!best || m.span[1] > best.span[1]) best = m;
  }
  // "Petrova's spokeswoman, Lena Braun, said", "His deputy, Anna Kowal, said": the possessor is
  // not the speaker, the name in the apposition is. Without one, a person noun is someone else
  // ("Her spokesman said": unnamed), while "Trump's campaign said" stays with its possessor.
  if (best && isPossessor(text, best, headEnd)) {
    const named = mentionWithin(mentions, headEnd, source[1]);
    if (named) return { entity: named.entity.id, name: named.entity.name, span: source };
    const head = /(\p{L}+)\W*$/u.exec(text.slice(best.span[1], headEnd))?.[1]?.toLowerCase();
    if (head && PERSON_NOUNS.has(head)) return { entity: null, name: words, span: source };
  }
  if (best) return { entity: best.entity.id, name: best.entity.name, span: source };
  // "The company's chief executive, Maria Lopez, said": a description, then the name.
  if (headEnd < source[1]) {
    const named = mentionWithin(mentions, headEnd, source[1]);
    if (named) return { entity: named.entity.id, name: named.entity.name, span: source };
  }
  if (PERSON_PRONOUNS.has(lower) || GROUP_PRONOUNS.has(lower)) {
    const person = PERSON_PRONOUNS.has(lower);
    if (previous) return { entity: previous.entity, name: previous.name, span: source };
    const from = firstStartingAt(mentions, source[0]);
    for (let k = from - 1; k >= 0 && from - k <= MAX_SCAN; k--) {
      const m = mentions[k] as MentionRef;
      if (!person || m.entity.type === "PERSON") {
        return { entity: m.entity.id, name: m.entity.name, span: source };
      }
    }
  }
  return { entity: null, name: words, span: source };
}

/** A possessive mark right after a mention, then the head noun: "Petrova's spokeswoman". */
const POSSESSIVE_AFTER = /^['’]s?\s+\S/;
const POSSESSIVE_PRONOUN = /^(?:his|her|their|its)$/i;

/** Whether a mention owns the head noun after it: "Petrova's spokeswoman", "His deputy". */
function isPossessor(text: string, mention: MentionRef, headEnd: number): boolean {
  const after = text.slice(mention.span[1], headEnd);
  if (POSSESSIVE_AFTER.test(after)) return true;
  return POSSESSIVE_PRONOUN.test(text.slice(...mention.span)) && /^\s+\S/.test(after);
}

/** Head nouns naming a person other than the possessor: "her spokesman", "his lawyer". */
const PERSON_NOUNS = new Set([
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "deputy",
  "aide",
  "aides",
  "adviser",
  "advisor",
  "assistant",
  "secretary",
  "lawyer",
  "lawyers",
  "attorney",
  "attorneys",
  "wife",
  "husband",
  "son",
  "daughter",
  "mother",
  "father",
  "brother",
  "sister",
  "friend",
  "colleague",
  "partner",
  "successor",
  "predecessor",
  "opponent",
  "rival",
  "doctor",
  "coach",
  "manager",
  "agent",
  "biographer",
  "chief",
]);

/** The first mention lying inside [from, to), if any. */
function mentionWithin(mentions: MentionRef[], from: number, to: number): MentionRef | null {
  const first = mentions[firstStartingAt(mentions, from)];
  return first && first.span[1] <= to ? first : null;
}

/** Source text before a mention that ends in a preposition. */
const PREPOSITION_BEFORE = /\b(?:in|of|from|at|for|on|with|by|to|near)\s+(?:the\s+)?$/i;

/** How many earlier mentions are looked at for one source. */
const MAX_SCAN = 200;

/** Index of the first mention starting at or after `at`. */
function firstStartingAt(mentions: MentionRef[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as MentionRef).span[0] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
