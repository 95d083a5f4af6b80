import { describe, expect, it } from "vitest";
import type { Entity, Paragraph, Quote, SegmentedText } from "../../model.js";
import { segmentText } from "../segment/index.js";
import { findQuotes } from "./index.js";

/** Builds the segment stage's output for an invented article (paragraphs split on blank lines). */
function segment(text: string): SegmentedText {
  const paragraphs: Paragraph[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    paragraphs.push({ span: [m.index, m.index + m[0].length], text: m[0], rule: "test/paragraph" });
  }
  return { text, paragraphs, ...segmentText(text, paragraphs) };
}

function slice(text: string, q: Quote, field: "content" | "speaker" | "cue"): string {
  if (field === "content") return q.contentSpans.map(([a, b]) => text.slice(a, b)).join(" | ");
  const span = field === "speaker" ? q.speaker?.span : q.cue?.span;
  return span ? text.slice(span[0], span[1]) : "";
}

const cases: Array<{
  name: string;
  text: string;
  kind: string;
  content: string;
  speaker: string;
  cue: string;
  rule: string;
}> = [
  {
    name: "a role whose name stands in the apposition, after a conjunction",
    text: "But the chairman, Phil Lovas, said that the figures were late.",
    kind: "indirect",
    content: "that the figures were late",
    speaker: "the chairman, Phil Lovas,",
    cue: "said",
    rule: "quotes/speaker-cue-clause",
  },
  {
    name: "a partial quote after a subordinate clause's subject and apposition",
    text: "The vote was put off after the mayor, Ines Okafor, said the tender had been “rushed through”.",
    kind: "mixed",
    content: "the tender had been “rushed through”",
    speaker: "the mayor, Ines Okafor,",
    cue: "said",
    rule: "quotes/speaker-cue-clause",
  },
  {
    name: "a quotation followed by the cue and the speaker",
    text: "“The harbour will stay open,” said Ines Okafor.",
    kind: "direct",
    content: "The harbour will stay open,",
    speaker: "Ines Okafor",
    cue: "said",
    rule: "quotes/quote-cue-speaker",
  },
  {
    name: "a quotation followed by a pronoun and the cue",
    text: "“We were misled,” he added.",
    kind: "direct",
    content: "We were misled,",
    speaker: "he",
    cue: "added",
    rule: "quotes/quote-speaker-cue",
  },
  {
    name: "a quotation split by its attribution as two content pieces",
    text: "“Ferries need our support,” Mayor Okafor said, “but the contract must be fair.”",
    kind: "direct",
    content: "Ferries need our support, | but the contract must be fair.",
    speaker: "Mayor Okafor",
    cue: "said",
    rule: "quotes/quote-speaker-cue",
  },
  {
    name: "reported speech with that",
    text: "The harbour authority said that the delay would cost the town money.",
    kind: "indirect",
    content: "that the delay would cost the town money",
    speaker: "The harbour authority",
    cue: "said",
    rule: "quotes/speaker-cue-clause",
  },
  {
    name: "reported speech with a partial quotation",
    text: "The mayor insisted the tender had been “rushed through” by the council.",
    kind: "mixed",
    content: "the tender had been “rushed through” by the council",
    speaker: "The mayor",
    cue: "insisted",
    rule: "quotes/speaker-cue-clause",
  },
  {
    name: "a clause before the speaker and the cue",
    text: "The ferry will run again in May, the operator said.",
    kind: "indirect",
    content: "The ferry will run again in May",
    speaker: "the operator",
    cue: "said",
    rule: "quotes/content-speaker-cue",
  },
  {
    name: "according to, fronted",
    text: "According to a council statement, the vote was postponed until June.",
    kind: "indirect",
    content: "the vote was postponed until June",
    speaker: "a council statement",
    cue: "According to",
    rule: "quotes/according-to",
  },
  {
    name: "a colon introducing a quotation",
    text: "Okafor told reporters: “We will not sign a ten-year deal in a week.”",
    kind: "direct",
    content: "We will not sign a ten-year deal in a week.",
    speaker: "Okafor",
    cue: "told",
    rule: "quotes/speaker-cue-quote",
  },
  {
    name: "a speaker label before a colon",
    text: "HARLOW: Let us turn to the ferry contract now, councillor.",
    kind: "indirect",
    content: "Let us turn to the ferry contract now, councillor",
    speaker: "HARLOW",
    cue: ":",
    rule: "quotes/speaker-label",
  },
  {
    name: "a quotation followed by a dash and a name",
    text: "“Nobody asked the islanders what they wanted.” ― Marta Quill",
    kind: "direct",
    content: "Nobody asked the islanders what they wanted.",
    speaker: "Marta Quill",
    cue: "―",
    rule: "quotes/quote-dash-speaker",
  },
  {
    name: "a quotation with a lead-in in its sentence as a mixed quote",
    text: "With two ferries out of service, “the timetable is fiction,” the captain said.",
    kind: "mixed",
    content: "With two ferries out of service, “the timetable is fiction,”",
    speaker: "the captain",
    cue: "said",
    rule: "quotes/quote-speaker-cue",
  },
  {
    name: "an apposition between the speaker and the cue",
    text: "The port's chairman, Ivo Brandt, said the cranes would be replaced by spring.",
    kind: "indirect",
    content: "the cranes would be replaced by spring",
    speaker: "The port's chairman, Ivo Brandt,",
    cue: "said",
    rule: "quotes/speaker-cue-clause",
  },
  {
    name: "an inverted speaker with a description",
    text: "“The cranes are forty years old,” said Ivo Brandt, the port's chairman.",
    kind: "direct",
    content: "The cranes are forty years old,",
    speaker: "Ivo Brandt, the port's chairman",
    cue: "said",
    rule: "quotes/quote-cue-speaker",
  },
  {
    name: "a possessive source before a cue noun",
    text: "It was the mayor's claim that the ferry pays for itself.",
    kind: "indirect",
    content: "that the ferry pays for itself",
    speaker: "the mayor's",
    cue: "claim",
    rule: "quotes/possessive-noun-cue",
  },
  {
    name: "a clause split by its attribution",
    text: "The new ferry service, the operator said, will run again in May.",
    kind: "indirect",
    content: "The new ferry service | will run again in May",
    speaker: "the operator",
    cue: "said",
    rule: "quotes/content-speaker-cue",
  },
  {
    name: "a cue coordinated with an earlier verb phrase of the same subject",
    text: "The ferry operator cut two routes last week and said the timetable would return in spring.",
    kind: "indirect",
    content: "the timetable would return in spring",
    speaker: "The ferry operator",
    cue: "said",
    rule: "quotes/shared-subject-clause",
  },
  {
    name: "a quotation handed over by a colon after the cue's object",
    text: "The captain explained it this way: “No crew, no crossing.”",
    kind: "direct",
    content: "No crew, no crossing.",
    speaker: "The captain",
    cue: "explained",
    rule: "quotes/speaker-cue-quote",
  },
  {
    name: "a source quantified by a number",
    text: "A 60% majority of the islanders said the fares were too high.",
    kind: "indirect",
    content: "the fares were too high",
    speaker: "A 60% majority of the islanders",
    cue: "said",
    rule: "quotes/speaker-cue-clause",
  },
  {
    name: "a quotation after an adjunct and a colon",
    text: "The harbour master said in a statement: “The crossing reopens at noon.”",
    kind: "direct",
    content: "The crossing reopens at noon.",
    speaker: "The harbour master",
    cue: "said",
    rule: "quotes/speaker-cue-quote",
  },
  {
    name: "a relative clause whose content follows the cue after an adjunct",
    text: "The council hired Dario Venn – a builder the mayor said during a hearing last week was cutting corners on the pier.",
    kind: "indirect",
    content: "was cutting corners on the pier",
    speaker: "a builder the mayor",
    cue: "said",
    rule: "quotes/speaker-cue-clause",
  },
  {
    name: "a name ending in -ly before the cue (not an adverb)",
    text: "Connolly said the ferry tender would be reopened.",
    kind: "indirect",
    content: "the ferry tender would be reopened",
    speaker: "Connolly",
    cue: "said",
    rule: "quotes/speaker-cue-clause",
  },
  {
    name: "a name with an age and a role in a row before the cue",
    text: "Mara Quist, 58, a ferry pilot, said the new timetable was unsafe.",
    kind: "indirect",
    content: "the new timetable was unsafe",
    speaker: "Mara Quist, 58, a ferry pilot,",
    cue: "said",
    rule: "quotes/speaker-cue-clause",
  },
  {
    name: "a short lead before a parenthetical attribution",
    text: "Voters, Okafor argued, do not care who runs the harbour board.",
    kind: "indirect",
    content: "Voters | do not care who runs the harbour board",
    speaker: "Okafor",
    cue: "argued",
    rule: "quotes/content-speaker-cue",
  },
  {
    name: "one statement for an adverb and its verb, with the whole cue",
    text: "Okafor strongly suggested that the tender would reopen.",
    kind: "indirect",
    content: "that the tender would reopen",
    speaker: "Okafor",
    cue: "strongly suggested",
    rule: "quotes/speaker-cue-clause",
  },
  {
    name: "one statement for a verb and its infinitive cue",
    text: "Okafor declined to say whether the tender would reopen.",
    kind: "indirect",
    content: "whether the tender would reopen",
    speaker: "Okafor",
    cue: "declined to say",
    rule: "quotes/speaker-cue-clause",
  },
  {
    name: "a quotation whose source is a document, not a cue noun",
    text: "“The tender was a mistake,” the statement said.",
    kind: "direct",
    content: "The tender was a mistake,",
    speaker: "the statement",
    cue: "said",
    rule: "quotes/quote-speaker-cue",
  },
  {
    name: "a quotation after an adjunct and a comma, without the adjunct",
    text: "Okafor said last week in Alden, “The harbour will stay open.”",
    kind: "direct",
    content: "The harbour will stay open.",
    speaker: "Okafor",
    cue: "said",
    rule: "quotes/speaker-cue-quote",
  },
  {
    name: "a clause before a comma and a quotation, kept with it",
    text: "Okafor said that the vote, “rushed as it was,” would stand.",
    kind: "mixed",
    content: "that the vote, “rushed as it was,” would stand",
    speaker: "Okafor",
    cue: "said",
    rule: "quotes/speaker-cue-clause",
  },
  {
    name: "a quotation right after a weaker cue word",
    text: "The crowd jeered, “Go home!”",
    kind: "direct",
    content: "Go home!",
    speaker: "The crowd",
    cue: "jeered",
    rule: "quotes/weak-cue-quote",
  },
  {
    name: "a name and a colon before a quotation",
    text: "Harbour pollster Ines Okafor: “The vote was never close.”",
    kind: "direct",
    content: "The vote was never close.",
    speaker: "Harbour pollster Ines Okafor",
    cue: ":",
    rule: "quotes/source-colon-quote",
  },
  {
    name: "a source with an apposition holding a comma",
    text: "Ines Okafor, a ferry pilot from Port Alden, Maine, said the pier was unsafe.",
    kind: "indirect",
    content: "the pier was unsafe",
    speaker: "Ines Okafor, a ferry pilot from Port Alden, Maine,",
    cue: "said",
    rule: "quotes/speaker-cue-clause",
  },
  {
    name: "a source set off by dashes around a relative clause",
    text: "Okafor — who has piloted the ferry since 2019 — said the pier was unsafe.",
    kind: "indirect",
    content: "the pier was unsafe",
    speaker: "Okafor — who has piloted the ferry since 2019",
    cue: "said",
    rule: "quotes/speaker-cue-clause",
  },
  {
    name: "modifiers between the comma and a closing source",
    text: "The ferry will run until March, harbour board spokeswoman Ines Okafor said.",
    kind: "indirect",
    content: "The ferry will run until March",
    speaker: "harbour board spokeswoman Ines Okafor",
    cue: "said",
    rule: "quotes/content-speaker-cue",
  },
  {
    name: "a source opened by a possessive, its modifiers and a named apposition",
    text: "Her senior policy adviser, Lena Braun, said: “The pier stays shut.”",
    kind: "direct",
    content: "The pier stays shut.",
    speaker: "Her senior policy adviser, Lena Braun,",
    cue: "said",
    rule: "quotes/speaker-cue-quote",
  },
  {
    name: "a source opened by a determiner whose learned rate is low",
    text: "The ferry pays well, and an outside group said the fares would rise.",
    kind: "indirect",
    content: "the fares would rise",
    speaker: "an outside group",
    cue: "said",
    rule: "quotes/speaker-cue-clause",
  },
  {
    name: "a quotation after “put it”",
    text: "As Ines Okafor, the harbour master, put it: “The tide decides.”",
    kind: "direct",
    content: "The tide decides.",
    speaker: "Ines Okafor, the harbour master,",
    cue: "put it",
    rule: "quotes/put-it-quote",
  },
  {
    name: "a quotation after a participle that follows a preposition",
    text: "Okafor took questions for an hour before saying, “The pier stays shut.”",
    kind: "direct",
    content: "The pier stays shut.",
    speaker: "Okafor",
    cue: "saying",
    rule: "quotes/speaker-cue-quote",
  },
  {
    name: "the quotation a colon after the cue hands on to, not a partial quote before it",
    text: "Conceding a deal “down the line,” she warned: “It will not happen soon.”",
    kind: "direct",
    content: "It will not happen soon.",
    speaker: "she",
    cue: "warned",
    rule: "quotes/speaker-cue-quote",
  },
  {
    name: "the reported clause, not the title of a show in marks before the speaker",
    text: "Speaking on Harbour Radio’s “Morning Tide,” Ines Okafor said the pier would stay shut.",
    kind: "indirect",
    content: "the pier would stay shut",
    speaker: "Ines Okafor",
    cue: "said",
    rule: "quotes/speaker-cue-clause",
  },
  {
    name: "a name that is also an auxiliary after a quotation",
    text: "“The pier will stay shut,” Will wrote.",
    kind: "direct",
    content: "The pier will stay shut,",
    speaker: "Will",
    cue: "wrote",
    rule: "quotes/quote-speaker-cue",
  },
  {
    name: "a source without the adverbial insert before its cue",
    text: "Ines Okafor, in an interview on Friday, said the pier would stay shut.",
    kind: "indirect",
    content: "the pier would stay shut",
    speaker: "Ines Okafor",
    cue: "said",
    rule: "quotes/speaker-cue-clause",
  },
  {
    name: "the words before an attribution set off by commas that the quotation goes on",
    text: "An early storm, Okafor said, “could close the pier for a week.”",
    kind: "mixed",
    content: "An early storm | could close the pier for a week.",
    speaker: "Okafor",
    cue: "said",
    rule: "quotes/speaker-cue-quote",
  },
  {
    name: "a quotation alone after a fronted adjunct and an attribution set off by commas",
    text: "After the vote on Monday, Okafor said, “We will close the pier.”",
    kind: "direct",
    content: "We will close the pier.",
    speaker: "Okafor",
    cue: "said",
    rule: "quotes/speaker-cue-quote",
  },
  {
    name: "the speaker whose name holds a word that can be a cue (“press”)",
    text: "“We will reopen the pier,” the harbour press secretary, Lena Braun, said.",
    kind: "direct",
    content: "We will reopen the pier,",
    speaker: "the harbour press secretary, Lena Braun,",
    cue: "said",
    rule: "quotes/quote-speaker-cue",
  },
  {
    name: "a source in capitals that spells a stop word",
    text: "HARBOUR TODAY reported that the pier would stay shut.",
    kind: "indirect",
    content: "that the pier would stay shut",
    speaker: "HARBOUR TODAY",
    cue: "reported",
    rule: "quotes/speaker-cue-clause",
  },
  {
    name: "a reported clause before a colon and the quotation it introduces",
    text: "Okafor adds that the board has two choices: “Open the pier or pay the fines.”",
    kind: "mixed",
    content: "that the board has two choices: “Open the pier or pay the fines.”",
    speaker: "Okafor",
    cue: "adds",
    rule: "quotes/speaker-cue-quote",
  },
  {
    name: "a quotation alone after a cue's object and a colon",
    text: "Okafor explained it this way: “The tide decides.”",
    kind: "direct",
    content: "The tide decides.",
    speaker: "Okafor",
    cue: "explained",
    rule: "quotes/speaker-cue-quote",
  },
  {
    name: "a quotation after a participle and its addressee, sharing the subject",
    text: "Okafor was unmoved, telling reporters, “The pier stays shut.”",
    kind: "direct",
    content: "The pier stays shut.",
    speaker: "Okafor",
    cue: "telling",
    rule: "quotes/speaker-cue-quote",
  },
  {
    name: "a participle sharing the subject after a fronted adjunct",
    text: "On Thursday, the mayor went further, warning that the pier would close.",
    kind: "indirect",
    content: "that the pier would close",
    speaker: "the mayor",
    cue: "warning",
    rule: "quotes/shared-subject-clause",
  },
  {
    name: "a coordinated cue sharing the subject after a fronted time adjunct",
    text: "A month later, Okafor visited the harbour and said the tender was rushed.",
    kind: "indirect",
    content: "the tender was rushed",
    speaker: "Okafor",
    cue: "said",
    rule: "quotes/shared-subject-clause",
  },
  {
    name: "a reported clause without that after a tell-verb's addressee",
    text: "The admiral told reporters the ships would sail on Friday.",
    kind: "indirect",
    content: "the ships would sail on Friday",
    speaker: "The admiral",
    cue: "told",
    rule: "quotes/speaker-cue-clause",
  },
  {
    name: "an adjective and preposition that end a cue, after a copula",
    text: "The harbour board has been critical of the ferry deal.",
    kind: "indirect",
    content: "the ferry deal",
    speaker: "The harbour board",
    cue: "has been critical of",
    rule: "quotes/prepositional-cue",
  },
  {
    name: "a noun and preposition that end a cue, after a possessive",
    text: "Her criticism of the tender, first aired in March, went unanswered.",
    kind: "indirect",
    content: "the tender",
    speaker: "Her",
    cue: "criticism of",
    rule: "quotes/prepositional-cue",
  },
  {
    name: "a title-case headline with a capitalised cue",
    text: "Okafor Says The Ferry Will Sail Again",
    kind: "indirect",
    content: "The Ferry Will Sail Again",
    speaker: "Okafor",
    cue: "Says",
    rule: "quotes/speaker-cue-clause",
  },
  {
    name: "a pronoun opening a reported clause without that after the addressee",
    text: "Okafor told Harbour Radio she would run again.",
    kind: "indirect",
    content: "she would run again",
    speaker: "Okafor",
    cue: "told",
    rule: "quotes/speaker-cue-clause",
  },
];

