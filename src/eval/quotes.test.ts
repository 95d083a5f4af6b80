import { describe, expect, it } from "vitest";
import type { Quote } from "../model.js";
import {
  classifyContent,
  formatScores,
  keyOf,
  parseBrat,
  scoreQuotes,
  widenOverMarks,
} from "./quotes.js";

// An invented article and its annotation in PolNeAR's brat form.
const TEXT = "“We stay,” Ada Kerr said. Bo Lind said the pier was safe.";
const ANN = [
  "T1\tContent 0 10\t“We stay,”",
  "T2\tSource 11 19\tAda Kerr",
  "T3\tCue 20 24\tsaid",
  "T4\tAttribution 20 24\tsaid",
  "E1\tAttribution:T4 Content:T1 Source:T2 Cue:T3",
  "T5\tSource 26 33\tBo Lind",
  "T6\tCue 34 38\tsaid",
  "T7\tContent 39 56\tthe pier was safe",
  "T8\tAttribution 34 38\tsaid",
  "E2\tAttribution:T8 Content:T7 Source:T5 Cue:T6",
].join("\n");

function quote(kind: Quote["kind"], content: [number, number], source: [number, number]): Quote {
  return {
    id: "q",
    kind,
    span: content,
    text: TEXT.slice(...content),
    contentSpans: [content],
    marked: [],
    speaker: { entity: null, name: TEXT.slice(...source), span: source },
    cue: null,
    addressee: null,
    occasion: null,
    rule: "test",
  };
}

describe("the quotes eval", () => {
  it("reads attributions from brat standoff", () => {
    const atts = parseBrat(ANN);
    expect(atts).toEqual([
      { content: [[0, 10]], source: [[11, 19]], cue: [[20, 24]] },
      { content: [[39, 56]], source: [[26, 33]], cue: [[34, 38]] },
    ]);
  });

  it.each([
    ["a piece inside curly marks", [1, 9], [0, 10]],
    ["a piece without marks", [39, 56], [39, 56]],
  ] as Array<[string, [number, number], [number, number]]>)(
    "widens %s over its marks",
    (_n, span, out) => {
      expect(widenOverMarks(TEXT, span)).toEqual(out);
    },
  );

  it("merges pieces split only by white space and sorts them", () => {
    const text = "“One. Two.”";
    expect(
      keyOf(text, [
        [6, 11],
        [0, 5],
      ]),
    ).toBe("0-11");
  });

  it.each([
    ["“We stay,”", "direct"],
    ["the pier was “safe”", "mixed"],
    ["the pier was safe", "indirect"],
  ])("classifies %s as %s", (content, kind) => {
    expect(classifyContent(content, [[0, content.length]])).toBe(kind);
  });

  it("scores exact and overlap matches and speaker mentions", () => {
    const doc = { id: "x", text: TEXT, attributions: parseBrat(ANN) };
    // The direct quote exactly; the indirect one only in part, with a wrong speaker.
    const quotes = [quote("direct", [1, 9], [11, 19]), quote("indirect", [43, 56], [0, 2])];
    const lines = formatScores(scoreQuotes([{ doc, quotes }])).join("\n");
    expect(lines).toContain("content/exact/all          P 0.500  R 0.500  F1 0.500");
    expect(lines).toContain("content/overlap/all        P 1.000  R 1.000  F1 1.000");
    expect(lines).toContain(
      "speaker mention (matched contents)  all 0.500 (1/2)  direct 1.000 (1/1)",
    );
  });
});
