import type {
  Entity,
  Quote,
  QuoteKind,
  QuoteSpeaker,
  SegmentedText,
  Sentence,
  Span,
} from "../../model.js";
import {
  type Draft,
  extendCueBack,
  findSentenceSubject,
  isCueCandidate,
  isCueHead,
  isWeakCueHead,
  regionAt,
  regionsWithin,
  type SentenceContext,
  spanOfWords,
} from "./context.js";
import { findQuoteRegions, type QuoteRegion } from "./find-quote-regions.js";
import { CORE_CUES, CUE_PREPOSITIONS } from "./lexicon/cue-words.js";
import { CUE_RATE } from "./lexicon/learned-lexicon.js";
import { readWords, type Word } from "./read-words.js";
import { attachOrphanQuotes } from "./refiners/attach-orphan-quotes.js";
import { dropRedundantDrafts } from "./refiners/drop-redundant-drafts.js";
import { findOccasion, findQuestioner } from "./refiners/find-occasion.js";
import { indexMentions, resolveSpeaker } from "./resolve-speaker.js";
import { matchAccordingTo } from "./rules/according-to.js";
import { matchAskedQuestion } from "./rules/asked-question.js";
import { matchContentSpeakerCue } from "./rules/content-speaker-cue.js";
import { matchPossessiveNounCue } from "./rules/possessive-noun-cue.js";
import { isPrepositionalCueHead, matchPrepositionalCue } from "./rules/prepositional-cue.js";
import { matchQuoteCueSpeaker } from "./rules/quote-cue-speaker.js";
import { matchQuoteDashSpeaker } from "./rules/quote-dash-speaker.js";
import { matchQuoteSpeakerCue } from "./rules/quote-speaker-cue.js";
import { matchRaisingVerb, SEEM_VERBS } from "./rules/raising-verb.js";
import { matchSourceColonQuote } from "./rules/source-colon-quote.js";
import { matchSpeakerCueContent, matchSpeakerCueQuote } from "./rules/speaker-cue-content.js";
import { matchSpeakerLabel } from "./rules/speaker-label.js";

/**
 * Cue-anchored rules, tried in this order for each cue: the forms with a quotation next to the
 * cue first (their marks are the strongest evidence), then reported clauses after the cue, then
 * clauses before it.
 */
const CUE_RULES = [
  matchQuoteCueSpeaker,
  matchQuoteSpeakerCue,
  matchSpeakerCueContent,
  matchContentSpeakerCue,
];

/** Words before a cue word that make it a noun, not a reporting verb. */
const NOUN_MARKERS = new Set([
  "a",
  "an",
  "the",
  "his",
  "her",
  "its",
  "their",
  "our",
  "my",
  "your",
  "this",
  "these",
  "those",
  "’s",
  "'s",
  "s’",
  "of",
]);

/** Finds who said what: direct, mixed and indirect quotes with speaker, cue and addressee. */
export function findQuotes(seg: SegmentedText, entities: Entity[]): Quote[] {
  const regions = findQuoteRegions(seg.text, seg.paragraphs);
  const byParagraph = groupRegions(regions, seg.paragraphs.length);
  const drafts: Draft[] = [];
  for (const sentence of seg.sentences) {
    const words = readWords(seg, sentence);
    const ctx: SentenceContext = {
      text: seg.text,
      words,
      span: sentence.span,
      paragraph: sentence.paragraph,
      paragraphStart: seg.paragraphs[sentence.paragraph]?.span[0] ?? sentence.span[0],
      regions: byParagraph[sentence.paragraph] ?? [],
    };
    const paragraph = seg.paragraphs[sentence.paragraph];
    const label = paragraph ? matchSpeakerLabel(ctx, paragraph) : null;
    if (label) {
      drafts.push(label);
      continue;
    }
    for (const d of findSentenceDrafts(ctx)) drafts.push(d);
  }
  for (const d of findDashAttributions(seg, regions, drafts)) drafts.push(d);
  const kept = dropRedundantDrafts(drafts);
  const all = attachOrphanQuotes(seg.text, kept, regions, seg.paragraphs);
  return buildQuotes(seg.text, seg.sentences, all, entities);
}

/** Quotations no cue claimed that a dash and a name follow. */
function findDashAttributions(
  seg: SegmentedText,
  regions: QuoteRegion[],
  drafts: Draft[],
): Draft[] {
  const claimed = new Set(drafts.flatMap((d) => d.regions));
  const out: Draft[] = [];
  for (const r of regions) {
    const p = seg.paragraphs[r.lastParagraph];
    if (claimed.has(r) || !p) continue;
    const d = matchQuoteDashSpeaker(seg.text, r, p, r.lastParagraph);
    if (d) out.push(d);
  }
  return out;
}

