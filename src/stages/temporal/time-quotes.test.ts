import { describe, expect, it } from "vitest";
import type { Published, Quote, Timex } from "../../model.js";
import { timeQuotes } from "./time-quotes.js";

/** Invented text; offsets below index it. */
const TEXT =
  '"We will rebuild by March," the mayor said in early September. "Ferries run on Sunday," Kerr said.';

function span(part: string, from = 0): [number, number] {
  const start = TEXT.indexOf(part, from);
  return [start, start + part.length];
}

function makeQuote(
  id: string,
  whole: string,
  content: string,
  cue: string,
  speaker: string,
): Quote {
  const quoteSpan = span(whole);
  return {
    id,
    span: quoteSpan,
    text: whole,
    rule: "quotes/test",
    kind: "direct",
    contentSpans: [span(content)],
    marked: [span(content)],
    speaker: { entity: null, name: speaker, span: span(speaker, quoteSpan[0]) },
    cue: { span: span(cue, quoteSpan[0]), text: cue },
    addressee: null,
    occasion: null,
  };
}

function makeTimex(text: string, value: string, type: Timex["type"] = "DATE"): Timex {
  return { span: span(text), text, rule: "temporal/test", type, value };
}

const QUOTES = [
  makeQuote(
    "q1",
    '"We will rebuild by March," the mayor said in early September.',
    "We will rebuild by March,",
    "said",
    "the mayor",
  ),
  makeQuote("q2", '"Ferries run on Sunday," Kerr said.', "Ferries run on Sunday,", "said", "Kerr"),
];
const TIMEXES = [
  makeTimex("March", "2016-03"),
  makeTimex("early September", "2015-09"),
  makeTimex("Sunday", "2015-09-27"),
];
const PUBLISHED: Published = { value: "2015-09-28T17:06", source: "header" };

describe("timeQuotes", () => {
  it("takes the date in the attribution, not the dates inside the quote", () => {
    const [q1] = timeQuotes(QUOTES, TIMEXES, PUBLISHED);
    expect(q1?.time).toEqual({
      value: "2015-09",
      span: span("early September"),
      rule: "temporal/quote-attribution",
    });
  });

  it("falls back to the document date when the attribution has no date", () => {
    const [, q2] = timeQuotes(QUOTES, TIMEXES, PUBLISHED);
    expect(q2?.time).toEqual({
      value: "2015-09-28",
      span: null,
      rule: "temporal/quote-document-date",
    });
  });

  it("uses the implied date when the text contradicts the stamp", () => {
    const conflicted: Published = {
      ...PUBLISHED,
      conflict: { implied: "XXXX-10-18/XXXX-10-24", evidence: [], reason: "r" },
    };
    const [, q2] = timeQuotes(QUOTES, TIMEXES, conflicted);
    expect(q2?.time).toMatchObject({
      value: "XXXX-10-18/XXXX-10-24",
      rule: "temporal/quote-implied-date",
    });
  });

  it("leaves the time null with no date at all", () => {
    const [, q2] = timeQuotes(QUOTES, TIMEXES, { value: null, source: "none" });
    expect(q2?.time).toBeNull();
  });

  it("takes a date just after the cue when the quote's span stops at the cue", () => {
    const [q1] = QUOTES;
    if (!q1) throw new Error("fixture");
    const short = { ...q1, span: [q1.span[0], q1.cue?.span[1] ?? 0] as [number, number] };
    const [timed] = timeQuotes([short], TIMEXES, PUBLISHED);
    expect(timed?.time).toMatchObject({ value: "2015-09", rule: "temporal/quote-attribution" });
  });

  it("does not take a date from the next quote's content", () => {
    const bare = QUOTES.map((q) => ({
      ...q,
      span: [q.span[0], q.cue?.span[1] ?? 0] as [number, number],
    }));
    const timexes = TIMEXES.filter((t) => t.text !== "early September");
    const [q1] = timeQuotes(bare, timexes, PUBLISHED);
    expect(q1?.time).toMatchObject({ rule: "temporal/quote-document-date" });
  });

  it("does not take a date from the next sentence after the cue", () => {
    const text = "“We asked in January,” Mr Brandt said. The vote is on March 26.";
    const at = (part: string): [number, number] => [
      text.indexOf(part),
      text.indexOf(part) + part.length,
    ];
    const quote: Quote = {
      ...(QUOTES[1] as Quote),
      span: at("We asked in January,"),
      contentSpans: [at("We asked in January,")],
      marked: [at("We asked in January,")],
      cue: { span: at("said"), text: "said" },
    };
    const vote: Timex = {
      span: at("March 26"),
      text: "March 26",
      rule: "temporal/test",
      type: "DATE",
      value: "2026-03-26",
    };
    const sentences = [
      at("“We asked in January,” Mr Brandt said."),
      at("The vote is on March 26."),
    ].map((sentenceSpan, paragraph) => ({
      span: sentenceSpan,
      text: text.slice(...sentenceSpan),
      rule: "segment/sentence",
      paragraph,
      tokens: [0, 0] as [number, number],
    }));
    const published: Published = { value: "2026-03-12", source: "header" };
    const [timed] = timeQuotes([quote], [vote], published, sentences);
    expect(timed?.time).toEqual({
      value: "2026-03-12",
      span: null,
      rule: "temporal/quote-document-date",
    });
  });

  it("returns new quotes and leaves the input untouched", () => {
    const out = timeQuotes(QUOTES, TIMEXES, PUBLISHED);
    expect(out).not.toBe(QUOTES);
    expect(QUOTES[0]?.time).toBeUndefined();
  });
});
