import type { Paragraph } from "../../../model.js";
import { type Draft, regionsWithin, type SentenceContext } from "../context.js";
import type { Word } from "../read-words.js";

/** A label longer than this is a sentence, not a name before a colon. */
const MAX_LABEL_WORDS = 4;

/** Labels of a page's furniture, not of a speaker: "Contributing: ...", "EMAIL: ...". */
const NOT_SPEAKERS = new Set([
  "byline",
  "contact",
  "contributing",
  "correction",
  "credit",
  "email",
  "e-mail",
  "facebook",
  "photo",
  "photos",
  "related",
  "twitter",
  "update",
  "updated",
]);

/**
 * WALLACE: Let's start ... / Pat Caddell: Democrat voters worried — a capitalised name opening
 * a paragraph, then a colon: the rest of the paragraph is what the name said.
 */
export function matchSpeakerLabel(ctx: SentenceContext, paragraph: Paragraph): Draft | null {
  const { words, text } = ctx;
  if (ctx.span[0] !== paragraph.span[0]) return null;
  // A transcript line may sit inside quotation marks: "WALLACE: ...
  const first = /^["“'‘]+$/.test(words[0]?.text ?? "") ? 1 : 0;
  let k = first;
  while (k < words.length && k - first <= MAX_LABEL_WORDS && !(words[k] as Word).punct) {
    if (!(words[k] as Word).upper) return null;
    k++;
  }
  const colon = words[k];
  if (k === first || !colon || colon.text !== ":") return null;
  if (k === first + 1 && NOT_SPEAKERS.has((words[first] as Word).lower)) return null;
  const start = words[k + 1]?.start;
  if (start === undefined) return null;
  let end = paragraph.span[1];
  const trailing = first ? /[\s"”'’]/ : /\s/;
  while (end > start && trailing.test(text[end - 1] ?? "")) end--;
  if (end - start < 8) return null;
  const regions = regionsWithin(ctx, start, end).filter((r) => r.open >= start && r.close <= end);
  // Reported content stops before its final punctuation (PolNeAR); a quotation keeps its own.
  const whole = regions.length === 1 && regions[0]?.open === start;
  if (!whole) while (end > start && /[.!?\s]/.test(text[end - 1] ?? "")) end--;
  return {
    contentSpans: [[start, end]],
    source: [(words[first] as Word).start, (words[k - 1] as Word).end],
    cue: [colon.start, colon.end],
    addressee: null,
    regions,
    rule: "quotes/speaker-label",
    paragraph: ctx.paragraph,
  };
}
