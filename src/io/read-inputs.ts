import { createReadStream } from "node:fs";
import { open, opendir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { gunzipSync, constants as zlibConstants } from "node:zlib";
import { InvalidInputError, type NewsgraphError, NotFoundError } from "../errors.js";
import type { RawArticle } from "../model.js";
import { decodeInput } from "../stages/ingest/index.js";
import type { FeedLink } from "../stages/ingest/readers/feed-reader.js";
import { isGzip } from "../stages/ingest/readers/html-decode.js";
import { looksLikeWarc, readWarc } from "../stages/ingest/readers/warc-reader.js";
import { isUrl, PoliteFetcher } from "./fetch/fetch-politely.js";

/** Default largest input read: larger files are refused, not truncated. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export type InputResult =
  | { ok: true; article: RawArticle }
  | { ok: false; id: string; error: NewsgraphError };

export interface ReadInputsOptions {
  maxBytes?: number;
  onWarning?: (message: string) => void;
  /** Stream to read `-` from (standard input by default). */
  stdin?: NodeJS.ReadableStream;
  /** Fetches URL inputs (and feed links with `fetchLinks`); a polite default one if absent. */
  fetcher?: PoliteFetcher;
  /** Fetch the pages of feed items that carry only a summary, and sitemap entries. */
  fetchLinks?: boolean;
  /** Files a directory walk passes over (the corpus database being written, say). */
  skipFiles?: Iterable<string>;
}

/** Walks files, directories (recursively, sorted) and `-`; a bad input yields an error result. */
export async function* readInputs(
  paths: string[],
  options: ReadInputsOptions = {},
): AsyncGenerator<InputResult> {
  for (const path of paths) {
    if (isUrl(path)) {
      yield* readUrl(path, options);
      continue;
    }
    if (path === "-") {
      yield* decodeSafely(
        "-",
        () => readStream(options.stdin ?? process.stdin, "-", maxBytes(options)),
        options,
      );
      continue;
    }
    const info = await stat(path).catch(() => null);
    if (!info) {
      yield { ok: false, id: path, error: new NotFoundError(`${path}: no such file or directory`) };
    } else if (info.isDirectory()) {
      for await (const entry of walkDirectory(path, skipSet(options.skipFiles))) {
        if (typeof entry === "string") yield* readFile(entry, options);
        else yield entry;
      }
    } else {
      yield* readFile(path, options);
    }
  }
}

/** Lists the files counted by `readInputs` without reading them (for progress bars). */
export async function countInputs(
  paths: string[],
  options: Pick<ReadInputsOptions, "skipFiles"> = {},
): Promise<number> {
  let count = 0;
  const skip = skipSet(options.skipFiles);
  for (const path of paths) {
    const info = path === "-" ? null : await stat(path).catch(() => null);
    if (info?.isDirectory()) for await (const _ of walkDirectory(path, skip)) count++;
    else count++;
  }
  return count;
}

async function* decodeSafely(
  id: string,
  read: () => Promise<Uint8Array>,
  options: ReadInputsOptions,
  charset: () => string | null = () => null,
): AsyncGenerator<InputResult> {
  let articles: RawArticle[];
  const links: FeedLink[] = [];
  try {
    const bytes = await read();
    if (looksLikeWarc(bytes) || (isGzip(bytes) && looksLikeWarc(peekGunzip(bytes)))) {
      yield* streamWarc(id, [bytes]);
      return;
    }
    articles = decodeInput(id, bytes, {
      onWarning: options.onWarning,
      charset: charset(),
      ...(options.fetchLinks ? { onLinks: (found: FeedLink[]) => links.push(...found) } : {}),
    });
  } catch (error) {
    yield { ok: false, id, error: asInputError(id, error) };
    return;
  }
  for (const article of articles) yield { ok: true, article };
  for (const link of links) yield* readFeedLink(link, options);
}

/** A file: WARC files are streamed record by record; anything else is read whole. */
async function* readFile(path: string, options: ReadInputsOptions): AsyncGenerator<InputResult> {
  let warc = false;
  try {
    warc = await startsWithWarc(path);
  } catch (error) {
    yield { ok: false, id: path, error: asInputError(path, error) };
    return;
  }
  if (warc) yield* streamWarc(path, createReadStream(path));
  else yield* decodeSafely(path, () => readFileBounded(path, options), options);
}

async function* streamWarc(
  id: string,
  source: AsyncIterable<Uint8Array> | Uint8Array[],
): AsyncGenerator<InputResult> {
  const iterable = (async function* () {
    yield* source;
  })();
  for await (const result of readWarc(id, iterable)) yield result;
}

