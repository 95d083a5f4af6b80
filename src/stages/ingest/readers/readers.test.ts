import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { WARCRecord, WARCSerializer } from "warcio";
import type { NewsgraphError } from "../../../errors.js";
import { decodeInput } from "../index.js";
import { dropDoctype, looksLikeFeed, readFeed } from "./feed-reader.js";
import { decodeHtmlBytes, gunzipBounded } from "./html-decode.js";
import { looksLikeHtml } from "./html-reader.js";
import { looksLikeJsonl, readJsonl } from "./jsonl-reader.js";
import { looksLikeWarc, readWarc, type WarcResult } from "./warc-reader.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const BODY =
  "<p>The ferry returned to service on Tuesday after four months of repairs in dry dock.</p>";

describe("format sniffing by content", () => {
  it.each([
    ["<!DOCTYPE html><html><body>x</body></html>", "html"],
    ["  <html lang=en><head><title>t</title></head>", "html"],
    ['<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', "feed"],
    ['<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"],
    ['<?xml version="1.0"?><urlset xmlns="x"></urlset>', "feed"],
    ['{"text": "Body.", "title": "T"}\n{"html": "<p>x</p>"}', "jsonl"],
    ["Headline\n\nBy Ana\n\nBody <b>bold</b> text.", "text"],
    ['{"not": "an article"}', "text"],
  ])("tells %j is %s", (text, expected) => {
    const kind = looksLikeFeed(text)
      ? "feed"
      : looksLikeHtml(text)
        ? "html"
        : looksLikeJsonl(text)
          ? "jsonl"
          : "text";
    expect(kind).toBe(expected);
  });

  it("reads an .html.gz page through decodeInput", () => {
    const bytes = gzipSync(utf8(`<!doctype html><html><body>${BODY}</body></html>`));
    const [article] = decodeInput("page.html.gz", bytes);
    expect(article?.format).toBe("html");
    expect(article?.raw).toContain("dry dock");
  });
});

describe("decodeHtmlBytes", () => {
  it.each([
    [
      "windows-1251",
      '<meta charset="windows-1251">',
      [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2],
      "Привет",
    ],
    [
      "Shift-JIS",
      '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">',
      [0x93, 0xfa, 0x96, 0x7b],
      "日本",
    ],
  ])("decodes %s declared in a meta tag", (_name, meta, bytes, expected) => {
    const page = new Uint8Array([
      ...utf8(`<html><head>${meta}</head><body>`),
      ...bytes,
      ...utf8("</body></html>"),
    ]);
    expect(decodeHtmlBytes(page).text).toContain(expected);
  });

  it("uses the charset it was told over a wrong or missing declaration", () => {
    const page = new Uint8Array([
      ...utf8("<html><body>"),
      0xcf,
      0xf0,
      0xe8,
      ...utf8("</body></html>"),
    ]);
    expect(decodeHtmlBytes(page, { charset: "windows-1251" }).text).toContain("При");
  });

  it("falls back to Windows-1252 when a page claiming nothing is not UTF-8", () => {
    const page = new Uint8Array([...utf8("<p>Caf"), 0xe9, ...utf8("</p>")]);
    expect(decodeHtmlBytes(page)).toEqual({ text: "<p>Café</p>", encoding: "windows-1252" });
  });

  it("repairs a UTF-8 page whose text was once read as Windows-1252", () => {
    const page = utf8("<p>Itâ€™s the harbourâ€™s ferry, back on Mondayâ€™s timetable.</p>");
    expect(decodeHtmlBytes(page).text).toBe(
      "<p>It’s the harbour’s ferry, back on Monday’s timetable.</p>",
    );
  });

  it("refuses a gzip bomb with TOO_LARGE instead of expanding it", () => {
    const bomb = gzipSync(new Uint8Array(20 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100_000);
    try {
      gunzipBounded(bomb, 1024 * 1024);
      expect.unreachable();
    } catch (error) {
      expect((error as NewsgraphError).code).toBe("TOO_LARGE");
    }
  });
});

describe("readJsonl", () => {
  it("makes one article per line, html lines for the html path, with metadata", () => {
    const text = [
      JSON.stringify({
        text: "The vote passed.",
        title: "Vote",
        url: "https://x.example/a",
        published: "2030-01-02",
        outlet: "Ledger",
      }),
      "",
      JSON.stringify({ html: `<html><body>${BODY}</body></html>`, title: "Ferry" }),
      "{broken",
      JSON.stringify({ title: "no body" }),
    ].join("\n");
    const { articles, problems } = readJsonl("in.jsonl", text);
    expect(articles.map((a) => [a.id, a.format, a.meta?.title])).toEqual([
      ["in.jsonl#1", "jsonl", "Vote"],
      ["in.jsonl#3", "html", "Ferry"],
    ]);
    expect(articles[0]?.meta?.published).toEqual({ value: "2030-01-02", source: "jsonl" });
    expect(articles[0]?.meta?.outlet).toBe("Ledger");
    expect(problems).toEqual([
      "in.jsonl#4: not a JSON object",
      'in.jsonl#5: has neither "text" nor "html"',
    ]);
  });
});

const LONG =
  "<p>" +
  "The harbour authority approved the plan after a long debate about costs. ".repeat(12) +
  "</p>";

describe("readFeed", () => {
  it("reads RSS 2.0 items: full content becomes an article, a summary becomes a link to fetch", () => {
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>The Ledger</title>
<item><title>Full &amp; long</title><link>https://x.example/full</link><pubDate>Wed, 02 Jan 2030 10:00:00 GMT</pubDate><dc:creator>Ana Ruiz</dc:creator>
<content:encoded><![CDATA[${LONG}]]></content:encoded></item>
<item><title>Short</title><link>https://x.example/short</link><description>Only a teaser.</description></item>
</channel></rss>`;
    const feed = readFeed("feed.xml", rss);
    expect(feed.articles).toHaveLength(1);
    expect(feed.articles[0]?.meta).toMatchObject({
      title: "Full & long",
      url: "https://x.example/full",
      outlet: "The Ledger",
      byline: "Ana Ruiz",
      published: { value: "2030-01-02T10:00", source: "feed", offset: "Z" },
    });
    expect(feed.links.map((l) => [l.url, l.summary?.raw.includes("Only a teaser")])).toEqual([
      ["https://x.example/short", true],
    ]);
  });

  it("reads Atom entries with their alternate link", () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
<entry><title>Post</title><link rel="alternate" href="https://b.example/post"/><published>2030-03-04T05:06:00Z</published>
<author><name>Li Wei</name></author><content type="html">${LONG.replace(/</g, "&lt;").replace(/>/g, "&gt;")}</content></entry></feed>`;
    const [article] = readFeed("atom.xml", atom).articles;
    expect(article?.meta).toMatchObject({
      title: "Post",
      url: "https://b.example/post",
      byline: "Li Wei",
      published: { value: "2030-03-04T05:06", source: "feed", offset: "Z" },
    });
    expect(article?.raw).toContain("<p>The harbour authority");
  });

  it("reads news sitemaps and sitemap indexes as links", () => {
    const sitemap = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://n.example/a</loc><news:news><news:publication><news:name>News</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2030-05-06</news:publication_date><news:title>A</news:title></news:news></url></urlset>`;
    expect(readFeed("s.xml", sitemap).links).toEqual([
      {
        url: "https://n.example/a",
        kind: "page",
        summary: null,
        meta: {
          url: "https://n.example/a",
          title: "A",
          outlet: "News",
          language: "en",
          published: { value: "2030-05-06", source: "feed" },
        },
      },
    ]);
    const index = `<sitemapindex><sitemap><loc>https://n.example/s1.xml</loc></sitemap></sitemapindex>`;
    expect(readFeed("i.xml", index).links.map((l) => [l.url, l.kind])).toEqual([
      ["https://n.example/s1.xml", "sitemap"],
    ]);
  });

  it("does not expand entities of a billion-laughs feed", () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<rss><channel><title>&lol9;</title><item><title>&lol9;</title><link>https://x.example/a</link><description>&lol9;</description></item></channel></rss>`;
    const started = performance.now();
    const feed = readFeed("bomb.xml", bomb);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(feed.links[0]?.meta.title).toBe("&lol9;");
    expect(dropDoctype(bomb)).not.toContain("ENTITY");
  });

  it("returns nothing for broken XML, saying where it breaks", () => {
    expect(readFeed("bad.xml", "<rss><channel><item><title>x</ti")).toEqual({
      articles: [],
      links: [],
      problem: {
        kind: "malformed",
        message: expect.stringMatching(/^malformed XML at line 1, column \d+: /),
      },
    });
  });
});

async function warcBytes(
  records: { url: string; date: string; html: string; status?: number; type?: string }[],
  gzip: boolean,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (const r of records) {
    const record = WARCRecord.create(
      {
        url: r.url,
        date: r.date,
        type: "response",
        httpHeaders: { "Content-Type": r.type ?? "text/html; charset=utf-8" },
        statusline: `HTTP/1.1 ${r.status ?? 200} OK`,
      },
      (async function* () {
        yield utf8(r.html);
      })(),
    );
    parts.push(await WARCSerializer.serialize(record, { gzip }));
  }
  return Buffer.concat(parts);
}

async function collect(bytes: Uint8Array, chunk = 1000): Promise<WarcResult[]> {
  const source = (async function* () {
    for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
  })();
  const results: WarcResult[] = [];
  for await (const r of readWarc("cc.warc.gz", source)) results.push(r);
  return results;
}

describe("readWarc", () => {
  const records = [
    {
      url: "https://n.example/one",
      date: "2030-06-07T08:09:10Z",
      html: `<html><body>${BODY}</body></html>`,
    },
    { url: "https://n.example/missing", date: "2030-06-07T08:09:11Z", html: "gone", status: 404 },
    {
      url: "https://n.example/logo.png",
      date: "2030-06-07T08:09:12Z",
      html: "PNG",
      type: "image/png",
    },
    {
      url: "https://n.example/two",
      date: "2030-06-08T00:00:00Z",
      html: `<html><body>${BODY}</body></html>`,
    },
  ];

  it.each([[true], [false]])(
    "streams HTML responses as articles with URL and date (gzip %s)",
    async (gzip) => {
      const bytes = await warcBytes(records, gzip);
      if (!gzip) expect(looksLikeWarc(bytes)).toBe(true);
      const results = await collect(bytes);
      expect(
        results.map((r) =>
          r.ok ? [r.article.id, r.article.meta?.published?.value] : ["error", r.id],
        ),
      ).toEqual([
        ["https://n.example/one", "2030-06-07T08:09"],
        ["https://n.example/two", "2030-06-08T00:00"],
      ]);
      const first = results[0];
      expect(first?.ok && first.article.format).toBe("html");
    },
  );

  it("refuses an HTML response with no text, naming it, and goes on", async () => {
    const bytes = await warcBytes(
      [
        {
          url: "https://n.example/blank",
          date: "2030-06-07T08:09:10Z",
          html: "<html><body> </body></html>",
        },
        records[0] as (typeof records)[number],
      ],
      true,
    );
    const results = await collect(bytes);
    const [blank, page] = results;
    expect(blank?.ok).toBe(false);
    if (blank && !blank.ok) {
      expect(blank.error.code).toBe("EMPTY_INPUT");
      expect(blank.error.message).toContain("https://n.example/blank");
    }
    expect(page?.ok && page.article.id).toBe("https://n.example/one");
  });

  it("reports a truncated record as an error after the records before it", async () => {
    const bytes = await warcBytes(records, false);
    const results = await collect(bytes.subarray(0, bytes.length - 40));
    expect(results[0]?.ok).toBe(true);
    const last = results.at(-1);
    expect(last?.ok).toBe(false);
    if (last && !last.ok) expect(last.error.code).toBe("UNREADABLE");
  });
});

describe("readWarc on a cut gzip file", () => {
  it("yields the whole records, then an error or nothing more, never a crash", async () => {
    const bytes = await warcBytes(
      [
        {
          url: "https://n.example/one",
          date: "2030-06-07T08:09:10Z",
          html: `<html><body>${BODY}</body></html>`,
        },
        {
          url: "https://n.example/two",
          date: "2030-06-08T00:00:00Z",
          html: `<html><body>${BODY.repeat(20)}</body></html>`,
        },
      ],
      true,
    );
    const results = await collect(bytes.subarray(0, bytes.length - 60));
    expect(results[0]?.ok && results[0].article.id).toBe("https://n.example/one");
    expect(results.filter((r) => r.ok).length).toBeLessThanOrEqual(2);
  });
});
