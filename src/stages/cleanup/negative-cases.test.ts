import { describe, expect, it } from "vitest";
import { cleanArticle } from "./index.js";

function clean(raw: string) {
  return cleanArticle({ id: "odd.txt", raw, format: "text" });
}

describe("cleanup never throws on odd text", () => {
  it.each([
    ["white space only", " \n\n \t\n"],
    ["a lone headline", "Just a headline"],
    ["a lone date", "2015-09-28"],
    ["control characters", "Headline\n\n\u0007\u0008 body \u0000 text."],
    ["an impossible header date", "Headline\nFebruary 30, 2015\n\nBody."],
    ["a 100,000-character line", `${"word ".repeat(20_000)}`],
    ["only furniture", "Follow us on:\n\nShare this article"],
  ])("copes with %s", (_name, raw) => {
    const article = clean(raw);
    for (const p of article.paragraphs) expect(article.text.slice(...p.span)).toBe(p.text);
  });

  it("keeps a lone headline as the body rather than losing it", () => {
    expect(clean("Just a headline").text).toBe("Just a headline");
  });

  it("does not read a sentence mentioning a date as a date line", () => {
    const article = clean("Headline\nThe talks began on September 28, 2015 in Vienna.\n\nMore.");
    expect(article.published.value).toBeNull();
  });

  it("does not treat a paragraph-length first line as a headline", () => {
    const long = `${"Officials said the plan would go ahead ".repeat(10)}today`;
    expect(clean(`${long}\n\nMore.`).title).toBeNull();
  });
});
