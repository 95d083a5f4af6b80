import type { Published, Quote, Sentence, Span, Timex } from "../../model.js";

type QuoteTime = NonNullable<Quote["time"]>;

/** Values that say when something happened (not "PRESENT_REF"-like placeholders or X-forms). */
const DATED_VALUE = /^(?:BC)?\d{4}(?:-|$)/;

/**
 * When each quote was said: a date in its attribution ("Putin said in early September",
 * "told Charlie Rose on Sunday") when there is one, else the document date. Dates inside the
 * quoted content are what the speaker talks about, not when they spoke, so they are skipped.
 * When the text contradicts the document date, the implied writing date stands in for it.
 */
export function timeQuotes(
  quotes: Quote[],
  timexes: Timex[],
  published: Published,
  sentences: Sentence[] = [],
): Quote[] {
  const dated = timexes.filter(
    (t) =>
      (t.type === "DATE" || t.type === "TIME") && t.value !== null && DATED_VALUE.test(t.value),
  );
  const fallback = readDocumentTime(published);
  // Quoted text of every quote: a date in the next quote is not this one's attribution.
  const quoted = quotes.flatMap((q) => [...q.contentSpans, ...q.marked]);
  return quotes.map((quote) => {
    const timex = findAttributionTimex(quote, dated, quoted, sentences);
    const time: QuoteTime | null = timex
      ? { value: timex.value ?? "", span: timex.span, rule: "temporal/quote-attribution" }
      : fallback;
    return { ...quote, time };
  });
}

function readDocumentTime(published: Published): QuoteTime | null {
  if (published.conflict)
    return { value: published.conflict.implied, span: null, rule: "temporal/quote-implied-date" };
  if (published.value)
    return {
      value: published.value.slice(0, 10),
      span: null,
      rule: "temporal/quote-document-date",
    };
  if (published.implied)
    return { value: published.implied.value, span: null, rule: "temporal/quote-implied-date" };
  return null;
}

function isWithin(inner: Span, outer: Span): boolean {
  return outer[0] <= inner[0] && inner[1] <= outer[1];
}

/** How far after the cue a date may still modify it ("said in a speech in early September"). */
const CUE_REACH = 40;

/** "Putin said in early September": a date right after the cue, with no quoted text between. */
function isJustAfterCue(
  quote: Quote,
  timex: Timex,
  content: Span[],
  sentences: Sentence[],
): boolean {
  const cue = quote.cue;
  if (!cue) return false;
  const from = cue.span[1];
  if (timex.span[0] < from || timex.span[0] - from > CUE_REACH) return false;
  // "…,” Mr Brandt said. The vote is now expected on March 26." is not when he said it.
  if (sentenceAt(sentences, from - 1) !== sentenceAt(sentences, timex.span[0])) return false;
  return !content.some((span) => span[0] >= from && span[0] < timex.span[0]);
}

/** The dated timex inside the quote's span but outside its content, nearest the cue. */
function findAttributionTimex(
  quote: Quote,
  timexes: Timex[],
  quoted: Span[],
  sentences: Sentence[],
): Timex | null {
  const content = quoted;
  const pivot = quote.cue?.span[0] ?? quote.speaker?.span[0] ?? quote.span[0];
  let best: Timex | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const timex of timexes) {
    if (!isWithin(timex.span, quote.span) && !isJustAfterCue(quote, timex, content, sentences)) {
      continue;
    }
    if (content.some((span) => timex.span[0] < span[1] && span[0] < timex.span[1])) continue;
    const distance = Math.abs(timex.span[0] - pivot);
    if (distance < bestDistance) {
      best = timex;
      bestDistance = distance;
    }
  }
  return best;
}

/** Index of the sentence holding offset `at` (binary search), or -1 without sentences. */
function sentenceAt(sentences: Sentence[], at: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = (sentences[mid] as Sentence).span;
    if (at < span[0]) high = mid - 1;
    else if (at >= span[1]) low = mid + 1;
    else return mid;
  }
  return -1;
}