/** Regions touching each paragraph or the next one (a colon may introduce the next paragraph). */
function groupRegions(regions: QuoteRegion[], count: number): QuoteRegion[][] {
  const out: QuoteRegion[][] = Array.from({ length: count }, () => []);
  for (const r of regions) {
    for (let p = Math.max(0, r.firstParagraph - 1); p <= r.lastParagraph && p < count; p++)
      out[p]?.push(r);
  }
  return out;
}

/** Fewest words of four letters or more for a sentence to be read as a title-case headline. */
const MIN_HEADLINE_WORDS = 3;
/** Share of those words capitalised in a title-case headline. */
const HEADLINE_CAPITALISED = 0.85;

/**
 * In a title-case headline ("Okafor Says The Ferry Will Sail Again") a capitalised cue word is
 * read as a lower-case one, so the cue rules see it; other sentences are returned as they are.
 */
function lowerHeadlineCues(words: Word[]): Word[] {
  let long = 0;
  let capitalised = 0;
  for (const w of words) {
    if (w.punct || w.text.length < 4) continue;
    long++;
    if (w.upper) capitalised++;
  }
  if (long < MIN_HEADLINE_WORDS || capitalised < HEADLINE_CAPITALISED * long) return words;
  // A line in capitals is no title-case headline ("HARBOUR BOARD SAYS ..." reads as names).
  if (words.every((w) => w.punct || w.text.length < 4 || w.text === w.text.toUpperCase()))
    return words;
  return words.map((w, i) => (i > 0 && w.upper && isHeadlineCue(w) ? { ...w, upper: false } : w));
}

/** Least learned cue rate of a capitalised word read as a cue in a headline ("Slams", "Praises"). */
const HEADLINE_CUE_RATE = 0.3;

function isHeadlineCue(w: Word): boolean {
  return CORE_CUES.has(w.lower) || (CUE_RATE.get(w.lower) ?? 0) >= HEADLINE_CUE_RATE;
}

function findSentenceDrafts(sentence: SentenceContext): Draft[] {
  const out: Draft[] = [];
  const ctx = { ...sentence, words: lowerHeadlineCues(sentence.words) };
  const { words } = ctx;
  // Words opening a learned prepositional cue ("critical of"), read after the other rules.
  const prepositional: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w || regionAt(ctx, w.start)) continue;
    if (isPrepositionalCueHead(w) && CUE_PREPOSITIONS.has(words[i + 1]?.lower ?? ""))
      prepositional.push(i);
    if (w.lower === "asked") {
      const question = matchAskedQuestion(ctx, i);
      if (question) out.push(question);
    }
    if (w.text === ":") {
      const d = matchSourceColonQuote(ctx, i);
      if (d) out.push(d);
      continue;
    }
    if (w.lower === "expected" || SEEM_VERBS.has(w.lower)) {
      const raised = matchRaisingVerb(ctx, i);
      if (raised) {
        out.push(raised);
        continue;
      }
    }
    if (w.lower === "according") {
      const d = matchAccordingTo(ctx, i);
      if (d) out.push(d);
      continue;
    }
    if (words[i + 1]?.lower === "that" && isCueCandidate(words, i)) {
      // "Trump's claim that ...": a possessive source before a cue noun.
      const nominal = matchPossessiveNounCue(ctx, i);
      if (nominal) {
        out.push(nominal);
        continue;
      }
    }
    if (PUT_VERBS.has(w.lower) && words[i + 1]?.lower === "it") {
      // "As Tom Ridge put it: “...”": "put it" is the cue when a quotation follows.
      const put = matchSpeakerCueQuote(ctx, i, i + 1);
      if (put) {
        out.push({ ...put, rule: "quotes/put-it-quote" });
        continue;
      }
    }
    const strong = isCueHead(words, i);
    if (!strong && !isWeakCueHead(words, i)) continue;
    const start = extendCueBack(words, i);
    // After a determiner or possessive the cue word is a noun ("a statement", "his claim").
    if (NOUN_MARKERS.has(words[start - 1]?.lower ?? "")) continue;
    if (!strong) {
      const weak = matchQuoteRules(ctx, start, i);
      if (weak) out.push(weak);
      continue;
    }
    const d = matchCueRules(ctx, start, i);
    if (d) out.push(d);
    else if (COORDINATORS.has(words[start - 1]?.lower ?? "")) {
      // "Fields tweeted a photograph and said she ...": the cue's verb phrase is coordinated
      // with an earlier one and shares its subject (the previous speaker in this sentence, else
      // the sentence's subject).
      const shared = matchCoordinatedCue(ctx, start, i, out.at(-1)?.source ?? null);
      if (shared) out.push(shared);
    } else if (opensParticiple(words, start) && words[i]?.lower.endsWith("ing")) {
      // "..., he said, adding that ...": the participle shares the earlier speaker, or else
      // the sentence's subject ("The committee is filing a complaint, claiming that ...").
      const subject = findSentenceSubject(words, start - 1);
      const source =
        out.at(-1)?.source ?? (subject ? spanOfWords(words, subject[0], subject[1]) : null);
      const shared = source ? matchSpeakerCueContent(ctx, start, i, source) : null;
      // "before saying, “...”": after a preposition only a quotation is taken; reported
      // clauses there ("by calling him out") are mostly acts, not statements.
      const afterComma = !PREPOSITIONS_BEFORE_PARTICIPLE.has(words[start - 1]?.lower ?? "");
      if (shared && (afterComma || shared.rule === "quotes/speaker-cue-quote")) {
        if (!continuesSplitQuote(ctx, shared, out.at(-1))) out.push(shared);
      }
    }
  }
  for (const i of prepositional) {
    const d = matchFreePrepositionalCue(ctx, i, out);
    if (d) out.push(d);
  }
  return out;
}

