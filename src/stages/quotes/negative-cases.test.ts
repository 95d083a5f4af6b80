import { describe, expect, it } from "vitest";
import type { Paragraph, SegmentedText } from "../../model.js";
import { segmentText } from "../segment/index.js";
import { findQuotes } from "./index.js";

function segment(text: string): SegmentedText {
  const paragraphs: Paragraph[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    paragraphs.push({ span: [m.index, m.index + m[0].length], text: m[0], rule: "test/paragraph" });
  }
  return { text, paragraphs, ...segmentText(text, paragraphs) };
}

describe("findQuotes does not report", () => {
  it.each([
    [
      "a scare quote with no speaker",
      "The council wants a “new model” of co-operation with the port.",
    ],
    ["a title in quotation marks", "The choir sang “Harbour Lights” at the opening of the pier."],
    [
      "a plain sentence with no cue",
      "The ferry left the harbour at noon and reached the island by one.",
    ],
    ["a possessive apostrophe", "The mayor’s office and the voters’ groups met on Tuesday."],
    ["a date after a stance verb", "The council agreed on Tuesday."],
    ["a refusal to comment", "The harbour master declined to comment."],
    ["a name in marks before its noun", "The “Harbour Lights” festival opens on Friday."],
    ["a short quoted line alone", "“Harbour Lights”"],
    ["a month after a stance verb", "The harbour board decided in early March 2026."],
    [
      "a contributors line",
      "The ferry left at noon.\nContributing: Lena Voss and Ada Kerr in Alden",
    ],
    ["an e-mail line", "The ferry left at noon.\nEMAIL: harbour-desk@alden.example"],
    ["a meeting called to order", "The mayor called the meeting to order at noon."],
    ["a capitalised cue word outside a title-case headline", "The Says Bar opened on the pier."],
    ["a nominal cue with no holder", "The criticism of the tender grew louder."],
    ["a phrase that is seldom a cue", "Okafor will vote for the ferry plan."],
    ["a book written about a subject", "Okafor wrote a book about the harbour in 2019."],
    [
      "a relative clause after a written work",
      "The harbour master wrote a book about ferries that sold well.",
    ],
    [
      "a title after a weaker cue word",
      "The band played “Harbour Lights, Harbour Nights” at the pier.",
    ],
    ["a short title after a weaker cue word", "The station airs “Harbour Life” on Sundays."],
    [
      "a place before a colon and a quotation",
      "The report came out in Alden: “The vote was close.”",
    ],
    ["a clause before a colon and a quotation", "It gets worse: “the pier is closed.”"],
  ])("%s", (_name, text) => {
    expect(findQuotes(segment(text), [])).toEqual([]);
  });
});

describe("findQuotes on bad input", () => {
  it("reads past a stray mark mid-paragraph", () => {
    const text = 'The 12" pipes were late. “We ordered them in May,” said Okafor.';
    const quotes = findQuotes(segment(text), []);
    expect(quotes.map((q) => q.text)).toEqual(["We ordered them in May,"]);
  });

  it("keeps an unclosed quotation inside its paragraph", () => {
    const text =
      "“This never closes, said Okafor.\nThe next paragraph is plain text about the harbour.";
    for (const q of findQuotes(segment(text), [])) {
      expect(q.span[1]).toBeLessThanOrEqual(text.indexOf("\n"));
    }
  });

  it("survives odd numbers of marks, nested quotes and a headline quote", () => {
    const text = 'Okafor: ‘Deal “off”\n"He said “yes ‘no’ maybe," she said. «Fine»\n”“”"';
    const quotes = findQuotes(segment(text), []);
    for (const q of quotes) expect(q.text).toBe(text.slice(q.span[0], q.span[1]));
  });

  it("reads a one-megabyte paragraph of quotations and cues in linear time", () => {
    const text = "“Yes, we will,” he said, and “no” she said that it was. ".repeat(16_000);
    const start = performance.now();
    const quotes = findQuotes(segment(text), []);
    expect(performance.now() - start).toBeLessThan(10_000);
    expect(quotes.length).toBeGreaterThan(16_000);
    for (const q of quotes.slice(0, 50)) expect(q.text).toBe(text.slice(q.span[0], q.span[1]));
  });

  it("reads a one-megabyte paragraph of stray marks without a quote", () => {
    const text = "\" ' “ ” ‘ ’ « » „ ".repeat(60_000);
    expect(findQuotes(segment(text), [])).toEqual([]);
  });

  it("reads a one-megabyte paragraph inside one opening mark in linear time", () => {
    const text = `“${"the ferry is late again and nobody knows why, ".repeat(22_000)}`;
    const start = performance.now();
    const quotes = findQuotes(segment(text), []);
    expect(performance.now() - start).toBeLessThan(5_000);
    for (const q of quotes) expect(q.span[1]).toBeLessThanOrEqual(text.length);
  });
});

