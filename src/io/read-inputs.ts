import { createReadStream } from "node:fs";
import { opendir, stat } from "node:fs/promises";
import { join } from "node:path";
import { InvalidInputError, type NewsgraphError, NotFoundError } from "../errors.js";
import type { RawArticle } from "../model.js";
import { decodeInput } from "../stages/ingest/index.js";

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
}

/** Walks files, directories (recursively, sorted) and `-`; a bad input yields an error result. */
export async function* readInputs(
  paths: string[],
  options: ReadInputsOptions = {},
): AsyncGenerator<InputResult> {
  for (const path of paths) {
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
      for await (const entry of walkDirectory(path)) {
        if (typeof entry === "string") {
          yield* decodeSafely(entry, () => readFileBounded(entry, options), options);
        } else yield entry;
      }
    } else {
      yield* decodeSafely(path, () => readFileBounded(path, options), options);
    }
  }
}

/** Lists the files counted by `readInputs` without reading them (for progress bars). */
export async function countInputs(paths: string[]): Promise<number> {
  let count = 0;
  for (const path of paths) {
    const info = path === "-" ? null : await stat(path).catch(() => null);
    if (info?.isDirectory()) for await (const _ of walkDirectory(path)) count++;
    else count++;
  }
  return count;
}

async function* decodeSafely(
  id: string,
  read: () => Promise<Uint8Array>,
  options: ReadInputsOptions,
): AsyncGenerator<InputResult> {
  let articles: RawArticle[];
  try {
    articles = decodeInput(id, await read(), { onWarning: options.onWarning });
  } catch (error) {
    yield { ok: false, id, error: asInputError(id, error) };
    return;
  }
  for (const article of articles) yield { ok: true, article };
}

/** Yields file paths, or an error result for a directory that cannot be listed. */
async function* walkDirectory(directory: string): AsyncGenerator<string | InputResult> {
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
    if (entry.isDirectory) yield* walkDirectory(path);
    else if (entry.isFile) yield path;
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
