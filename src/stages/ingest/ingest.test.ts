import { describe, expect, it } from "vitest";
import { NewsgraphError } from "../../errors.js";
import { decodeWindows1252 } from "./decode-windows-1252.js";
import { decodeInput } from "./index.js";

const utf8 = (text: string) => new TextEncoder().encode(text);

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    return error instanceof NewsgraphError ? error.code : "not a NewsgraphError";
  }
}

describe("decodeInput", () => {
  it("reads UTF-8 text as one plain-text article", () => {
    expect(decodeInput("a.txt", utf8("Headline\n\nBody."))).toEqual([
      { id: "a.txt", raw: "Headline\n\nBody.", format: "text" },
    ]);
  });

  it("strips a UTF-8 byte order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Body.")]);
    expect(decodeInput("bom.txt", bytes)[0]?.raw).toBe("Body.");
  });

  it.each([
    ["utf-16le", [0xff, 0xfe], (s: string) => Buffer.from(s, "utf16le")],
    ["utf-16be", [0xfe, 0xff], (s: string) => Buffer.from(s, "utf16le").swap16()],
  ])("decodes %s with a byte order mark", (_name, bom, encode) => {
    const bytes = new Uint8Array([...bom, ...encode("Müller said “no”.")]);
    expect(decodeInput("u16.txt", bytes)[0]?.raw).toBe("Müller said “no”.");
  });

  it("reads invalid UTF-8 as Windows-1252 and warns", () => {
    const warnings: string[] = [];
    const bytes = new Uint8Array([...utf8("Caf"), 0xe9, ...utf8(" au lait.")]);
    const [article] = decodeInput("latin.txt", bytes, { onWarning: (w) => warnings.push(w) });
    expect(article?.raw).toBe("Café au lait.");
    expect(warnings).toEqual(["latin.txt: not valid UTF-8; read as Windows-1252"]);
  });

  it.each([
    ["an empty file", new Uint8Array(), "EMPTY_INPUT"],
    ["white space only", utf8(" \n\t\n"), "EMPTY_INPUT"],
    [
      "binary data with NUL bytes",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]),
      "BINARY_INPUT",
    ],
    [
      "control characters",
      new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 ? 65 : 2))),
      "BINARY_INPUT",
    ],
  ])("refuses %s with a coded error", (_name, bytes, code) => {
    expect(codeOf(() => decodeInput("bad", bytes))).toBe(code);
  });
});

describe("Windows-1252", () => {
  it("maps 0x80-0x9F to the characters they stand for (quotes, dashes, euro)", () => {
    const bytes = new Uint8Array([
      0x93,
      ...utf8("Yes,"),
      0x94,
      ...utf8(" he said "),
      0x96,
      ...utf8(" "),
      0x80,
      ...utf8("20"),
    ]);
    expect(decodeWindows1252(bytes)).toBe("“Yes,” he said – €20");
  });

  it("reads invalid UTF-8 with curly quotes as Windows-1252 text", () => {
    const bytes = new Uint8Array([0x93, ...utf8("Fine,"), 0x94, ...utf8(" she said.")]);
    expect(decodeInput("cp.txt", bytes)[0]?.raw).toBe("“Fine,” she said.");
  });

  it("decodes an HTML page that declares windows-1252", () => {
    const html = new Uint8Array([
      ...utf8('<html><head><meta charset="windows-1252"></head><body><p>It cost '),
      0x80,
      ...utf8("20.</p></body></html>"),
    ]);
    const [article] = decodeInput("cp.html", html);
    expect(article?.raw).toContain("It cost €20.");
  });
});

describe("format sniffing", () => {
  it("reads a UTF-16 HTML page with a byte order mark as HTML", () => {
    const page =
      "<!DOCTYPE html><html><head><title>Dock strike ends</title></head><body><p>The strike at the port ended on Monday after talks, union officials said.</p></body></html>";
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(page, "utf16le")]);
    const [article] = decodeInput("page16.html", bytes);
    expect(article?.format).toBe("html");
  });

  it.each([
    [
      "a page after blank lines",
      "\n \t\n<!DOCTYPE html><html><body><p>Hi.</p></body></html>",
      "html",
    ],
    [
      "a feed after white space",
      '  <?xml version="1.0"?><rss><channel><item><title>Ferry</title><description>Back on Monday.</description></item></channel></rss>',
      "html",
    ],
    ["text that starts with a tag-like word", "<3 this headline\n\nBody text.", "text"],
    ["text that mentions tags later", "Headline\n\n<html><head><body> in a story.", "text"],
  ])("sniffs %s", (_name, text, format) => {
    const articles = decodeInput("x", utf8(text));
    expect(articles[0]?.format ?? null).toBe(format);
  });

  it.each([
    [
      "a feed whose XML breaks before any item",
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Ledger</title><item><title>Ferry',
      "INVALID_INPUT",
    ],
    [
      "a well-formed feed without items",
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Ledger</title></channel></rss>',
      "EMPTY_INPUT",
    ],
    [
      "an HTML page with no text",
      "<!doctype html><html><head><title>Ledger</title><script>var s = 'words';</script></head><body><div>&nbsp;</div><!-- ad --></body></html>",
      "EMPTY_INPUT",
    ],
  ])("refuses %s, naming the input", (_what, text, code) => {
    expect(codeOf(() => decodeInput("in/page", utf8(text)))).toBe(code);
    expect(() => decodeInput("in/page", utf8(text))).toThrow(/^in\/page: /);
  });

  it.each([
    [
      "a broken feed that still yields an item",
      "<rss><channel><item><title>A & B</title><description>The ferry is back on Monday.</description></item></channel></rss>",
    ],
    ["an HTML page whose only text is one word", "<html><body><p>Closed</p></body></html>"],
  ])("reads %s", (_what, text) => {
    expect(decodeInput("in/page", utf8(text))).toHaveLength(1);
  });

  it("reads JSONL whose second line is broken, warning about that line", () => {
    const warnings: string[] = [];
    const text = '{"id":"x1","text":"Hello there, said Bob."}\nnot json\n{"text":"Second."}\n';
    const articles = decodeInput("two.jsonl", utf8(text), { onWarning: (w) => warnings.push(w) });
    expect(articles.map((a) => a.format)).toEqual(["jsonl", "jsonl"]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/two\.jsonl#2/);
  });
});
