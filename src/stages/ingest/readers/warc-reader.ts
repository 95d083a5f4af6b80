import { WARCParser } from "warcio";
import { InvalidInputError, type NewsgraphError } from "../../../errors.js";
import type { RawArticle } from "../../../model.js";
import { parseDateString, withOffset } from "../../cleanup/html/dates/parse-date-string.js";
import { decodeHtmlBytes } from "./html-decode.js";
import { hasVisibleText } from "./html-reader.js";

/** Records with more content than this are skipped (pages are rarely over a few MB). */
export const DEFAULT_MAX_RECORD_BYTES = 16 * 1024 * 1024;

export type WarcResult =
  | { ok: true; article: RawArticle }
  | { ok: false; id: string; error: NewsgraphError };

export interface ReadWarcOptions {
  maxRecordBytes?: number;
}

/** Whether bytes start a WARC file (plain, or gzip whose first member starts with WARC/). */
export function looksLikeWarc(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === "WARC/";
}

/**
 * Streams a WARC (plain or per-record gzip, as Common Crawl News writes them): each HTML
 * `response` record with status 200 becomes an article with the record's URL and date.
 * One record is held in memory at a time, so a 1 GB file streams. A truncated or broken record
 * yields an error result and ends the file; everything before it has been yielded.
 */
export async function* readWarc(
  id: string,
  source: AsyncIterable<Uint8Array>,
  options: ReadWarcOptions = {},
): AsyncGenerator<WarcResult> {
  const maxBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const counted = countBytes(source);
  const parser = new WARCParser(counted.stream);
  let index = 0;
  try {
    for await (const record of parser) {
      index++;
      if (record.warcType !== "response") continue;
      const url = record.warcTargetURI ?? null;
      const recordId = url ?? `${id}#${index}`;
      const info = record.getResponseInfo();
      const status = Number(info?.status ?? 0);
      const contentType = String(info?.headers.get("content-type") ?? "");
      if (status !== 200 || !/html|xml/i.test(contentType)) continue;
      if (record.warcContentLength > maxBytes) {
        yield {
          ok: false,
          id: recordId,
          error: new InvalidInputError(
            "TOO_LARGE",
            `${recordId}: WARC record of ${record.warcContentLength} bytes is over ${maxBytes}`,
          ),
        };
        continue;
      }
      const bytes = await record.readFully(true);
      if (
        counted.isTruncatedAt(parser.offset + parser._warcHeadersLength + record.warcContentLength)
      ) {
        throw new Error("the file ends inside the record");
      }
      const charset = /charset=([^;\s]+)/i.exec(contentType)?.[1] ?? null;
      const html = decodeHtmlBytes(bytes, { charset }).text;
      if (!hasVisibleText(html)) {
        yield {
          ok: false,
          id: recordId,
          error: new InvalidInputError("EMPTY_INPUT", `${recordId}: the page holds no text`),
        };
        continue;
      }
      const date = record.warcDate ? parseDateString(record.warcDate) : null;
      const published = date && record.warcDate ? withOffset(date, record.warcDate) : null;
      yield {
        ok: true,
        article: {
          id: recordId,
          raw: html,
          format: "html",
          // The crawl date: cleanup prefers the page's own marked-up date over it.
          meta: { url, published: published ? { ...published, source: "warc" } : null },
        },
      };
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    yield {
      ok: false,
      id: `${id}#${index}`,
      error: new InvalidInputError(
        "UNREADABLE",
        `${id}: WARC record ${index} is truncated or broken (${reason})`,
        { cause: error },
      ),
    };
  }
}

/** Counts the bytes a source gives, so a record that promises more than the file holds is caught
 * (warcio returns a short record silently for uncompressed WARC). */
function countBytes(source: AsyncIterable<Uint8Array>): {
  stream: AsyncIterable<Uint8Array>;
  isTruncatedAt: (end: number) => boolean;
} {
  let total = 0;
  let done = false;
  let gzip: boolean | null = null;
  const stream = (async function* () {
    for await (const chunk of source) {
      if (gzip === null && chunk.length >= 2) gzip = chunk[0] === 0x1f && chunk[1] === 0x8b;
      total += chunk.length;
      yield chunk;
    }
    done = true;
  })();
  // Offsets are in compressed bytes for gzip, so the check holds for plain WARC only; a cut
  // gzip member fails in the inflater instead.
  return { stream, isTruncatedAt: (end) => gzip === false && done && end > total };
}
