import { MONTH_NAMES, WEEKDAY_NAMES } from "../../../lexicon/calendar-names.js";
import type { Span } from "../../../model.js";
import { chooseClauseBounds } from "../bound-model.js";
import {
  type Draft,
  findSourceBefore,
  isCueHead,
  regionAt,
  regionStartingAfter,
  regionsWithin,
  type SentenceContext,
  spanOfWords,
} from "../context.js";
import type { QuoteRegion } from "../find-quote-regions.js";
import {
  CLAUSE_AUXILIARIES,
  CORE_CUES,
  FINAL_PUNCT,
  NON_SPEECH_OBJECTS,
  SUBJECT_PRONOUNS,
  TELL_VERBS,
  TIME_WORDS,
} from "../lexicon/cue-words.js";
import type { Word } from "../read-words.js";
import { findTellObject } from "../refiners/find-tell-object.js";

/** Particles PolNeAR puts in the cue: "complained about", "pointed out", "called for". */
const CUE_PARTICLES = new Set(["about", "out", "for", "of", "up"]);
/** Prepositions that open adjuncts rather than reported content. */
const ADJUNCT_OPENERS = new Set([
  "during",
  "by",
  "at",
  "in",
  "on",
  "from",
  "with",
  "after",
  "before",
  "since",
  "while",
  "when",
  "into",
  "onto",
  "through",
]);

/** Longest reported clause, in words: keeps run-on "sentences" of odd input linear. */
const MAX_CLAUSE_WORDS = 150;

/** How far after the cue a "that" may still open the clause. */
const THAT_WINDOW = 6;
/** Words that, after a comma, start a new clause the content does not run into. */
const CLAUSE_BREAKERS = new Set([
  "though",
  "although",
  "but",
  "while",
  "whereas",
  "even",
  "adding",
  "saying",
  "noting",
  "according",
]);

/** How many words an adjunct between the cue and its clause may take. */
const ADJUNCT_WINDOW = 12;

/**
 * Start of the clause after an adjunct ("said during his address an hour earlier was ..."):
 * a "that", a pronoun and its auxiliary, or a bare auxiliary, with no punctuation on the way;
 * -1 when there is none.
 */
function findClauseAfterAdjunct(words: Word[], from: number, limit: number): number {
  const stop = Math.min(limit, from + ADJUNCT_WINDOW);
  for (let k = from + 1; k < stop; k++) {
    const w = words[k] as Word;
    if (w.punct) return -1;
    if (w.lower === "that") return k;
    if (!CLAUSE_AUXILIARIES.has(w.lower)) continue;
    return SUBJECT_PRONOUNS.has((words[k - 1] as Word).lower) ? k - 1 : k;
  }
  return -1;
}

/** Words that may fill a time adjunct besides month, weekday and time words and numbers. */
const TIME_FILLERS = new Set(["on", "in", "at", "the", "last", "this", "next", "early", "late"]);
const CALENDAR = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES].map((w) => w.toLowerCase()));

/** True when words [from, to) only say when: "Tuesday", "last week", "in early March 2016". */
function isTimeAdjunct(words: Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = (words[k] as Word).lower;
    const timely =
      TIME_WORDS.has(w) || CALENDAR.has(w) || TIME_FILLERS.has(w) || /^[\d.,]+$/.test(w);
    if (!timely) return false;
  }
  return true;
}

/** Cue verbs that also name acts with an object: "called the meeting", "wrote a book". */
const ACT_VERBS = new Set([
  "call",
  "calls",
  "called",
  "calling",
  "write",
  "writes",
  "wrote",
  "writing",
]);
/** "declined to comment", "refused to elaborate": the content is that nothing was said. */
const REFUSED_SPEECH =
  /^to (?:comment|elaborate|speculate|say|respond|discuss)(?: (?:further|on it|on the matter|publicly))?$/;

function isRefusalToSpeak(words: Word[], from: number, to: number): boolean {
  const content = words.slice(from, to).filter((w) => !w.punct);
  return REFUSED_SPEECH.test(content.map((w) => w.lower).join(" "));
}

/** Words that show a clause (a verb group or a complementiser) rather than a noun phrase. */
const CLAUSE_WORDS = new Set([
  ...CLAUSE_AUXILIARIES,
  ..."be been am shall must do does did that if whether not".split(" "),
]);

function hasClauseWord(words: Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = words[k] as Word;
    if (CLAUSE_WORDS.has(w.lower) || /(?:ed|ing)$/.test(w.lower)) return true;
  }
  return false;
}

