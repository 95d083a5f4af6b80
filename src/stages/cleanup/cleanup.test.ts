import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../model.js";
import { type CleanupOptions, cleanArticle } from "./index.js";

function clean(raw: string, options: CleanupOptions = {}): CleanArticle {
  return cleanArticle({ id: "test.txt", raw, format: "text" }, options);
}

/** Every run of the source map must copy the source exactly. */
function expectSourceMapExact(raw: string, article: CleanArticle): void {
  for (const [textStart, sourceStart, length] of article.sourceMap) {
    expect(article.text.slice(textStart, textStart + length)).toBe(
      raw.slice(sourceStart, sourceStart + length),
    );
  }
}

describe("header dates", () => {
  it.each([
    ["09:07 pm\n27 May 2017\n\nA headline here\n\nBody text.", "2017-05-27T21:07"],
    ["A headline here\nSeptember 28, 2015, 5:06 pm\n\nBody text.", "2015-09-28T17:06"],
    ["2015-09-28\nA headline here\n\nBody text.", "2015-09-28"],
    ["A headline here\nPublished: Mon 28 Sep 2015 17.06 BST\n\nBody text.", "2015-09-28T17:06"],
    ["A headline here\nSept. 28, 2015 at 5:06 p.m. ET\n\nBody text.", "2015-09-28T17:06"],
    ["A headline here\n28.09.2015 17:06\n\nBody text.", "2015-09-28T17:06"],
  ])("reads %j as %s from the header", (raw, value) => {
    const article = clean(raw);
    expect(article.published.value).toBe(value);
    expect(article.published.source).toBe("header");
    expect(article.title).toBe("A headline here");
    expect(article.text).toBe("Body text.");
  });

  it("records the header lines it read as evidence with source spans", () => {
    const raw = "09:07 pm\n27 May 2017\n\nHeadline\n\nBody.";
    const evidence = clean(raw).published.evidence ?? [];
    expect(evidence.map((e) => [e.span, e.text, e.rule])).toEqual([
      [[0, 8], "09:07 pm", "cleanup/header-date"],
      [[9, 20], "27 May 2017", "cleanup/header-date"],
    ]);
  });

  it("refuses a header date without a year", () => {
    const article = clean("Headline\n27 May\n\nBody.");
    expect(article.published).toEqual({ value: null, source: "none" });
  });

  it("uses --document-date over the header, recorded as given", () => {
    const article = clean("Headline\n2015-09-28\n\nBody.", { documentDate: "2020-01-02" });
    expect(article.published).toEqual({ value: "2020-01-02", source: "given" });
  });

  it("uses the fallback date only when the input has none", () => {
    expect(clean("Body only.", { fallbackDate: "2020-01-02" }).published).toEqual({
      value: "2020-01-02",
      source: "given",
    });
    expect(clean("H\n2015-09-28\n\nBody.", { fallbackDate: "2020-01-02" }).published.value).toBe(
      "2015-09-28",
    );
  });
});

describe("title, byline and outlet", () => {
  it("reads a byline under the headline", () => {
    const article = clean(
      "Miners agree to talks\nBy Paulo Mendes\n2026-01-19\n\nThe strike ended.",
    );
    expect(article.byline).toBe("Paulo Mendes");
    expect(article.title).toBe("Miners agree to talks");
  });

  it("takes no title when the first line is a sentence", () => {
    const article = clean("The council met on Tuesday and voted.\n\nIt was late.");
    expect(article.title).toBeNull();
    expect(article.text).toBe("The council met on Tuesday and voted.\n\nIt was late.");
  });

  it("reads a closing signature line as the outlet and removes it", () => {
    const article = clean("Headline\n\nThe council met.\n\nThe Alden Courier");
    expect(article.outlet).toBe("The Alden Courier");
    expect(article.text).toBe("The council met.");
    expect(article.edits.at(-1)?.rule).toBe("cleanup/outlet-signature");
  });

  it("keeps a closing line that is a sentence fragment in lower case", () => {
    const article = clean("Headline\n\nThe council met.\n\nmore to follow");
    expect(article.outlet).toBeNull();
    expect(article.text).toBe("The council met.\n\nmore to follow");
  });
});