function holds(span: Span | null, at: number): boolean {
  return span !== null && span[0] <= at && at < span[1];
}

/**
 * "his criticism of ...", "Okafor railed against ...": a word and preposition that no other
 * rule of the sentence read as a cue or holds in its content (PolNeAR rarely annotates "the
 * criticism of X" within what someone said).
 */
function matchFreePrepositionalCue(ctx: SentenceContext, i: number, found: Draft[]): Draft | null {
  const at = (ctx.words[i] as Word).start;
  if (found.some((d) => holds(d.cue, at) || d.contentSpans.some((c) => holds(c, at)))) return null;
  return matchPrepositionalCue(ctx, i);
}

/**
 * “Every time you say that,” Tester said, referring to X, “you give ammunition ...”: a quotation
 * that goes on in lower case after the previous statement's quotation is the second half of
 * that quote (joined later), not what the participle reports.
 */
function continuesSplitQuote(ctx: SentenceContext, d: Draft, previous: Draft | undefined): boolean {
  const first = d.contentSpans[0];
  if (d.rule !== "quotes/speaker-cue-quote" || !previous || previous.regions.length === 0)
    return false;
  return first !== undefined && /^\s*\p{Ll}/u.test(ctx.text.slice(first[0], first[1]));
}

/** "put it" / "puts it" before a quotation. */
const PUT_VERBS = new Set(["put", "puts"]);

/**
 * Words before a participle cue that share the sentence's subject: ", adding", "before
 * saying", "by saying", "upon saying" (the one who adds or says is the subject).
 */
const PREPOSITIONS_BEFORE_PARTICIPLE = new Set(["before", "after", "by", "upon", "while", "when"]);

/** True when the participle at `start` follows a comma (a closing mark may stand between). */
function opensParticiple(words: Word[], start: number): boolean {
  let k = start - 1;
  if (/^[”’"']$/.test(words[k]?.text ?? "")) k--;
  const before = words[k]?.lower ?? "";
  return before === "," || (k === start - 1 && PREPOSITIONS_BEFORE_PARTICIPLE.has(before));
}

/** Conjunctions joining a cue's verb phrase to an earlier one with the same subject. */
const COORDINATORS = new Set(["and", "but"]);

function matchCoordinatedCue(
  ctx: SentenceContext,
  start: number,
  head: number,
  previous: Span | null,
): Draft | null {
  const { words } = ctx;
  let before = start - 1;
  if (words[before - 1]?.text === ",") before--;
  const subject = previous ? null : findSentenceSubject(words, before);
  // The subject must stand apart from the conjunction: "X and Y said" is one compound source.
  if (subject && subject[1] >= before - 1) return null;
  const source = previous ?? (subject ? spanOfWords(words, subject[0], subject[1]) : null);
  return source ? matchSpeakerCueContent(ctx, start, head, source) : null;
}

function matchQuoteRules(ctx: SentenceContext, start: number, head: number): Draft | null {
  return (
    matchQuoteCueSpeaker(ctx, start, head) ??
    matchQuoteSpeakerCue(ctx, start, head) ??
    matchSpeakerCueQuotation(ctx, start, head)
  );
}

/**
 * "the protesters chanted “...”", "Silverman, upon saying, “...”": a weaker cue word counts
 * before a quotation too, when the quotation opens right after it and is the whole content.
 */
function matchSpeakerCueQuotation(ctx: SentenceContext, start: number, head: number): Draft | null {
  // Cheap test first: a quotation must open in the sentence after the cue word.
  const after = (ctx.words[head] as Word).end;
  if (!regionsWithin(ctx, after, ctx.span[1]).some((r) => r.open >= after)) return null;
  const d = matchSpeakerCueQuote(ctx, start, head);
  const region = d?.regions[0];
  if (!d || !region || !isSayable(ctx.text, region)) return null;
  // "It gets worse: “...”": an empty subject names no speaker.
  const source = d.source ? ctx.text.slice(d.source[0], d.source[1]).toLowerCase() : "";
  if (EMPTY_SUBJECTS.has(source)) return null;
  return { ...d, rule: "quotes/weak-cue-quote" };
}

/** Subjects that name no one: "It gets worse", "This means". */
const EMPTY_SUBJECTS = new Set(["it", "this", "that", "there"]);

/** Fewest words of a quotation with no closing punctuation of its own to count as a statement. */
const MIN_UNPUNCTUATED_WORDS = 4;

/**
 * True when a quotation reads as something said rather than a title: it ends with its own
 * punctuation (“Lock her up!”) or runs to a few words not all capitalised ("Cake Boss" and
 * "Harbour Lights, Harbour Nights" are titles).
 */
function isSayable(text: string, region: QuoteRegion): boolean {
  const inner = region.pieces.map(([a, b]) => text.slice(a, b)).join(" ");
  if (/[.!?…]\s*$/.test(inner)) return true;
  const words = inner.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  // "Harbour Lights, Harbour Nights": every word capitalised is a title.
  const titled = words.every((w) => /^\P{Ll}/u.test(w));
  return words.length >= MIN_UNPUNCTUATED_WORDS && !titled;
}

function matchCueRules(ctx: SentenceContext, start: number, head: number): Draft | null {
  for (const rule of CUE_RULES) {
    const d = rule(ctx, start, head);
    if (d) return d;
  }
  return null;
}

function kindOf(d: Draft): QuoteKind {
  if (d.regions.length === 0) return "indirect";
  const marked = new Set(d.regions.flatMap((r) => r.pieces.map(([a, b]) => `${a}:${b}`)));
  return d.contentSpans.every(([a, b]) => marked.has(`${a}:${b}`)) ? "direct" : "mixed";
}

/** The sentence holding offset `at` (binary search over sentences in text order). */
function findSentenceAt(sentences: Sentence[], at: number): Span | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (at < s.span[0]) hi = mid - 1;
    else if (at >= s.span[1]) lo = mid + 1;
    else return s.span;
  }
  return null;
}

