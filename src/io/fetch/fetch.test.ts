import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NewsgraphError } from "../../errors.js";
import { PoliteFetcher } from "./fetch-politely.js";
import { isAllowed, parseRobots } from "./robots-rules.js";

// Everything runs against servers on 127.0.0.1 started here; nothing reaches the internet.
type Handler = (req: IncomingMessage, res: ServerResponse) => void;

async function listen(handler: Handler): Promise<{ server: Server; base: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const seen: { path: string; agent: string; at: number }[] = [];
let main: { server: Server; base: string };
let other: { server: Server; base: string };

beforeAll(async () => {
  other = await listen((_req, res) => res.end("<html><body>elsewhere</body></html>"));
  main = await listen((req, res) => {
    seen.push({ path: req.url ?? "", agent: req.headers["user-agent"] ?? "", at: Date.now() });
    switch (req.url) {
      case "/robots.txt":
        res.end("User-agent: *\nDisallow: /private\nAllow: /private/open\n");
        return;
      case "/page":
      case "/private/open":
        res.setHeader("content-type", "text/html; charset=utf-8");
        res.end("<html><body><p>hello</p></body></html>");
        return;
      case "/big":
        res.end(Buffer.alloc(200_000, 97));
        return;
      case "/hop":
        res.writeHead(302, { location: "/page" }).end();
        return;
      case "/away":
        res.writeHead(301, { location: `${other.base.replace("127.0.0.1", "localhost")}/x` }).end();
        return;
      case "/loop":
        res.writeHead(302, { location: "/loop" }).end();
        return;
      case "/silent":
        return; // never answers
      default:
        res.writeHead(404).end();
    }
  });
});

afterAll(async () => {
  main.server.closeAllConnections();
  other.server.closeAllConnections();
  await new Promise((r) => main.server.close(r));
  await new Promise((r) => other.server.close(r));
});

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return (error as NewsgraphError).code ?? "no code";
  }
}

describe("PoliteFetcher", () => {
  const fetcher = () => new PoliteFetcher({ delayMs: 0, timeoutMs: 500, maxBytes: 100_000 });

  it("fetches a page naming newsgraph in its User-Agent", async () => {
    const page = await fetcher().fetch(`${main.base}/page`);
    expect(new TextDecoder().decode(page.bytes)).toContain("hello");
    expect(page.contentType).toContain("text/html");
    expect(seen.find((s) => s.path === "/page")?.agent).toMatch(/^newsgraph\//);
  });

  it.each([
    ["a path robots.txt disallows", "/private/secret", "UNREADABLE"],
    ["a path robots.txt allows by a longer rule", "/private/open", "ok"],
    ["a body over the size limit", "/big", "TOO_LARGE"],
    ["a redirect on the same host", "/hop", "ok"],
    ["a redirect to another host", "/away", "UNREADABLE"],
    ["a redirect loop", "/loop", "UNREADABLE"],
    ["a server that never answers", "/silent", "UNREADABLE"],
    ["a missing page", "/nothing", "NOT_FOUND"],
  ])("handles %s", async (_what, path, expected) => {
    expect(await codeOf(fetcher().fetch(`${main.base}${path}`))).toBe(expected);
  });

  it("refuses URLs that are not http(s)", async () => {
    expect(await codeOf(fetcher().fetch("file:///etc/passwd"))).toBe("INVALID_INPUT");
  });

  it("sends one request at a time per host with a pause between them", async () => {
    const polite = new PoliteFetcher({ delayMs: 150, timeoutMs: 2000, robots: false });
    const before = seen.length;
    await Promise.all([
      polite.fetch(`${main.base}/page`),
      polite.fetch(`${main.base}/page`),
      polite.fetch(`${main.base}/page`),
    ]);
    const times = seen.slice(before).map((s) => s.at);
    expect(times).toHaveLength(3);
    expect((times[1] as number) - (times[0] as number)).toBeGreaterThanOrEqual(140);
    expect((times[2] as number) - (times[1] as number)).toBeGreaterThanOrEqual(140);
  });
});

describe("robots.txt rules", () => {
  const rules = parseRobots(
    "User-agent: other\nDisallow: /\n\nUser-agent: newsgraph\nDisallow: /a\nAllow: /a/b\nDisallow: /*.pdf$\n",
    "newsgraph/0.1",
  );
  it.each([
    ["/", true],
    ["/a/x", false],
    ["/a/b/c", true],
    ["/doc.pdf", false],
    ["/doc.pdf?x=1", true],
  ])("decides %s", (path, expected) => {
    expect(isAllowed(rules, path)).toBe(expected);
  });
});
