import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { DEFAULT_DB_FILE, resolveDbPath } from "./open-store.js";

describe("where the corpus database is", () => {
  test.each([
    [{ db: "given.db", env: { NEWSGRAPH_DB: "/env/corpus.db" } }, resolve("given.db")],
    [{ env: { NEWSGRAPH_DB: "/env/corpus.db" } }, "/env/corpus.db"],
    [{ env: {} }, resolve(DEFAULT_DB_FILE)],
    [{ db: ":memory:", env: {} }, ":memory:"],
  ])("--db, then NEWSGRAPH_DB, then ./newsgraph.db (%j)", (options, expected) => {
    expect(resolveDbPath(options)).toBe(expected);
  });
});