function overlapsAny(span: Span, spans: Span[]): boolean {
  return spans.some(([a, b]) => span[0] < b && span[1] > a);
}

/** How far from the cue (in characters) an occasion or questioner is looked for. */
const SETTING_WINDOW = 300;

/** Occasion and questioner from the cue's sentence, outside the content. */
function findSetting(text: string, sentences: Sentence[], d: Draft) {
  const found = d.cue ? findSentenceAt(sentences, d.cue[0]) : null;
  if (!found || !d.cue) return { occasion: null, questioner: null };
  // Read only near the cue, so a run-on sentence costs no more than a normal one.
  const sentence: Span = [
    Math.max(found[0], d.cue[0] - SETTING_WINDOW),
    Math.min(found[1], d.cue[1] + SETTING_WINDOW),
  ];
  const occasion = findOccasion(text, sentence);
  const questioner = findQuestioner(text, sentence);
  return {
    occasion: occasion && !overlapsAny(occasion.span, d.contentSpans) ? occasion : null,
    questioner: questioner && !overlapsAny(questioner.span, d.contentSpans) ? questioner : null,
  };
}

function buildQuotes(
  text: string,
  sentences: Sentence[],
  drafts: Draft[],
  entities: Entity[],
): Quote[] {
  const mentions = indexMentions(entities);
  const quotes: Quote[] = [];
  let previous: QuoteSpeaker | null = null;
  drafts.sort((a, b) => (a.contentSpans[0]?.[0] ?? 0) - (b.contentSpans[0]?.[0] ?? 0));
  for (const d of drafts) {
    const first = d.contentSpans[0];
    const last = d.contentSpans.at(-1);
    if (!first || !last) continue;
    const span: Span = [first[0], last[1]];
    const speaker: QuoteSpeaker | null = d.source
      ? resolveSpeaker(text, d.source, mentions, previous)
      : null;
    if (speaker) previous = speaker;
    const setting = findSetting(text, sentences, d);
    const marked = d.regions
      .flatMap((r) => r.pieces)
      .filter(([a, b]) => a >= span[0] && b <= span[1]);
    quotes.push({
      id: `q${quotes.length + 1}`,
      kind: kindOf(d),
      span,
      text: text.slice(span[0], span[1]),
      contentSpans: d.contentSpans,
      marked,
      speaker,
      cue: d.cue ? { span: d.cue, text: text.slice(d.cue[0], d.cue[1]) } : null,
      addressee: d.addressee
        ? {
            span: d.addressee,
            text: text.slice(d.addressee[0], d.addressee[1]),
            rule: "quotes/tell-object",
          }
        : setting.questioner,
      occasion: setting.occasion,
      rule: d.rule,
    });
  }
  return quotes;
}
