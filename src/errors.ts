/** One base error with a code; codes map to CLI exit codes and HTTP statuses here only. */
export type ErrorCode =
  | "INVALID_INPUT"
  | "EMPTY_INPUT"
  | "BINARY_INPUT"
  | "TOO_LARGE"
  | "NOT_FOUND"
  | "UNREADABLE"
  | "USAGE"
  | "STORAGE"
  | "INTERNAL";

export class NewsgraphError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "NewsgraphError";
    this.code = code;
  }
}

export class InvalidInputError extends NewsgraphError {
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = "InvalidInputError";
  }
}

export class NotFoundError extends NewsgraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("NOT_FOUND", message, options);
    this.name = "NotFoundError";
  }
}

export class StorageError extends NewsgraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("STORAGE", message, options);
    this.name = "StorageError";
  }
}

/** CLI exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  someInputsFailed: 1,
  usage: 2,
  internal: 3,
  storage: 4,
  /** Stopped by Ctrl-C (128 + SIGINT, as shells report it). */
  interrupted: 130,
} as const;

export function exitCodeFor(error: unknown): number {
  if (!(error instanceof NewsgraphError)) return EXIT.internal;
  if (error.code === "USAGE") return EXIT.usage;
  if (error.code === "STORAGE") return EXIT.storage;
  if (error.code === "INTERNAL") return EXIT.internal;
  return EXIT.someInputsFailed;
}

export function httpStatusFor(error: unknown): number {
  if (!(error instanceof NewsgraphError)) return 500;
  switch (error.code) {
    case "NOT_FOUND":
      return 404;
    case "TOO_LARGE":
      return 413;
    case "STORAGE":
    case "INTERNAL":
      return 500;
    default:
      return 400;
  }
}

/** A one-line message for people: the code and what went wrong, no stack. */
export function describeError(error: unknown): string {
  if (error instanceof NewsgraphError) return `${error.code}: ${error.message}`;
  if (error instanceof Error) return `INTERNAL: ${error.message}`;
  return `INTERNAL: ${String(error)}`;
}
