import { InvalidInputError, NewsgraphError, NotFoundError } from "../../errors.js";
import { VERSION } from "../../version.js";
import { isAllowed, parseRobots, type RobotsRules } from "./robots-rules.js";

export interface FetchOptions {
  /** Sent with every request; names newsgraph so site owners can tell who we are. */
  userAgent?: string;
  /** Whole request (headers and body) time limit, ms (default 15 s). */
  timeoutMs?: number;
  /** Largest body read, after content decoding (default 16 MB): bigger is TOO_LARGE. */
  maxBytes?: number;
  /** Redirects followed at most (default 5). */
  maxRedirects?: number;
  /** Follow redirects to another host (default false: same host, or www./http(s) variants). */
  allowCrossHostRedirects?: boolean;
  /** Pause between two requests to one host, ms (default 1000). */
  delayMs?: number;
  /** Honour robots.txt (default true). */
  robots?: boolean;
}

export interface FetchedPage {
  url: string;
  /** Where the last redirect led. */
  finalUrl: string;
  status: number;
  contentType: string;
  bytes: Uint8Array;
}

const DEFAULTS = {
  userAgent: `newsgraph/${VERSION} (+https://www.npmjs.com/package/newsgraph)`,
  timeoutMs: 15_000,
  maxBytes: 16 * 1024 * 1024,
  maxRedirects: 5,
  allowCrossHostRedirects: false,
  delayMs: 1_000,
  robots: true,
};

/**
 * A polite HTTP client: one request at a time per host with a pause between them, robots.txt
 * honoured (fetched once per host), a User-Agent naming newsgraph, time and size limits and
 * bounded redirects. Errors are NewsgraphErrors with a code; nothing is retried.
 */
export class PoliteFetcher {
  private readonly options: typeof DEFAULTS;
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly robots = new Map<string, Promise<RobotsRules>>();

  constructor(options: FetchOptions = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** Fetches a page (2xx only), after the host's queue and robots.txt allow it. */
  async fetch(url: string): Promise<FetchedPage> {
    const target = parseHttpUrl(url);
    if (this.options.robots && !(await this.isAllowedByRobots(target))) {
      throw new InvalidInputError("UNREADABLE", `${url}: disallowed by robots.txt`);
    }
    const page = await this.request(target, url);
    if (page.status === 404 || page.status === 410)
      throw new NotFoundError(`${url}: HTTP ${page.status}`);
    if (page.status < 200 || page.status >= 300) {
      throw new InvalidInputError("UNREADABLE", `${url}: HTTP ${page.status}`);
    }
    return page;
  }

  private async isAllowedByRobots(target: URL): Promise<boolean> {
    let rules = this.robots.get(target.origin);
    if (rules === undefined) {
      rules = this.request(new URL("/robots.txt", target.origin), `${target.origin}/robots.txt`)
        .then((page) =>
          page.status >= 200 && page.status < 300
            ? parseRobots(new TextDecoder().decode(page.bytes), "newsgraph")
            : { allow: [], disallow: [] },
        )
        // An unreachable robots.txt is no rules (as crawlers do for 4xx); the page fetch reports errors.
        .catch(() => ({ allow: [], disallow: [] }));
      this.robots.set(target.origin, rules);
    }
    return isAllowed(await rules, target.pathname + target.search);
  }

  /** Runs one request chain after the previous one to the same host, then waits `delayMs`. */
  private request(target: URL, id: string): Promise<FetchedPage> {
    const host = target.host;
    const previous = this.queues.get(host) ?? Promise.resolve();
    const run = previous.then(() => this.follow(target, id));
    const settled = run.catch(() => undefined).then(() => sleep(this.options.delayMs));
    this.queues.set(host, settled);
    return run;
  }

  private async follow(start: URL, id: string): Promise<FetchedPage> {
    let current = start;
    for (let hop = 0; hop <= this.options.maxRedirects; hop++) {
      const response = await this.send(current, id);
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        const next = new URL(location, current);
        if (next.protocol !== "http:" && next.protocol !== "https:") {
          throw new InvalidInputError("UNREADABLE", `${id}: redirect to ${next.protocol} refused`);
        }
        if (!this.options.allowCrossHostRedirects && !sameSite(start, next)) {
          throw new InvalidInputError(
            "UNREADABLE",
            `${id}: redirect to another host (${next.host}) refused`,
          );
        }
        current = next;
        continue;
      }
      const bytes = await readBounded(response, this.options.maxBytes, id);
      return {
        url: id,
        finalUrl: current.href,
        status: response.status,
        contentType: response.headers.get("content-type") ?? "",
        bytes,
      };
    }
    throw new InvalidInputError(
      "UNREADABLE",
      `${id}: more than ${this.options.maxRedirects} redirects`,
    );
  }

  private async send(url: URL, id: string): Promise<Response> {
    try {
      return await fetch(url, {
        redirect: "manual",
        headers: {
          "user-agent": this.options.userAgent,
          accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
        },
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      throw asFetchError(id, error, this.options.timeoutMs);
    }
  }
}

async function readBounded(response: Response, maxBytes: number, id: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new InvalidInputError(
      "TOO_LARGE",
      `${id}: ${declared} bytes is over the ${maxBytes} limit`,
    );
  }
  if (response.body === null) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxBytes) {
        await reader.cancel();
        throw new InvalidInputError("TOO_LARGE", `${id}: body over the ${maxBytes} byte limit`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof NewsgraphError) throw error;
    throw asFetchError(id, error, 0);
  }
  return Buffer.concat(chunks);
}

/** Same host, or only `www.` apart (http to https on the same host counts as the same site). */
function sameSite(a: URL, b: URL): boolean {
  const bare = (host: string): string => host.replace(/^www\./, "");
  return bare(a.hostname) === bare(b.hostname);
}

function parseHttpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InvalidInputError("INVALID_INPUT", `${url}: not a URL`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new InvalidInputError("INVALID_INPUT", `${url}: only http and https URLs are fetched`);
  }
  return parsed;
}

function asFetchError(id: string, error: unknown, timeoutMs: number): NewsgraphError {
  const name = (error as { name?: string }).name;
  if (name === "TimeoutError" || name === "AbortError") {
    return new InvalidInputError("UNREADABLE", `${id}: no answer within ${timeoutMs} ms`, {
      cause: error,
    });
  }
  const reason =
    error instanceof Error
      ? ((error.cause as Error | undefined)?.message ?? error.message)
      : String(error);
  return new InvalidInputError("UNREADABLE", `${id}: fetch failed (${reason})`, { cause: error });
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/** Whether an input name is an http(s) URL rather than a path. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}
