import type { Span } from "../../model.js";
import { extractCueFeatures } from "./cue-features.js";
import { HAS_CUE_MODEL, scoreCue } from "./cue-model.js";
import type { QuoteRegion } from "./find-quote-regions.js";
import {
  CORE_CUES,
  CUE_AUXILIARIES,
  CUE_THRESHOLD,
  NOT_CUE_HEADS,
  PRONOUNS,
  SOURCE_STOPS,
  TIME_WORDS,
  TRAILING_STOPS,
} from "./lexicon/cue-words.js";
import { CUE_RATE, SOURCE_RATE } from "./lexicon/learned-lexicon.js";
import type { Word } from "./read-words.js";

/** What a rule sees: one sentence's words and the quotation regions of the text. */
export interface SentenceContext {
  text: string;
  words: Word[];
  /** Sentence span. */
  span: Span;
  paragraph: number;
  /** Offset where the sentence's paragraph starts. */
  paragraphStart: number;
  /** Regions that overlap this sentence's paragraph. */
  regions: QuoteRegion[];
}

/** A statement found by a rule, before speaker resolution. */
export interface Draft {
  contentSpans: Span[];
  source: Span | null;
  cue: Span | null;
  addressee: Span | null;
  /** Regions used as content (direct) or inside the content (mixed). */
  regions: QuoteRegion[];
  rule: string;
  paragraph: number;
}

/** Longest source NP walked back from the cue, in words. */
const MAX_SOURCE_WORDS = 14;
/** A lower-case word unseen before cues in training joins a source at this rate. */
const UNSEEN_SOURCE_RATE = 0.35;
/** ... unless it looks like an inflected verb ("avoids", "interrupted"): the walk stops there. */
const UNSEEN_VERB_RATE = 0.1;
/** Words whose learned source rate is below this end the source walk. */
const SOURCE_RATE_MIN = 0.2;
/** A word before a preposition must be this likely a source word for the walk to cross it. */
const NP_HEAD_RATE = 0.3;

/** Words with a learned cue rate below this are never cue candidates. */
const CANDIDATE_RATE = 0.05;

/** True when the word at `i` may head a cue at all: the candidates the cue model scores. */
export function isCueCandidate(words: Word[], i: number): boolean {
  const w = words[i];
  if (!w || w.punct || w.upper) return false;
  if (NOT_CUE_HEADS.has(w.lower) || CUE_AUXILIARIES.has(w.lower)) return false;
  return CORE_CUES.has(w.lower) || (CUE_RATE.get(w.lower) ?? 0) >= CANDIDATE_RATE;
}

/**
 * True when the word at `i` heads a cue: the learned cue model says so in this context, or,
 * without a model, it is a reporting verb or a frequent cue word.
 */
export function isCueHead(words: Word[], i: number): boolean {
  if (!isCueCandidate(words, i)) return false;
  if (HAS_CUE_MODEL) return scoreCue(extractCueFeatures(words, i)) > 0;
  const w = words[i] as Word;
  return CORE_CUES.has(w.lower) || (CUE_RATE.get(w.lower) ?? 0) >= CUE_THRESHOLD;
}

/** Rate enough for a word to be a cue when a quotation stands right next to it. */
const WEAK_CUE_RATE = 0.1;

/** True when the word at `i` may be a cue beside a quotation: "...?” Vitter demanded." */
export function isWeakCueHead(words: Word[], i: number): boolean {
  const w = words[i];
  if (!w || w.punct || w.upper || NOT_CUE_HEADS.has(w.lower)) return false;
  return (CUE_RATE.get(w.lower) ?? 0) >= WEAK_CUE_RATE || /[a-z]{3}(?:ed|s)$/.test(w.lower);
}

/** Index of the first cue word once auxiliaries and adverbs before the head are taken in. */
export function extendCueBack(words: Word[], head: number): number {
  let a = head;
  for (;;) {
    while (a > 0) {
      const w = words[a - 1] as Word;
      // An adverb is lower-case: "Kelly said" is a name and its cue.
      const adverb = !w.upper && w.lower.endsWith("ly") && w.lower.length > 4;
      // A capitalised auxiliary inside the sentence is a name: "“...,” Will wrote".
      const auxiliary = CUE_AUXILIARIES.has(w.lower) && (!w.upper || a === 1);
      if (!auxiliary && !adverb) break;
      a--;
    }
    // "appeared to suggest", "wants to tell": a verb and "to" before the head join the cue.
    const to = words[a - 1];
    const verb = words[a - 2];
    if (to?.lower !== "to" || !verb || verb.punct || verb.upper) return a;
    if (
      SOURCE_STOPS.has(verb.lower) ||
      PRONOUNS.has(verb.lower) ||
      sourceRate(verb) >= NP_HEAD_RATE
    )
      return a;
    a -= 2;
  }
}