/** Determiners before an object noun, and how many modifiers may stand between. */
const OBJECT_DETERMINERS = new Set(["a", "an", "the", "another"]);
const MAX_OBJECT_MODIFIERS = 2;

/**
 * True when the cue's object makes it an act ("called the meeting to order", "wrote a book
 * about ferries that sold well") and no quotation or participle with "that" reports speech.
 */
function opensWithNonSpeechObject(words: Word[], from: number, to: number): boolean {
  if (!OBJECT_DETERMINERS.has((words[from] as Word).lower)) return false;
  let noun = -1;
  for (let k = from + 1; k < to && k <= from + 1 + MAX_OBJECT_MODIFIERS; k++) {
    const w = words[k] as Word;
    if (w.punct) return false;
    if (NON_SPEECH_OBJECTS.has(w.lower)) {
      noun = k;
      break;
    }
  }
  if (noun < 0) return false;
  for (let k = noun + 1; k < to; k++) {
    const w = words[k] as Word;
    if (/^["“”‘’'`]+$/.test(w.text)) return false;
    // "a letter arguing that ...": a participle reports speech; "books that sold" does not.
    if (w.lower === "that" && /(?:ing|ed)$/.test(words[k - 1]?.lower ?? "")) return false;
  }
  return true;
}

/** Words that make a lead a clause of its own, which the content keeps ("that it was, “...”"). */
const LEAD_CLAUSE_WORDS = new Set([
  ...CLAUSE_AUXILIARIES,
  "that",
  "whether",
  "how",
  "what",
  "why",
  "if",
  "do",
  "does",
  "did",
]);

/** True when the text from `from` to a quotation at `open` is a phrase with no verb, then a comma. */
function isAdjunctLead(ctx: SentenceContext, from: number, open: number): boolean {
  if (!/,\s*$/.test(ctx.text.slice(from, open))) return false;
  return ctx.words.every(
    (w) => w.start < from || w.start >= open || !LEAD_CLAUSE_WORDS.has(w.lower),
  );
}

/** A quotation right after a colon within a few words of `from` (no other punctuation first). */
function findQuotationAfterColon(ctx: SentenceContext, from: number): QuoteRegion | null {
  const { words } = ctx;
  const stop = Math.min(words.length, from + ADJUNCT_WINDOW);
  for (let k = from; k < stop; k++) {
    const w = words[k] as Word;
    if (regionAt(ctx, w.start)) return null;
    if (w.text === ":") return regionStartingAfter(ctx, w.end);
    if (w.punct) return null;
  }
  return null;
}

/** Index of a "that" within a few words after `from`, with no punctuation before it, or -1. */
function findNearbyThat(words: Word[], from: number): number {
  for (let k = from; k < words.length && k < from + THAT_WINDOW; k++) {
    const w = words[k] as Word;
    if (w.punct) return -1;
    if (w.lower === "that") return k;
  }
  return -1;
}

/** End of the reported clause: the sentence's end, or a comma before a new clause. */
function findClauseEnd(ctx: SentenceContext, from: number): number {
  const { words } = ctx;
  const stop = Math.min(words.length, from + MAX_CLAUSE_WORDS);
  for (let k = from + 1; k + 1 < stop; k++) {
    const w = words[k] as Word;
    if (w.text !== "," || regionAt(ctx, w.start)) continue;
    const n = words[k + 1] as Word;
    if (CLAUSE_BREAKERS.has(n.lower) || (n.lower.endsWith("ing") && isCueHead(words, k + 1)))
      return k;
  }
  return stop;
}

/** Words that open the reported clause after a tell-verb's addressee. */
const CLAUSE_OPENERS = new Set([
  "that",
  "how",
  "what",
  "why",
  "whether",
  "if",
  "to",
  "about",
  "of",
]);

/** What the clause rule has read before choosing the clause's bounds. */
export interface ClausePlan {
  source: Span;
  cue: Span;
  addressee: Span | null;
  /** A quotation opening right after the cue: the content is that quotation. */
  region: QuoteRegion | null;
  /**
   * The words before an attribution set off by commas ("But, he added, “...”", "It is time to
   * lead, he said, “...”"): PolNeAR counts them as a piece of the content.
   */
  lead: Span | null;
  /** The rules' guess of the clause, as word indices [start, end). */
  guess: [number, number];
  /** The sentence's last word (exclusive) without final punctuation. */
  limit: number;
}

/**
 * Reads the speaker before the cue, the cue's particles and addressee, and guesses the clause:
 * from after the cue ("that" included) to the sentence's end or a comma before a new clause.
 */
export function planClause(
  ctx: SentenceContext,
  cueStart: number,
  head: number,
  inherited: Span | null = null,
): ClausePlan | null {
  const { words } = ctx;
  const src = inherited ? null : findSourceBefore(words, cueStart);
  if (!src && !inherited) return null;
  let next = head + 1;
  let addressee: Span | null = null;
  const headWord = words[head] as Word;
  if (
    TELL_VERBS.has(headWord.lower) &&
    next < words.length &&
    !CLAUSE_OPENERS.has((words[next] as Word).lower)
  ) {
    addressee = findTellObject(words, head);
    if (addressee) next = words.findIndex((x) => x.start >= (addressee as Span)[1]);
    if (next < 0) next = words.length;
  }
  // "said Friday that ...", "said in a statement that ...": the clause starts at "that".
  const that = findNearbyThat(words, next);
  if (that > next) next = that;
  let cueEnd = head + 1;
  // "declined to say whether ...": an infinitive reporting verb after the head joins the cue.
  if (
    next === head + 1 &&
    words[next]?.lower === "to" &&
    CORE_CUES.has(words[next + 1]?.lower ?? "") &&
    next + 2 < words.length
  ) {
    cueEnd = next + 2;
    next += 2;
  } else if (
    next === head + 1 &&
    CUE_PARTICLES.has((words[next] as Word | undefined)?.lower ?? "")
  ) {
    cueEnd = next + 1;
    next++;
  }
  const cue = spanOfWords(words, cueStart, cueEnd);
  const source = src ? spanOfWords(words, src[0], src[1]) : (inherited as Span);
  const region = regionStartingAfter(
    ctx,
    next < words.length ? (words[next - 1] as Word).end : cue[1],
  );
  // ", the operator said, ...": an attribution set off by commas splits a clause around it
  // (content-speaker-cue reads both halves), unless a quotation follows.
  const setOff = src !== null && words[src[0] - 1]?.text === "," && words[head + 1]?.text === ",";
  if (!region && setOff) return null;
  const lead = region && setOff ? leadBefore(ctx, region, (src as [number, number])[0] - 1) : null;
  // Skip the punctuation between cue and clause (", " or ": ").
  while (
    next < words.length &&
    (words[next] as Word).punct &&
    !regionAt(ctx, (words[next] as Word).start)
  )
    next++;
  let last = findClauseEnd(ctx, next);
  while (last > next && FINAL_PUNCT.has((words[last - 1] as Word).text)) last--;
  let limit = Math.min(words.length, next + MAX_CLAUSE_WORDS);
  while (limit > next && FINAL_PUNCT.has((words[limit - 1] as Word).text)) limit--;
  return { source, cue, addressee, region, lead, guess: [next, last], limit };
}

/**
 * The words before an attribution set off by commas when the quotation after it goes on their
 * sentence, opening in lower case ("An economic downturn, he said, “could be a good time”"). A
 * fronted adjunct ("Asked if ..., he said, “Well, ...”") or a lone "But," is not (PolNeAR).
 */
function leadBefore(ctx: SentenceContext, region: QuoteRegion, comma: number): Span | null {
  const { words } = ctx;
  let s = 0;
  while (s < comma && (words[s] as Word).punct) s++;
  if (s >= comma) return null;
  const first = region.pieces[0];
  const continues = first !== undefined && /^\s*\p{Ll}/u.test(ctx.text.slice(first[0], first[1]));
  return continues ? spanOfWords(words, s, comma) : null;
}

/**
 * Mr Putin said (that) Moscow was close ... / He told reporters: “...” — the speaker, the cue,
 * then the content: a quotation opening right after, or the clause, its bounds chosen by the
 * boundary model among the words around the rules' guess.
 */
export function matchSpeakerCueContent(
  ctx: SentenceContext,
  cueStart: number,
  head: number,
  inherited: Span | null = null,
): Draft | null {
  const { words, text } = ctx;
  const plan = planClause(ctx, cueStart, head, inherited);
  if (!plan) return null;
  const quoted = draftQuotation(ctx, plan);
  if (quoted) return quoted;
  const { source, cue, addressee } = plan;
  if (plan.guess[1] - plan.guess[0] < 2) return null;
  let [next, last] = chooseClauseBounds(words, head, plan.guess, plan.limit);
  if (last <= next) return null;
  // A content opening with a preposition is an adjunct, not what was said ("spoke during ..."),
  // unless a clause follows it ("a leader X said during his speech was bombing civilians").
  if (ADJUNCT_OPENERS.has((words[next] as Word).lower)) {
    const after = findClauseAfterAdjunct(words, next, plan.limit);
    if (after < 0) return null;
    next = after;
    if (last <= next) last = plan.guess[1];
    if (last - next < 2) return null;
  }
  // "The council agreed on Tuesday.": a date is when, not what.
  if (isTimeAdjunct(words, next, last)) return null;
  if (ACT_VERBS.has((words[head] as Word).lower) && opensWithNonSpeechObject(words, head + 1, last))
    return null;
  if (isRefusalToSpeak(words, next, last)) return null;
  // "..., the minister told parliament on Tuesday.": who was told is no content.
  if (
    addressee &&
    (words[next] as Word).start <= addressee[0] &&
    !hasClauseWord(words, next, last)
  ) {
    return null;
  }
  let end = (words[last - 1] as Word).end;
  const start = (words[next] as Word).start;
  const inside = regionsWithin(ctx, start, end);
  // A quotation that opens in the clause runs to its closing mark.
  const lastInside = inside.at(-1);
  if (lastInside && lastInside.close > end) end = lastInside.close;
  while (end > start && /[\s,;:]/.test(text[end - 1] ?? "")) end--;
  // "explained it this way: “...”": a colon hands over to the quotation, which is the content.
  const introduced = inside.find((r) => r.open > start && /:\s*$/.test(text.slice(start, r.open)));
  if (introduced && introduced.close >= end) {
    const rule = "quotes/speaker-cue-quote";
    return draft(ctx, [...introduced.pieces], source, cue, addressee, [introduced], rule);
  }
  // "said last week in Tel Aviv, “...”": an adjunct and a comma before a quotation that ends the
  // clause; the quotation is what was said.
  const afterAdjunct = inside.find((r) => r.open > start && r.close >= end);
  if (afterAdjunct && isAdjunctLead(ctx, start, afterAdjunct.open)) {
    const rule = "quotes/speaker-cue-quote";
    return draft(ctx, [...afterAdjunct.pieces], source, cue, addressee, [afterAdjunct], rule);
  }
  const rule = inherited ? "quotes/shared-subject-clause" : "quotes/speaker-cue-clause";
  return draft(ctx, [[start, end]], source, cue, addressee, inside, rule);
}

/**
 * The statement when a quotation is the content: it opens right after the cue (or its
 * addressee), or after an adjunct and a colon ("said in a statement: “...”").
 */
function draftQuotation(ctx: SentenceContext, plan: ClausePlan): Draft | null {
  const { source, cue, addressee, region, lead } = plan;
  const rule = "quotes/speaker-cue-quote";
  if (region) {
    const pieces = lead ? [lead, ...region.pieces] : [...region.pieces];
    return draft(ctx, pieces, source, cue, addressee, [region], rule);
  }
  const handed = findQuotationAfterColon(ctx, plan.guess[0]);
  if (!handed) return null;
  // "adds that American Muslims have two choices: “...”": a reported clause before the colon
  // is said too, and the content runs from it over the quotation.
  if (opensReportedClause(ctx.words, plan.guess[0])) {
    const start = (ctx.words[plan.guess[0]] as Word).start;
    return draft(ctx, [[start, handed.close]], source, cue, addressee, [handed], rule);
  }
  return draft(ctx, [...handed.pieces], source, cue, addressee, [handed], rule);
}

/**
 * True when a reported clause starts at `i`: "that ...", or a personal subject pronoun and a
 * word ("he came up with ..."); not an object ("explained it this way:", "makes that clear:").
 */
function opensReportedClause(words: Word[], i: number): boolean {
  const w = words[i];
  const next = words[i + 1];
  if (!w || !next || next.punct) return false;
  if (w.lower === "that") return !THAT_OBJECTS.has(next.lower);
  return SUBJECT_PRONOUNS.has(w.lower) && w.lower !== "it";
}

/** Words after "that" that make it a demonstrative object: "made that clear:". */
const THAT_OBJECTS = new Set(["clear", "way", "point", "much", "one", "again"]);

/** X jeered, “...”: the speaker, the cue and a quotation only (no reported clause is read). */
export function matchSpeakerCueQuote(ctx: SentenceContext, cueStart: number, head: number) {
  const plan = planClause(ctx, cueStart, head);
  return plan ? draftQuotation(ctx, plan) : null;
}

function draft(
  ctx: SentenceContext,
  contentSpans: Span[],
  source: Span,
  cue: Span,
  addressee: Span | null,
  regions: Draft["regions"],
  rule: string,
): Draft {
  return { contentSpans, source, cue, addressee, regions, rule, paragraph: ctx.paragraph };
}