/** Peeks at a file's first bytes (gunzipped when gzip) for the WARC/ magic. */
async function startsWithWarc(path: string): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    const head = buffer.subarray(0, bytesRead);
    return looksLikeWarc(head) || (isGzip(head) && looksLikeWarc(peekGunzip(head)));
  } finally {
    await handle.close();
  }
}

/** The first bytes of a gzip stream, from a truncated prefix (sync flush tolerates the cut). */
function peekGunzip(bytes: Uint8Array): Uint8Array {
  try {
    return gunzipSync(bytes.subarray(0, 4096), {
      finishFlush: zlibConstants.Z_SYNC_FLUSH,
      maxOutputLength: 64 * 1024,
    });
  } catch {
    return new Uint8Array();
  }
}

/** A URL input: fetched politely, then decoded like a file (a page, a feed, a WARC). */
async function* readUrl(url: string, options: ReadInputsOptions): AsyncGenerator<InputResult> {
  const fetcher = fetcherFor(options);
  let charset: string | null = null;
  yield* decodeSafely(
    url,
    async () => {
      const page = await fetcher.fetch(url);
      charset = /charset=([^;\s]+)/i.exec(page.contentType)?.[1] ?? null;
      return page.bytes;
    },
    options,
    () => charset,
  );
}

/** A feed item's page, fetched; its summary stands in when the fetch fails. */
async function* readFeedLink(
  link: FeedLink,
  options: ReadInputsOptions,
): AsyncGenerator<InputResult> {
  if (link.kind === "sitemap") {
    yield* readUrl(link.url, options);
    return;
  }
  try {
    const page = await fetcherFor(options).fetch(link.url);
    const charset = /charset=([^;\s]+)/i.exec(page.contentType)?.[1] ?? null;
    const articles = decodeInput(link.url, page.bytes, { onWarning: options.onWarning, charset });
    for (const article of articles) {
      yield {
        ok: true,
        article: { ...article, meta: { ...link.meta, ...dropNulls(article.meta ?? {}) } },
      };
    }
  } catch (error) {
    if (link.summary) {
      options.onWarning?.(
        `${link.url}: page not fetched (${(error as Error).message}); using the feed summary`,
      );
      yield { ok: true, article: link.summary };
    } else {
      yield { ok: false, id: link.url, error: asInputError(link.url, error) };
    }
  }
}

function dropNulls<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null && v !== undefined),
  ) as Partial<T>;
}

const defaultFetchers = new WeakMap<ReadInputsOptions, PoliteFetcher>();

function fetcherFor(options: ReadInputsOptions): PoliteFetcher {
  if (options.fetcher) return options.fetcher;
  let fetcher = defaultFetchers.get(options);
  if (fetcher === undefined) {
    fetcher = new PoliteFetcher({ maxBytes: maxBytes(options) });
    defaultFetchers.set(options, fetcher);
  }
  return fetcher;
}

function skipSet(files: Iterable<string> | undefined): Set<string> {
  return new Set([...(files ?? [])].map((file) => resolve(file)));
}

/** Yields file paths, or an error result for a directory that cannot be listed. */
async function* walkDirectory(
  directory: string,
  skip: Set<string>,
): AsyncGenerator<string | InputResult> {
  const entries: Array<{ name: string; isDirectory: boolean; isFile: boolean }> = [];
  try {
    for await (const entry of await opendir(directory)) {
      if (entry.name.startsWith(".")) continue;
      entries.push({ name: entry.name, isDirectory: entry.isDirectory(), isFile: entry.isFile() });
    }
  } catch (error) {
    yield { ok: false, id: directory, error: asInputError(directory, error) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory) yield* walkDirectory(path, skip);
    else if (entry.isFile && !skip.has(resolve(path))) yield path;
  }
}

async function readFileBounded(path: string, options: ReadInputsOptions): Promise<Uint8Array> {
  const limit = maxBytes(options);
  const info = await stat(path);
  if (info.size > limit) {
    throw new InvalidInputError(
      "TOO_LARGE",
      `${path}: ${formatBytes(info.size)} is over the ${formatBytes(limit)} limit (--max-bytes)`,
    );
  }
  return readStream(createReadStream(path), path, limit);
}

async function readStream(
  stream: NodeJS.ReadableStream,
  id: string,
  limit: number,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > limit) {
      throw new InvalidInputError(
        "TOO_LARGE",
        `${id}: over the ${formatBytes(limit)} limit (--max-bytes)`,
      );
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function asInputError(id: string, error: unknown): NewsgraphError {
  if (error instanceof InvalidInputError || error instanceof NotFoundError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new InvalidInputError("UNREADABLE", `${id}: cannot be read (${reason})`, { cause: error });
}

function maxBytes(options: ReadInputsOptions): number {
  return options.maxBytes ?? DEFAULT_MAX_BYTES;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${bytes} bytes`;
}