describe("boilerplate and repairs", () => {
  it("removes furniture lines at the top and glued to the last sentence", () => {
    const raw = "Follow us on:\u00a0\n\nHeadline\n\n“We were deceived,” he added.Follow us on:   ";
    const article = clean(raw);
    expect(article.text).toBe("“We were deceived,” he added.");
    expect(article.edits.map((e) => [e.rule, e.text])).toEqual([
      ["cleanup/boilerplate", "Follow us on:"],
      ["cleanup/header-title", "Headline"],
      ["cleanup/boilerplate", "Follow us on:"],
    ]);
    expectSourceMapExact(raw, article);
  });

  it("keeps one copy of a caption repeated twice", () => {
    const raw =
      "Headline\n\nA ferry in the harbour [File]\n\nA ferry in the harbour [File]\n\nBody.";
    const article = clean(raw);
    expect(article.text).toBe("A ferry in the harbour [File]\n\nBody.");
    const edit = article.edits.find((e) => e.rule === "cleanup/duplicate-paragraph");
    expect(edit?.span).toEqual([41, 70]);
    expect(raw.slice(41, 70)).toBe("A ferry in the harbour [File]");
  });

  it("repairs a doubled given name and records the repair with its source span", () => {
    const raw = "Headline\n\nsaid Piotr Piotr Dutkiewicz, an expert.";
    const article = clean(raw);
    expect(article.text).toBe("said Piotr Dutkiewicz, an expert.");
    const edit = article.edits.find((e) => e.rule === "cleanup/doubled-name");
    expect(edit).toMatchObject({ kind: "repaired", text: "Piotr ", span: [15, 21] });
    expectSourceMapExact(raw, article);
  });

  it.each([
    ["a lower-case double", "The council had had enough."],
    ["a real doubled name", "Sirhan Sirhan was convicted in 1969."],
    ["a name doubled into a compound surname", "Boutros Boutros-Ghali spoke."],
    ["a doubled word before a lower-case word", "Paris Paris is a song."],
  ])("leaves %s alone", (_name, sentence) => {
    expect(clean(`Headline\n\n${sentence}`).text).toBe(sentence);
  });

  it("never drops a paragraph that opens with a quotation mark", () => {
    const raw = "Headline\n\n“Share this.”\n\n“Share this.”";
    expect(clean(raw).text).toBe("“Share this.”\n\n“Share this.”");
  });

  it("normalises Windows line endings and maps back to the source", () => {
    const raw = "Headline\r\n2015-09-28\r\n\r\nFirst line\r\nsame paragraph.\r\n\r\nSecond.\r\n";
    const article = clean(raw);
    expect(article.text).toBe("First line\nsame paragraph.\n\nSecond.");
    expect(article.published.value).toBe("2015-09-28");
    expectSourceMapExact(raw, article);
  });

  it("annotates paragraphs with spans into the cleaned text", () => {
    const article = clean("Headline\n\nOne.\n\nTwo.");
    expect(article.paragraphs).toEqual([
      { span: [0, 4], text: "One.", rule: "cleanup/paragraph" },
      { span: [6, 10], text: "Two.", rule: "cleanup/paragraph" },
    ]);
  });
});

describe("verbatim", () => {
  it("keeps the text exactly as read but still reads the header", () => {
    const raw =
      "Follow us on:\n\nHeadline\n2015-09-28\n\nSaid Piotr Piotr Dutkiewicz.\n\nThe Post\n";
    const article = clean(raw, { verbatim: true });
    expect(article.text).toBe(raw);
    expect(article.edits).toEqual([]);
    expect(article.title).toBe("Headline");
    expect(article.published.value).toBe("2015-09-28");
    expect(article.sourceMap).toEqual([[0, 0, raw.length]]);
  });
});

describe("a dateline opening the first paragraph", () => {
  const clean = (raw: string) => cleanArticle({ id: "wire.txt", raw, format: "text" });

  it("is cut from the text, kept as an edit, and gives the date and agency", () => {
    const article = clean(
      "PORT ALDEN, March 3, 2026 (Coast Wire) — The mayor said talks would resume.\n",
    );
    expect(article.text).toBe("The mayor said talks would resume.");
    expect(article.edits.map((e) => [e.rule, e.text])).toEqual([
      ["cleanup/dateline", "PORT ALDEN, March 3, 2026 (Coast Wire) — "],
    ]);
    expect(article.published.value).toBe("2026-03-03");
    expect(article.published.evidence?.[0]?.rule).toBe("cleanup/dateline");
    expect(article.outlet).toBe("Coast Wire");
  });

  it("without a year, implies the month and day (no value), unless a fallback date is given", () => {
    const raw = "KESTREL BAY, May 4 (Northwind News) - The ferry sailed late.\n";
    const article = clean(raw);
    expect(article.published.value).toBeNull();
    expect(article.published.implied?.value).toBe("XXXX-05-04");
    expect(article.published.implied?.evidence[0]?.text).toBe(
      "KESTREL BAY, May 4 (Northwind News) - ",
    );
    const given = cleanArticle(
      { id: "wire.txt", raw, format: "text" },
      { fallbackDate: "2026-05-04" },
    ).published;
    expect(given).toEqual({ value: "2026-05-04", source: "given" });
    expect(
      clean("KESTREL BAY, Feb 30 (Northwind News) - The ferry sailed.\n").published.implied,
    ).toBeUndefined();
  });

  it.each([
    ["a label, not a place", "BREAKING - The bridge is closed.\n"],
    ["a sentence with a dash", "NATO said - after a pause - that it would wait.\n"],
    ["a capitalised name in a sentence", "US President Joe Smith - a former mayor - spoke.\n"],
  ])("leaves alone %s", (_what, raw) => {
    expect(clean(raw).edits.filter((e) => e.rule === "cleanup/dateline")).toEqual([]);
  });
});
