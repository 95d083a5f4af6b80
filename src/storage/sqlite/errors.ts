import { NewsgraphError, StorageError } from "../../errors.js";

/** SQLite result codes, as better-sqlite3 reports them, and what they mean to a user. */
const MESSAGES: [prefix: string, message: string][] = [
  ["SQLITE_NOTADB", "is not a database (or its header is corrupt)"],
  ["SQLITE_CORRUPT", "is corrupt; restore it from a copy or ingest again into a new file"],
  [
    "SQLITE_FULL",
    "cannot grow: the disk (or the size limit) is full; nothing of the failed batch was written",
  ],
  ["SQLITE_BUSY", "is busy: another process holds the write lock for too long; try again"],
  ["SQLITE_LOCKED", "is locked by another connection; try again"],
  ["SQLITE_CANTOPEN", "cannot be opened: check that the folder exists and can be written"],
  [
    "SQLITE_READONLY_DIRECTORY",
    "was left in WAL mode in a folder that cannot be written: open it once where it can be written (any newsgraph command tidies it on exit), or copy it to a writable folder",
  ],
  ["SQLITE_READONLY", "is read-only: check the permissions of the file and its folder"],
  ["SQLITE_PERM", "cannot be accessed: permission denied"],
  ["SQLITE_IOERR", "failed to read or write (I/O error)"],
];

/** Maps a driver error to a StorageError that names the database and says what to do. */
export function toStorageError(error: unknown, location: string): NewsgraphError {
  if (error instanceof NewsgraphError) return error;
  const code = (error as { code?: unknown })?.code;
  const text = error instanceof Error ? error.message : String(error);
  if (typeof code === "string") {
    for (const [prefix, message] of MESSAGES) {
      if (code.startsWith(prefix)) {
        return new StorageError(`database ${location} ${message} (${code})`, { cause: error });
      }
    }
    return new StorageError(`database ${location}: ${text} (${code})`, { cause: error });
  }
  if (/directory does not exist/i.test(text)) {
    return new StorageError(`database ${location} cannot be created: ${text}`, { cause: error });
  }
  return new StorageError(`database ${location}: ${text}`, { cause: error });
}