describe("findQuotes gives a quotation inside a statement no second speaker", () => {
  it.each([
    [
      "a cue in the next sentence",
      "Okafor says the board will review every tender and will “act within the law.” Lind's office disputed that.",
    ],
    [
      "a verb after the quotation in the same clause",
      "Okafor added that some of the protesters were “bad actors” who were seeking a fight.",
    ],
  ])("%s", (_name, text) => {
    const quotes = findQuotes(segment(text), []);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(["Okafor"]);
    expect(quotes[0]?.rule).toBe("quotes/speaker-cue-clause");
  });
});

describe("findQuotes reports a statement once", () => {
  it("not again as the content of an 'according to' wrapped around it", () => {
    const text =
      "The harbour board said it would review the figures, according to a statement released on Monday.";
    const quotes = findQuotes(segment(text), []);
    expect(quotes.map((q) => q.text)).toEqual(["it would review the figures"]);
  });
});

describe("findQuotes says when it does not know who spoke", () => {
  it("a paragraph that is one quoted sentence, claimed by no cue, has speaker null", () => {
    const text =
      "Villagers object\n“We were never asked about the barrier.”\nThe work starts in May.";
    const quotes = findQuotes(segment(text), []);
    expect(quotes.map((q) => [q.text, q.speaker, q.cue, q.rule])).toEqual([
      ["We were never asked about the barrier.", null, null, "quotes/unattributed"],
    ]);
  });
});

describe("findQuotes keeps a source walk inside its noun phrase", () => {
  it("not over a fronted adjunct that a determiner ends", () => {
    const text = "In an email, Okafor said the pier was unsafe.";
    const quotes = findQuotes(segment(text), []);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(["Okafor"]);
  });

  it("not over a verb after a name", () => {
    const text = "After the vote, Okafor tried offering the board a deal.";
    const quotes = findQuotes(segment(text), []);
    expect(quotes.every((q) => q.speaker?.name !== "Okafor tried")).toBe(true);
  });
});

describe("findQuotes reads no statement into", () => {
  it("“put it” with no quotation after it", () => {
    const text = "Okafor put it on the table before the vote.";
    expect(findQuotes(segment(text), []).map((q) => q.cue?.text)).not.toContain("put it");
  });

  it("a reported clause after a preposition and a participle (an act)", () => {
    const text = "Okafor ended the meeting by calling the board members liars.";
    expect(findQuotes(segment(text), [])).toEqual([]);
  });
});

describe("findQuotes does not attribute a quotation across a line break", () => {
  it("to a cue word in the next line", () => {
    const text = "“The pier stays shut,” Okafor said. “We will not move.”\nThe crowd went home.";
    // One paragraph holding a line break, as in texts whose paragraphs are single lines.
    const paragraphs: Paragraph[] = [{ span: [0, text.length], text, rule: "test/paragraph" }];
    const quotes = findQuotes({ text, paragraphs, ...segmentText(text, paragraphs) }, []);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(["Okafor"]);
    expect(quotes[0]?.contentSpans).toHaveLength(2);
  });
});

describe("findQuotes after a tell verb with no clause", () => {
  it("takes the clause before, not who was told: '..., the minister told parliament'", () => {
    const doc = segment(
      "The bridge will close for repairs in June, Transport Minister Daniel Achterberg told parliament on Tuesday.",
    );
    const quotes = findQuotes(doc, []);
    expect(quotes.map((q) => q.text)).toEqual(["The bridge will close for repairs in June"]);
  });
});