describe("findQuotes", () => {
  it.each(cases)("finds $name", (c) => {
    const quotes = findQuotes(segment(c.text), []);
    expect(quotes).toHaveLength(1);
    const q = quotes[0] as Quote;
    expect(q.kind).toBe(c.kind);
    expect(slice(c.text, q, "content")).toBe(c.content);
    expect(slice(c.text, q, "speaker")).toBe(c.speaker);
    expect(slice(c.text, q, "cue")).toBe(c.cue);
    expect(q.rule).toBe(c.rule);
    expect(q.text).toBe(c.text.slice(q.span[0], q.span[1]));
  });

  it("gives a participle after a partial quote's closing mark the earlier speaker", () => {
    const text = "Okafor called the move a “breach of trust,” adding: “We will appeal.”";
    const quotes = findQuotes(segment(text), []);
    const added = quotes.find((q) => q.cue?.text === "adding");
    expect(added?.text).toBe("We will appeal.");
    expect(added?.speaker?.name).toBe("Okafor");
  });

  it("joins a short quoted sentence after a split quote, but not a short scare quote", () => {
    const text = "“It is taxing on the crew,” Okafor said. “Big time.” The “new model” stays.";
    const quotes = findQuotes(segment(text), []);
    expect(quotes.map((q) => slice(text, q, "content"))).toEqual([
      "It is taxing on the crew, | Big time.",
    ]);
  });

  it("keeps the second half of a split quote with it, not with a participle between", () => {
    const text =
      "“Every time you say that,” Okafor said, referring to the board, “you lose a vote.”";
    const quotes = findQuotes(segment(text), []);
    expect(quotes.map((q) => [slice(text, q, "content"), q.cue?.text])).toEqual([
      ["Every time you say that, | you lose a vote.", "said"],
    ]);
  });

  it("names the addressee of a tell-verb", () => {
    const text = "Okafor told the harbour board that the contract could be reopened.";
    const [q] = findQuotes(segment(text), []);
    expect(q?.addressee?.text).toBe("the harbour board");
    expect(slice(text, q as Quote, "content")).toBe("that the contract could be reopened");
  });

  it.each([
    ["a clause without that", "Okafor told reporters the ships would sail.", "reporters"],
    ["a name opening the clause", "Okafor told the board Lind was wrong.", "the board"],
    [
      "a name that is all addressee",
      "Okafor told Charlie Rose on Harbour Radio that it was over.",
      "Charlie Rose on Harbour Radio",
    ],
  ])("ends the addressee where the reported clause begins: %s", (_name, text, addressee) => {
    const [q] = findQuotes(segment(text), []);
    expect(q?.addressee?.text).toBe(addressee);
  });

  it.each([
    [
      "an addressee with a programme name",
      "Okafor told Lena Voss on Harbour Radio that the tender was rushed.",
      "Lena Voss on Harbour Radio",
      null,
    ],
    [
      "an addressee that is an assembly",
      "“We will not sign,” Okafor told the 12th session of the Port Council.",
      "the 12th session of the Port Council",
      null,
    ],
    [
      "an occasion opened by a participle",
      "Speaking at the annual ferry forum in Alden, Okafor said the tender had been rushed.",
      null,
      "the annual ferry forum in Alden",
    ],
    [
      "a questioner",
      "Responding to a question from the Alden Courier, Okafor said the tender had been rushed.",
      "the Alden Courier",
      null,
    ],
  ])("reads %s", (_name, text, addressee, occasion) => {
    const [q] = findQuotes(segment(text), []);
    expect(q?.addressee?.text ?? null).toBe(addressee);
    expect(q?.occasion?.text ?? null).toBe(occasion);
    if (q?.addressee) expect(text.slice(...q.addressee.span)).toBe(q.addressee.text);
    if (q?.occasion) expect(q.occasion.rule).toBe("quotes/occasion-speaking");
  });

  it("reads dash attributions line by line within one paragraph", () => {
    const text = "“The pier is safe.” ― Ada Kerr\n“The pier is not safe.” ― Bo Lind";
    const paragraphs = [
      { span: [0, text.length] as [number, number], text, rule: "test/paragraph" },
    ];
    const quotes = findQuotes({ text, paragraphs, ...segmentText(text, paragraphs) }, []);
    expect(quotes.map((q) => [q.text, q.speaker?.name, q.rule])).toEqual([
      ["The pier is safe.", "Ada Kerr", "quotes/quote-dash-speaker"],
      ["The pier is not safe.", "Bo Lind", "quotes/quote-dash-speaker"],
    ]);
  });

  it.each([
    ["a space", " "],
    ["a no-break space", "\u00a0"],
  ])("joins the next sentence's quotation after %s", (_name, gap) => {
    const text = `“The numbers are public,” said Okafor.${gap}“Anyone can read them at the town hall.”`;
    const [q, ...rest] = findQuotes(segment(text), []);
    expect(rest).toEqual([]);
    expect(q?.contentSpans.map(([a, b]) => text.slice(a, b))).toEqual([
      "The numbers are public,",
      "Anyone can read them at the town hall.",
    ]);
  });

  it("leaves a single-quoted title line after a double-quoted statement alone", () => {
    const text = "“The numbers are public,” said Okafor.\n‘Harbour Days Are Back.’";
    const quotes = findQuotes(segment(text), []);
    expect(quotes.map((q) => q.contentSpans.length)).toEqual([1]);
  });

  it("joins a second quotation in the same paragraph to the attributed one", () => {
    const text = "“The numbers are public,” said Okafor. “Anyone can read them at the town hall.”";
    const quotes = findQuotes(segment(text), []);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.contentSpans).toHaveLength(2);
  });

  it("joins a quotation filling the next paragraph to the attributed one", () => {
    const text =
      "“The pier needs work,” Ines Okafor said.\n“We have asked the council for money twice this year.”\nThe council did not reply.";
    const quotes = findQuotes(segment(text), []);
    expect(quotes).toHaveLength(1);
    expect(slice(text, quotes[0] as Quote, "content")).toBe(
      "The pier needs work, | We have asked the council for money twice this year.",
    );
  });

  it("does not give a next-paragraph quotation to a speaker when another statement comes between", () => {
    const text =
      "“The pier needs work,” Ines Okafor said. The harbour board said the repairs were paid for.\n“We have asked the council for money twice this year.”";
    const quotes = findQuotes(segment(text), []);
    expect(quotes.map((q) => [q.contentSpans.length, q.rule])).toEqual([
      [1, "quotes/quote-speaker-cue"],
      [1, "quotes/speaker-cue-clause"],
      [1, "quotes/unattributed"],
    ]);
    expect(quotes[2]?.speaker).toBeNull();
  });

  it("keeps a quotation running over paragraphs as one statement", () => {
    const text =
      "Okafor said:\n“The first part of the plan is simple.\n“The second part takes longer.”";
    const quotes = findQuotes(segment(text), []);
    expect(quotes).toHaveLength(1);
    expect(slice(text, quotes[0] as Quote, "content")).toBe(
      "The first part of the plan is simple. | The second part takes longer.",
    );
  });

  it("resolves a pronoun to the entity of the previous speaker", () => {
    const text =
      "“The port is safe,” said Ines Okafor. Later, she added that ferries would resume.";
    const entity: Entity = {
      id: "e1",
      name: "Ines Okafor",
      type: "PERSON",
      attributes: {},
      mentions: [{ span: [25, 36], text: "Ines Okafor", rule: "test" }],
    };
    const quotes = findQuotes(segment(text), [entity]);
    expect(quotes.map((q) => q.speaker?.entity)).toEqual(["e1", "e1"]);
    expect(quotes[1]?.speaker?.name).toBe("Ines Okafor");
    expect(slice(text, quotes[1] as Quote, "speaker")).toBe("she");
  });

  it("resolves a source with an apposition to the name before it, not a place after", () => {
    const text = "“Ports need money,” said Ada Kerr, an economist from Lund University in Malmo.";
    const mention = (name: string) => {
      const at = text.indexOf(name);
      return { span: [at, at + name.length] as [number, number], text: name, rule: "test" };
    };
    const entities: Entity[] = [
      {
        id: "e1",
        name: "Ada Kerr",
        type: "PERSON",
        attributes: {},
        mentions: [mention("Ada Kerr")],
      },
      {
        id: "e2",
        name: "Lund University",
        type: "ORG",
        attributes: {},
        mentions: [mention("Lund University")],
      },
      { id: "e3", name: "Malmo", type: "GPE", attributes: {}, mentions: [mention("Malmo")] },
    ];
    const [q] = findQuotes(segment(text), entities);
    expect(q?.speaker?.entity).toBe("e1");
    expect(q?.speaker?.name).toBe("Ada Kerr");
  });

  it("keeps a non-person source whose only entity sits after a preposition", () => {
    const text = "A military communique in Alden said the ferry had been late all week.";
    const at = text.indexOf("Alden");
    const entities: Entity[] = [
      {
        id: "e1",
        name: "Alden",
        type: "GPE",
        attributes: {},
        mentions: [{ span: [at, at + 5], text: "Alden", rule: "test" }],
      },
    ];
    const [q] = findQuotes(segment(text), entities);
    expect(q?.speaker).toEqual({
      entity: null,
      name: "A military communique in Alden",
      span: [0, at + 5],
    });
  });

  it("names the source words when no entity is given", () => {
    const text = "A military communique in Baghdad said the bridge had been retaken.";
    const [q] = findQuotes(segment(text), []);
    expect(q?.speaker).toEqual({
      entity: null,
      name: "A military communique in Baghdad",
      span: [0, 32],
    });
  });

  it("reports the question of a fronted “Asked” without a source, and the answer", () => {
    const text =
      "Asked whether the ferry would run on Sunday, Okafor said the timetable was not settled.";
    const quotes = findQuotes(segment(text), []);
    expect(quotes.map((q) => [q.rule, slice(text, q, "content"), q.speaker?.name ?? null])).toEqual(
      [
        ["quotes/asked-question", "whether the ferry would run on Sunday", null],
        ["quotes/speaker-cue-clause", "the timetable was not settled", "Okafor"],
      ],
    );
    expect(slice(text, quotes[0] as Quote, "cue")).toBe("Asked");
  });

  it.each([
    [
      "an adjunct before the question",
      "Asked on Monday whether the pier would close, Okafor shook her head.",
      "whether the pier would close",
    ],
    [
      "a number opening the main clause",
      "Asked if the ferry was safe, 72 percent of riders agreed.",
      "if the ferry was safe",
    ],
    [
      "“when asked” after the clause",
      "“You bet I would,” Okafor said when asked whether she would close the pier.",
      "whether she would close the pier",
    ],
  ])("reads the question of “Asked” with %s", (_name, text, question) => {
    const quotes = findQuotes(segment(text), []);
    const asked = quotes.filter((q) => q.rule === "quotes/asked-question");
    expect(asked.map((q) => [slice(text, q, "content"), q.speaker])).toEqual([[question, null]]);
  });

  it.each([
    ["“Asked” with no question word", "Asked to leave, the protesters sat down."],
    ["a passive “was asked” with no “when”", "Okafor was asked whether the pier would close."],
    [
      "“asked” inside the sentence",
      "The board asked whether the ferry would run, and Okafor nodded.",
    ],
  ])("does not read a question from %s", (_name, text) => {
    const quotes = findQuotes(segment(text), []);
    expect(quotes.filter((q) => q.rule === "quotes/asked-question")).toEqual([]);
  });

  it.each([
    [
      "The new ferry is expected to enter service in March.",
      ["The new ferry", "to enter service in March"],
      "is expected",
    ],
    [
      "The harbour board appeared deeply divided.",
      ["The harbour board", "deeply divided"],
      "appeared",
    ],
    ["It appears that the pier will stay shut.", ["that the pier will stay shut"], "appears"],
  ])("reads a judgement with no holder named in “%s”", (text, pieces, cue) => {
    const quotes = findQuotes(segment(text), []);
    expect(quotes).toHaveLength(1);
    const q = quotes[0] as Quote;
    expect(q.contentSpans.map(([a, b]) => text.slice(a, b))).toEqual(pieces);
    expect(slice(text, q, "cue")).toBe(cue);
    expect(q.speaker).toBeNull();
    expect(q.rule).toBe("quotes/raising-verb");
  });

  it.each([
    ["an appearance at a place", "Okafor appeared at a rally in Alden on Sunday."],
    ["an infinitive reporting verb", "Okafor appeared to suggest that the pier would close."],
  ])("does not read a judgement from %s", (_name, text) => {
    const quotes = findQuotes(segment(text), []);
    expect(quotes.filter((q) => q.rule === "quotes/raising-verb")).toEqual([]);
  });
});
