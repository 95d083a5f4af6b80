import { describe, expect, it } from "vitest";
import { extractHtmlArticle } from "./extract-html-article.js";
import { parseHtml } from "./parse-html.js";

describe("HTML that must not break extraction", () => {
  it.each([
    ["an empty string", ""],
    ["text without markup", "just words"],
    [
      "a truncated page",
      '<html><body><div class="article"><p>The mayor said the budget was <b>final',
    ],
    ["unclosed and misnested tags", "<p><b><i>one</b></i><p>two<div><span></p></div>"],
    [
      "a page of scripts only",
      "<html><head><script>var a = '<p>not text</p>';</script></head><body><script>x()</script></body></html>",
    ],
    ["broken JSON-LD", '<script type="application/ld+json">{"datePublished": </script><p>x</p>'],
    ["a stray end tag storm", "</div></div></p></article></body></html>".repeat(1000)],
  ])("returns a result for %s", (_what, html) => {
    const article = extractHtmlArticle(html);
    expect(Array.isArray(article.paragraphs)).toBe(true);
    for (const p of article.paragraphs) expect(p).not.toMatch(/not text|var a/);
  });

  it("reads 100,000 nested levels without overflowing the stack", () => {
    const depth = 100_000;
    const html = `<html><body>${"<div>".repeat(depth)}<p>Deep inside, the council finally agreed on the plan for the harbour, after long talks.</p>${"</div>".repeat(depth)}</body></html>`;
    const article = extractHtmlArticle(html, { fallback: false });
    expect(article.paragraphs.join(" ")).toContain("Deep inside");
  });

  it("recovers the article of a page whose <title> is never closed", () => {
    const html =
      "<html><head><title>Unclosed <b>title\n<body><p>Police said on Friday that two men had been arrested after a long search of the harbour district. <p>“It was a long night,” said Inspector Raj Patel.\n";
    const article = extractHtmlArticle(html);
    expect(article.title).toBe("Unclosed");
    expect(article.paragraphs.join(" ")).toContain("Police said on Friday");
  });

  it("gives a deeply nested short page no Readability fallback (its cost grows with depth)", () => {
    const depth = 2_000;
    const html = `<html><body>${"<div>".repeat(depth)}<p>“Hi,” said Ann Lee.</p>${"</div>".repeat(depth)}</body></html>`;
    const article = extractHtmlArticle(html);
    expect(article.extractor).not.toBe("readability");
    expect(article.paragraphs).toEqual(["“Hi,” said Ann Lee."]);
  });

  it("extracts a 50 MB page in bounded time", () => {
    // Numbered: repeated paragraphs are dropped as copies.
    const paragraph = (i: number): string =>
      `<p>Paragraph ${i} of a very long page, with commas, words and more words to read.</p>`;
    const count = Math.ceil(50_000_000 / paragraph(0).length);
    const html = `<html><body><article>${Array.from({ length: count }, (_, i) => paragraph(i)).join("")}</article></body></html>`;
    const started = performance.now();
    const article = extractHtmlArticle(html, { fallback: false });
    expect(article.paragraphs.length).toBeGreaterThan(1000);
    expect(performance.now() - started).toBeLessThan(30_000);
  });

  it("does not read a date from a phone number or a version string", () => {
    const html = "<p>Call 0800-12-34 or see version 10.12.3 of the tool, and read on.</p>";
    expect(extractHtmlArticle(html).published).toBeNull();
  });

  it("keeps no text of style, script, template or noscript elements", () => {
    const parsed = parseHtml(
      "<body><style>p{}</style><template><p>t</p></template><noscript>n</noscript><p>kept</p></body>",
    );
    const article = extractHtmlArticle(
      "<body><style>p{}</style><template><p>t</p></template><noscript>n</noscript><p>kept words here for a paragraph that is long enough.</p></body>",
    );
    expect(parsed.root.children.length).toBeGreaterThan(0);
    expect(article.paragraphs).toEqual(["kept words here for a paragraph that is long enough."]);
  });
});
