/**
 * Output helpers for the corpus commands: lines with backpressure (so a million-row export
 * streams in bounded memory) and CSV quoting.
 */
import { once } from "node:events";
import type { Writable } from "node:stream";
import type { QuoteHit, SearchHit } from "./store.js";

const watched = new WeakSet<Writable>();

/**
 * Writes a line and waits when the stream's buffer is full. Returns false once the reader has
 * gone (`newsgraph export | head`): the caller stops quietly instead of failing.
 */
export async function writeLine(stream: Writable, line: string): Promise<boolean> {
  if (!watched.has(stream)) {
    watched.add(stream);
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
    });
  }
  if (stream.destroyed) return false;
  if (!stream.write(`${line}\n`)) {
    // The waiter that loses the race is aborted, or every full buffer would leave listeners behind.
    const settled = new AbortController();
    const { signal } = settled;
    try {
      await Promise.race([once(stream, "drain", { signal }), once(stream, "close", { signal })]);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EPIPE") return false;
      throw error;
    } finally {
      settled.abort();
    }
  }
  return !stream.destroyed;
}

/** RFC 4180: quote every field that holds a comma, quote, or line break. */
export function toCsvRow(values: unknown[]): string {
  return values
    .map((value) => {
      if (value === null || value === undefined) return "";
      const text = typeof value === "string" ? value : String(value);
      return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    })
    .join(",");
}

export function formatHit(hit: SearchHit): string {
  if (hit.type === "quote") return formatQuote(hit);
  const head = [`#${hit.articleId}`, hit.published ?? "undated", hit.outlet ?? "", hit.title ?? ""]
    .filter((part) => part !== "")
    .join("  ");
  return `${head}\n    ${oneLine(hit.snippet)}`;
}

export function formatQuote(hit: QuoteHit): string {
  const who = hit.speaker ?? "unknown speaker";
  const where = [hit.outlet, hit.published, `#${hit.articleId}`].filter(Boolean).join(", ");
  const occasion = hit.occasion ? ` (${hit.occasion})` : "";
  return `${who} [${hit.kind}]${occasion}: “${oneLine(hit.snippet)}”\n    ${where}${hit.title ? `: ${hit.title}` : ""}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
