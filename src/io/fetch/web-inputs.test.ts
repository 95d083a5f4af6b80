import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { WARCRecord, WARCSerializer } from "warcio";
import { runCli } from "../../cli/testing/run-cli.js";
import type { AnalyzedDocument } from "../../model.js";
import { readInputs } from "../read-inputs.js";
import { PoliteFetcher } from "./fetch-politely.js";

// Web inputs end to end: pages, feeds, JSONL and WARC mixed in one call, told apart by content.

const FERRY = readFileSync(
  new URL("../../stages/cleanup/html/fixtures/harbour-ferry.html", import.meta.url),
  "utf8",
);
const utf8 = (text: string) => new TextEncoder().encode(text);

async function warcOf(url: string, html: string): Promise<Uint8Array> {
  const record = WARCRecord.create(
    {
      url,
      date: "2031-04-03T10:00:00Z",
      type: "response",
      httpHeaders: { "Content-Type": "text/html" },
    },
    (async function* () {
      yield utf8(html);
    })(),
  );
  return WARCSerializer.serialize(record, { gzip: true });
}

function makeInputs(): string {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-web-"));
  // Misleading extensions on purpose: content decides.
  writeFileSync(join(dir, "a-page.txt"), FERRY);
  writeFileSync(
    join(dir, "b-page-copy.html.gz"),
    gzipSync(utf8(FERRY.replaceAll("Harbour ferry returns", "Ferry back"))),
  );
  writeFileSync(
    join(dir, "c-export.dat"),
    `${JSON.stringify({ text: "The library will stay open on Sundays, the council decided after a long debate on Thursday evening.", title: "Library", published: "2031-04-01" })}\n`,
  );
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Ledger</title><item><title>Item</title>
<link>https://ledger.example/item</link><pubDate>Tue, 01 Apr 2031 09:00:00 GMT</pubDate>
<description>${"The bridge inspection found cracks in the north span and closed one lane for repairs. ".repeat(10)}</description></item></channel></rss>`;
  writeFileSync(join(dir, "d-feed"), rss);
  return dir;
}

const run = runCli;

describe("newsgraph analyze on web inputs", () => {
  afterEach(() => vi.restoreAllMocks());

  it("reads HTML, gzip HTML, JSONL, RSS and WARC in one call and marks the duplicate", async () => {
    const dir = makeInputs();
    writeFileSync(join(dir, "e-crawl.warc.gz"), await warcOf("https://other.example/story", FERRY));
    const { code, stdout, stderr } = await run(["analyze", dir, "--jsonl"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const docs = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as AnalyzedDocument);
    expect(docs.map((d) => [d.title, d.published.source])).toEqual([
      ["Harbour ferry returns after winter repairs", "jsonld"],
      ["Ferry back after winter repairs", "jsonld"],
      ["Library", "jsonl"],
      ["Item", "feed"],
      ["Harbour ferry returns after winter repairs", "jsonld"],
    ]);
    expect(docs[1]?.duplicateOf).toEqual({
      id: join(dir, "a-page.txt"),
      kind: "exact",
      similarity: 1,
    });
    expect(docs[4]?.duplicateOf?.kind).toBe("exact");
    expect(docs[0]?.duplicateOf).toBeUndefined();
    expect(docs[4]?.id).toBe("https://other.example/story");
  });

  it("leaves duplicates out with --skip-duplicates", async () => {
    const dir = makeInputs();
    const { code, stdout, stderr } = await run(["analyze", dir, "--jsonl", "--skip-duplicates"]);
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(3);
    expect(stderr).toContain("exact duplicate of");
  });
});

describe("readInputs with URLs", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === "/feed.xml") {
        res.setHeader("content-type", "application/rss+xml");
        res.end(`<rss><channel><title>Local</title><item><title>Teaser</title><link>${base}/story</link><description>Short teaser.</description></item>
<item><title>Gone</title><link>${base}/gone</link><description>Summary of a page that is gone.</description></item></channel></rss>`);
      } else if (req.url === "/story") {
        res.setHeader("content-type", "text/html; charset=utf-8");
        res.end(FERRY);
      } else {
        res.writeHead(req.url === "/robots.txt" ? 404 : 404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it("fetches a feed, then the full pages of its summary items, keeping the summary when a page is gone", async () => {
    const fetcher = new PoliteFetcher({ delayMs: 0, timeoutMs: 2000 });
    const warnings: string[] = [];
    const results = [];
    for await (const r of readInputs([`${base}/feed.xml`], {
      fetcher,
      fetchLinks: true,
      onWarning: (w) => warnings.push(w),
    })) {
      results.push(r);
    }
    const articles = results.flatMap((r) => (r.ok ? [r.article] : []));
    expect(articles.map((a) => [a.id, a.format, a.meta?.title])).toEqual([
      [`${base}/story`, "html", "Teaser"],
      [`${base}/gone`, "html", "Gone"],
    ]);
    expect(articles[0]?.raw).toContain("harbour ferry resumed");
    expect(warnings[0]).toContain("using the feed summary");
  });

  it("reports a URL that cannot be fetched as an error result", async () => {
    const fetcher = new PoliteFetcher({ delayMs: 0, timeoutMs: 2000 });
    const results = [];
    for await (const r of readInputs([`${base}/missing`], { fetcher })) results.push(r);
    expect(results).toHaveLength(1);
    expect(results[0]?.ok).toBe(false);
  });
});