function sourceRate(w: Word): number {
  const r = SOURCE_RATE.get(w.lower);
  if (r !== undefined) return r;
  // Capitalised words and the possessive clitic ("the port 's chairman") sit inside NPs.
  if (w.upper || /^['’]s$/.test(w.text)) return 1;
  return /(?:ed|ing|s)$/.test(w.lower) ? UNSEEN_VERB_RATE : UNSEEN_SOURCE_RATE;
}

/** True when the word at `i` is the period of an initial: "Charles B. Rangel". */
function isInitialStop(words: Word[], i: number): boolean {
  const prev = words[i - 1];
  if (words[i]?.text !== "." || !prev || !/^\p{Lu}$/u.test(prev.text)) return false;
  return words[i + 1]?.upper === true;
}

/** True when the word at `i` has white space on both sides. */
function isSpacedOut(words: Word[], i: number): boolean {
  const w = words[i] as Word;
  const before = words[i - 1];
  const after = words[i + 1];
  return (!before || before.end < w.start) && (!after || w.end < after.start);
}

/** True when the "and" at `i` joins two parts of one source: "Mr. Grassley and Mr. Leahy". */
function joinsConjuncts(words: Word[], i: number, end: number): boolean {
  const w = words[i] as Word;
  if (w.lower !== "and" || i + 1 >= end) return false;
  const before = words[i - 1];
  if (!before || before.punct || SOURCE_STOPS.has(before.lower) || PRONOUNS.has(before.lower))
    return false;
  return before.upper || sourceRate(before) >= NP_HEAD_RATE;
}

/** Longest time adjunct skipped between a source and its cue, in words. */
const MAX_TIME_WORDS = 4;

/** Start of a time adjunct ending at `end` ("on Sunday", "last week", "earlier this month"), or `end`. */
function skipTimeAdjunct(words: Word[], end: number): number {
  let k = end;
  while (k > 0 && end - k < MAX_TIME_WORDS) {
    const w = words[k - 1] as Word;
    if (isTimeWord(w) || /^(?:on|last|this|next|earlier|late|early)$/.test(w.lower)) k--;
    else break;
  }
  // Only when a time word is there and something stands before it.
  if (k === end || k === 0 || !words.slice(k, end).some(isTimeWord)) return end;
  return k;
}

/** A word in capitals is a name, whatever it spells ("USA TODAY reported"). */
function isInCapitals(w: Word): boolean {
  return /^\p{Lu}{2,}$/u.test(w.text);
}

function isTimeWord(w: Word): boolean {
  return TIME_WORDS.has(w.lower) && !isInCapitals(w);
}

/** Longest subject NP read from the start of a sentence. */
const MAX_SUBJECT_WORDS = 8;

/** Longest fronted adjunct skipped before a sentence's subject, in words. */
const MAX_FRONTED_WORDS = 25;

/**
 * Words that open a fronted adjunct, not a subject: "In 2008, Cooper donated ...", "At the
 * time, Sanders didn't ...", "A month later, he ...", "Earlier Wednesday, Schilling ...".
 */
const ADJUNCT_OPENERS = new Set(
  "in on at after before during amid since following despite for with without by under from as while when although though because if once unlike like earlier later last this next meanwhile still yet instead now then also but and so".split(
    " ",
  ),
);

/**
 * Start of the clause after a fronted adjunct ("On Thursday, he ..."), or 0 when the sentence
 * opens with its subject. An adjunct opens with a preposition or subordinator, or holds a time
 * word ("A month later,"), and ends at the first comma before the cue.
 */
function skipFrontedAdjunct(words: Word[], before: number): number {
  const first = words[0];
  if (!first || first.punct) return 0;
  let timed = false;
  for (let k = 1; k < before && k <= MAX_FRONTED_WORDS; k++) {
    const w = words[k] as Word;
    if (w.text === ",") {
      const adjunct = ADJUNCT_OPENERS.has(first.lower) || timed || isTimeWord(first);
      return adjunct ? k + 1 : 0;
    }
    if (w.punct && !/^['’]s?$|^[-–.]$/.test(w.text)) return 0;
    if (isTimeWord(w) || w.lower === "later" || w.lower === "earlier") timed = true;
  }
  return 0;
}

/** The NP that opens the sentence ("The Republican National Committee is filing ..."), or null. */
export function findSentenceSubject(words: Word[], before: number): [number, number] | null {
  const start = skipFrontedAdjunct(words, before);
  let e = start;
  while (e < before && e - start < MAX_SUBJECT_WORDS) {
    const w = words[e] as Word;
    if (w.punct && !/^['’]s?$|^[-–&]$/.test(w.text)) break;
    if (!w.upper && !w.punct && (SOURCE_STOPS.has(w.lower) || sourceRate(w) < SOURCE_RATE_MIN))
      break;
    e++;
  }
  if (e === start || e >= before) return null;
  const head = words[e - 1] as Word;
  // A determiner or preposition does not end an NP: "The fracas erupted ..." names no one.
  if (head.punct) return null;
  return [start, e];
}

/** Prepositions that may sit inside a source NP: "a communique in Baghdad", "the head of X". */
const NP_PREPOSITIONS = new Set(["of", "for", "in", "at", "from", "with", "on"]);

/** True when the preposition at `i` links two parts of one noun phrase. */
function joinsNoun(words: Word[], i: number): boolean {
  const w = words[i] as Word;
  const before = words[i - 1];
  if (!NP_PREPOSITIONS.has(w.lower) || !before || before.punct) return false;
  if (SOURCE_STOPS.has(before.lower) || PRONOUNS.has(before.lower)) return false;
  return before.upper || sourceRate(before) >= NP_HEAD_RATE;
}

const DETERMINERS = new Set([
  "a",
  "an",
  "the",
  "his",
  "her",
  "its",
  "their",
  "our",
  "one",
  "another",
]);

/** True when the word at `i` is an NP modifier: "a military communique". */
function followsDeterminer(words: Word[], i: number): boolean {
  const before = words[i - 1];
  return before !== undefined && (DETERMINERS.has(before.lower) || /^['’]s$/.test(before.text));
}

/**
 * Words that open a noun phrase: the walk takes them in whatever their learned rate ("an
 * outside group", "all the candidates", "these officials"; PolNeAR's source keeps them).
 */
const NP_OPENERS = new Set([
  ...DETERMINERS,
  "all",
  "no",
  "some",
  "many",
  "most",
  "these",
  "those",
  "this",
  "my",
  "your",
  "every",
  "each",
  "both",
]);

/**
 * Least learned source rate of a modifier inside an opened NP ("primary" 0.15, "health" 0.13);
 * verbs after a name mostly stand lower ("made" 0.03, "spent" 0.08).
 */
const MODIFIER_RATE_MIN = 0.12;
/** How far back a weak modifier may stand from the determiner or name that opens its NP. */
const MODIFIER_REACH = 2;

/**
 * True when the weak word at `i` is a modifier inside an NP that a determiner or a name opens
 * within a couple of words: "her senior policy adviser", "GOP primary voters", "Public health
 * experts" (the learned rates of "policy", "primary", "health" alone would end the walk).
 */
function isOpenedModifier(words: Word[], i: number): boolean {
  // Only a word seen inside sources at times, and not a past tense: "Axelrod tried" is a clause.
  const w = words[i] as Word;
  const rate = SOURCE_RATE.get(w.lower) ?? 0;
  if (rate < MODIFIER_RATE_MIN || /(?:ed|self|selves)$/.test(w.lower)) return false;
  for (let k = i - 1; k >= 0 && i - k <= MODIFIER_REACH; k--) {
    const w = words[k] as Word;
    if (w.punct) return false;
    if (w.upper || (NP_OPENERS.has(w.lower) && !SOURCE_STOPS.has(w.lower))) return true;
    if (SOURCE_STOPS.has(w.lower) || PRONOUNS.has(w.lower) || sourceRate(w) < SOURCE_RATE_MIN)
      return false;
  }
  return false;
}

/** Longest parenthesis kept inside a source, in words. */
const MAX_PAREN_WORDS = 8;

/** Index of the "(" matching the ")" at `close`, within a few words, or -1. */
function findOpenParen(words: Word[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= MAX_PAREN_WORDS; k--) {
    const t = (words[k] as Word).text;
    if (t === "(") return k > 0 ? k : -1;
    if (t === ")" || t === ",") return -1;
  }
  return -1;
}

/** Longest phrase between two commas before a cue: "Trump, speaking in Ohio, said". */
const MAX_INSERT_WORDS = 25;
/**
 * Words that open a participial, relative or adverbial insert, which the source leaves out
 * ("Trump, speaking in Ohio,", "Sanders, in an interview on Friday,", "X, however,"). Words
 * that open appositions ("also a candidate", "now director of", "at the institute") are not.
 */
const INSERT_OPENERS =
  /^(?:who|which|whose|speaking|.+ing|in|on|for|by|to|with|after|before|during|while|when|though|although|however|meanwhile|too|once)$/;

/**
 * Source before "X, insert, said": the NP before the first comma, with the insert when it is
 * an apposition ("The chairman, Phil Lovas,") and without it when it is a participial or
 * relative clause ("Trump, speaking to veterans,").
 */
/** Words after which a subject (and so a source) may start: "after the mayor, X, said". */
const CLAUSE_OPENERS = new Set(
  "after before when while because as since although though until once if and but so".split(" "),
);

function opensClause(word: Word): boolean {
  return word.punct || CLAUSE_OPENERS.has(word.lower);
}

function findSourceBeforeComma(words: Word[], comma: number): [number, number] | null {
  let k = comma - 1;
  while (k >= 0 && comma - k <= MAX_INSERT_WORDS && (words[k] as Word).text !== ",") {
    const w = words[k] as Word;
    if (w.punct && !/^['’]s?$|^[-–&().]$/.test(w.text)) return null;
    k--;
  }
  if (k < 1 || (words[k] as Word).text !== "," || k + 1 >= comma) return null;
  const np = findSourceBefore(words, k);
  if (np && words[np[0] - 1]?.text === ",") {
    // "Yin May, 60, a doctor, said": appositions in a row after the name.
    const head = findChainedHead(words, np[0] - 1);
    if (head !== null) return [head, comma + 1];
  }
  if (!np || (np[0] > 0 && !opensClause(words[np[0] - 1] as Word))) return null;
  // The name may stand in the insert: "the chairman, Phil Lovas, said".
  const named = words.slice(np[0], comma).some((w) => w.upper);
  if (!named && !PRONOUNS.has((words[np[0]] as Word).lower)) return null;
  // PolNeAR's source keeps an apposition's closing comma: "The chairman, Phil Lovas,".
  return INSERT_OPENERS.test((words[k + 1] as Word).lower) ? np : [np[0], comma + 1];
}

/** Appositions in a row before a cue: "Sen. Lindsey Graham, R-S.C., a candidate, said". */
const MAX_APPOSITIONS = 3;

/**
 * Start of the named head before appositions that each are a whole NP, walking back from the
 * comma after the first of them; null when the chain does not start a clause with a name.
 */
function findChainedHead(words: Word[], comma: number): number | null {
  let at = comma;
  for (let n = 0; n < MAX_APPOSITIONS; n++) {
    const np = findSourceBefore(words, at);
    if (!np) return null;
    const before = words[np[0] - 1];
    if (before?.text === ",") {
      at = np[0] - 1;
      continue;
    }
    if (before && !opensClause(before)) return null;
    return words.slice(np[0], at).some((w) => w.upper) ? np[0] : null;
  }
  return null;
}

/** Longest subject with inserts before a cue, in words. */
const MAX_LONG_SUBJECT_WORDS = 35;

/**
 * "Christopher Harvey, an African-American delegate from Houston, Texas, said", "Joyce — who is
 * listed as an attorney — told": a name opening the sentence (or following a quotation), then
 * inserts set off by commas or dashes up to the cue. The source runs from the name to the cue,
 * its closing comma included (PolNeAR). The name must be a whole noun phrase up to the first
 * comma or dash, so a clause ("Kasich offered the man a job, then says") is not a source.
 */
function findLongSubject(words: Word[], end: number): [number, number] | null {
  let s = end - 1;
  while (s > 0 && end - s <= MAX_LONG_SUBJECT_WORDS) {
    const w = words[s - 1] as Word;
    if (w.punct && !/^[,—–()'’.-]$|^['’]s$/.test(w.text)) break;
    s--;
  }
  while (s < end && (words[s] as Word).punct) s++;
  const first = words[s];
  if (!first?.upper || end - s > MAX_LONG_SUBJECT_WORDS) return null;
  let k = s + 1;
  while (k < end && !/^[,—–]$/.test((words[k] as Word).text)) k++;
  if (k >= end - 1) return null;
  const head = findSourceBefore(words, k);
  if (!head || head[0] !== s) return null;
  return [s, /^[—–]$/.test((words[end - 1] as Word).text) ? end - 1 : end];
}

/** Word range [start, end) of the source NP ending just before word `end`, or null. */
export function findSourceBefore(words: Word[], end: number): [number, number] | null {
  if (end <= 0) return null;
  const last = words[end - 1] as Word;
  if (last.text === ",")
    return findSourceBeforeComma(words, end - 1) ?? findLongSubject(words, end);
  if (/^[—–]$/.test(last.text)) return findLongSubject(words, end);
  const bare = skipTimeAdjunct(words, end);
  if (bare < end) return findSourceBefore(words, bare);
  if (PRONOUNS.has(last.lower)) return [end - 1, end];
  // A relative "that" right before the cue stands for its noun: "cities that support ...".
  if (last.lower === "that" && end >= 2 && !(words[end - 2] as Word).punct) return [end - 1, end];
  let s = end;
  while (s > 0 && end - s < MAX_SOURCE_WORDS) {
    const w = words[s - 1] as Word;
    if (w.text === ")") {
      // A parenthesis inside the NP: "Rep. Gwen Moore (D-Wis.)".
      const open = findOpenParen(words, s - 1);
      if (open < 0) break;
      s = open;
      continue;
    }
    if (w.punct && !/^['’]s?$|^[-–&%]$/.test(w.text) && !isInitialStop(words, s - 1)) break;
    // A dash standing free between words separates clauses ("Assad – a leader X said");
    // one inside a word joins it ("Clinton-Kaine").
    if (/^[-–]$/.test(w.text) && isSpacedOut(words, s - 1)) break;
    const conjunct = joinsConjuncts(words, s - 1, end);
    // A number quantifies the NP: "75 percent of Democrats", "a 69% majority".
    const weak = !w.punct && sourceRate(w) < SOURCE_RATE_MIN && !w.upper && !/^\d/.test(w.text);
    // A determiner the rates would stop at opens the NP, and the walk ends with it: "an
    // outside group", "these officials" (not a bare "this"; "In an email," stays out).
    const stop = SOURCE_STOPS.has(w.lower) || weak;
    if (stop && NP_OPENERS.has(w.lower) && s < end && !(words[s] as Word).punct) {
      s--;
      break;
    }
    if (SOURCE_STOPS.has(w.lower) && !conjunct && !isInCapitals(w)) break;
    if (PRONOUNS.has(w.lower) && s < end) break;
    if (
      weak &&
      !conjunct &&
      !joinsNoun(words, s - 1) &&
      !followsDeterminer(words, s - 1) &&
      !isOpenedModifier(words, s - 1)
    )
      break;
    s--;
  }
  // An NP does not start with a possessive mark or connective punctuation.
  while (s < end && (words[s] as Word).punct) s++;
  if (s >= end) return null;
  const head = words[end - 1] as Word;
  // A possessive ("Trump's criticism") or punctuation cannot end a source.
  if ((head.punct && head.text !== ")") || /^['’]s$/.test(head.text)) return null;
  return [s, end];
}

/** Word range of the source NP starting at word `start` ("said Mr Garin, a Democrat"). */
export function findSourceAfter(words: Word[], start: number): [number, number] | null {
  let e = start;
  while (e < words.length && e - start < MAX_SOURCE_WORDS) {
    const w = words[e] as Word;
    if (w.punct && !/^['’]s?$|^[-–&]$/.test(w.text) && !isInitialStop(words, e)) break;
    if (TRAILING_STOPS.has(w.lower) && e > start && !continuesName(words, e)) break;
    if (!w.punct && !w.upper && sourceRate(w) < SOURCE_RATE_MIN && !continuesName(words, e)) break;
    e++;
  }
  if (e === start) return null;
  return [start, e];
}

/**
 * True when the preposition at `i` continues a name forward: "the 70th session of the General
 * Assembly", "Charlie Rose on 60 Minutes" (but not "on Sunday").
 */
export function continuesName(words: Word[], i: number): boolean {
  const w = words[i] as Word;
  const next = words[i + 1];
  if (!next || next.punct || TIME_WORDS.has(next.lower)) return false;
  if (w.lower === "of") return next.upper || next.lower === "the";
  if (w.lower === "on") return next.upper || /^\d/.test(next.text);
  return false;
}

/** Longest apposition kept after an inverted source, in words. */
const MAX_APPOSITION_WORDS = 40;

/**
 * Extends an inverted source over a parenthesis and an apposition that close the sentence:
 * "said Rep. Jim Clyburn (D-S.C.), the assistant leader of the caucus."
 */
export function extendSourceAfter(words: Word[], src: [number, number]): [number, number] {
  let e = src[1];
  if (words[e]?.text === "(") {
    let k = e + 1;
    while (k < words.length && k - e <= MAX_PAREN_WORDS && words[k]?.text !== ")") k++;
    if (words[k]?.text === ")") e = k + 1;
  }
  if (words[e]?.text !== ",") return [src[0], e];
  let last = words.length;
  while (last > e && (words[last - 1] as Word).punct) last--;
  if (last - e - 1 <= 0 || last - e - 1 > MAX_APPOSITION_WORDS) return [src[0], e];
  // A participle after the name is what the speaker did, not who they are ("Caddell, speaking of").
  const first = words[e + 1] as Word;
  if (first.lower.endsWith("ing") && !first.upper) return [src[0], e];
  for (let k = e + 1; k < last; k++) {
    const w = words[k] as Word;
    if (w.punct && !/^(?:[-,()&]|['’]s)$/.test(w.text)) return [src[0], e];
  }
  return [src[0], last];
}

/** Character span of words [a, b). */
export function spanOfWords(words: Word[], a: number, b: number): Span {
  return [(words[a] as Word).start, (words[b - 1] as Word).end];
}

/** Longest run of spaces and punctuation between a quotation and its attribution. */
const MAX_GAP = 12;

/** Index of the first region (sorted, non-overlapping) whose `key` is >= `at`. */
function lowerBound(regions: QuoteRegion[], at: number, key: "open" | "close"): number {
  let lo = 0;
  let hi = regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((regions[mid] as QuoteRegion)[key] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The region whose closing mark ends at or just before `at`, with only punctuation between. */
export function regionEndingBefore(ctx: SentenceContext, at: number): QuoteRegion | null {
  // The last region closing at or before `at`.
  const k = lowerBound(ctx.regions, at + 1, "close") - 1;
  const r = ctx.regions[k];
  if (!r || at - r.close > MAX_GAP) return null;
  // A line break ends the quotation's line: "“...” ⏎ The crowd went nuts." is not its attribution.
  const gap = ctx.text.slice(r.close, at);
  return /^[\s,.;:!?—–-]*$/.test(gap) && !gap.includes("\n") ? r : null;
}

/** The region whose opening mark starts at or just after `at`, with only punctuation between. */
export function regionStartingAfter(ctx: SentenceContext, at: number): QuoteRegion | null {
  const r = ctx.regions[lowerBound(ctx.regions, at, "open")];
  if (!r || r.open - at > MAX_GAP) return null;
  return /^[\s,:—–-]*$/.test(ctx.text.slice(at, r.open)) ? r : null;
}

/** The region that contains offset `at`, if any. */
export function regionAt(ctx: SentenceContext, at: number): QuoteRegion | null {
  const r = ctx.regions[lowerBound(ctx.regions, at + 1, "open") - 1];
  return r && r.open <= at && at < r.close ? r : null;
}

/** Regions overlapping [start, end), in order. */
export function regionsWithin(ctx: SentenceContext, start: number, end: number): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  for (let k = lowerBound(ctx.regions, start + 1, "close"); k < ctx.regions.length; k++) {
    const r = ctx.regions[k] as QuoteRegion;
    if (r.open >= end) break;
    out.push(r);
  }
  return out;
}
