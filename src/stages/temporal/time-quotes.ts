import type { Published, Quote, Span, Timex } from "../../model.js";

type QuoteTime = NonNullable<Quote["time"]>;

/** Values that say when something happened (not "PRESENT_REF"-like placeholders or X-forms). */
const DATED_VALUE = /^(?:BC)?\d{4}(?:-|$)/;

/**
 * When each quote was said: a date in its attribution ("Putin said in early September",
 * "told Charlie Rose on Sunday") when there is one, else the document date. Dates inside the
 * quoted content are what the speaker talks about, not when they spoke, so they are skipped.
 * When the text contradicts the document date, the implied writing date stands in for it.
 */
export function timeQuotes(quotes: Quote[], timexes: Timex[], published: Published): Quote[] {
  const dated = timexes.filter(
    (t) =>
      (t.type === "DATE" || t.type === "TIME") && t.value !== null && DATED_VALUE.test(t.value),
  );
  const fallback = readDocumentTime(published);
  return quotes.map((quote) => {
    const timex = findAttributionTimex(quote, dated);
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

/** The dated timex inside the quote's span but outside its content, nearest the cue. */
function findAttributionTimex(quote: Quote, timexes: Timex[]): Timex | null {
  const content = [...quote.contentSpans, ...quote.marked];
  const pivot = quote.cue?.span[0] ?? quote.speaker?.span[0] ?? quote.span[0];
  let best: Timex | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const timex of timexes) {
    if (!isWithin(timex.span, quote.span)) continue;
    if (content.some((span) => timex.span[0] < span[1] && span[0] < timex.span[1])) continue;
    const distance = Math.abs(timex.span[0] - pivot);
    if (distance < bestDistance) {
      best = timex;
      bestDistance = distance;
    }
  }
  return best;
}
