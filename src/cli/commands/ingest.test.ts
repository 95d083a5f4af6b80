/**
 * The corpus commands end to end through `main`: ingest (twice: idempotent), search, quotes,
 * entities, show, export, reanalyze, and their errors. Analysis runs inline (TypeScript sources).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { EXIT } from "../../errors.js";
import { openSqliteStore } from "../../storage/sqlite/sqlite-store.js";
import { generateCorpus } from "../../storage/testing/synthetic-corpus.js";
import { runCli } from "../testing/run-cli.js";

const folder = mkdtempSync(join(tmpdir(), "newsgraph-cli-"));
const inputs = join(folder, "articles");
const db = join(folder, "corpus.db");
const COUNT = 25;

afterAll(() => rmSync(folder, { recursive: true, force: true }));

beforeAll(() => {
  rmSync(inputs, { recursive: true, force: true });
  mkdirSync(inputs);
  for (const article of generateCorpus(COUNT)) {
    const date = article.raw.meta?.published?.value as string;
    const name = article.raw.id.split("/").pop() as string;
    writeFileSync(join(inputs, name), `${date}\n${article.raw.raw}`);
  }
  writeFileSync(join(inputs, "broken.txt"), new Uint8Array([0, 1, 2, 0, 0, 0, 255, 0]));
});

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const { code, stdout, stderr } = await runCli(argv);
  return { code, out: stdout, err: stderr };
}

describe("corpus commands", () => {
  test("ingest stores every readable article and reports the unreadable one", async () => {
    const result = await run(["ingest", inputs, "--db", db, "--no-progress"]);
    expect(result.code).toBe(EXIT.someInputsFailed);
    expect(result.err).toMatch(/broken\.txt/);
    expect(result.err).toMatch(new RegExp(`${COUNT} added, 0 new versions, 0 unchanged, 1 failed`));
  });

  test("ingesting the same folder again changes nothing", async () => {
    const store = openSqliteStore(db);
    const before = store.stats();
    store.close();
    const result = await run(["ingest", inputs, "--db", db, "--no-progress"]);
    expect(result.err).toMatch(new RegExp(`0 added, 0 new versions, ${COUNT} unchanged, 1 failed`));
    const after = openSqliteStore(db);
    expect(after.stats()).toEqual(before);
    after.close();
  });

  test("search prints ranked hits with highlights, or JSON lines", async () => {
    const human = await run(["search", "peace", "--db", db, "--limit", "3"]);
    expect(human.code).toBe(EXIT.ok);
    expect(human.out).toMatch(/^#\d+ {2}\d{4}-\d{2}-\d{2}/m);
    expect(human.out).toContain("[peace]");
    const jsonl = await run(["search", "peace", "--db", db, "--jsonl", "--limit", "3"]);
    const hits = jsonl.out
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(hits).toHaveLength(3);
    expect(hits[0]).toMatchObject({ type: "article", articleId: expect.any(Number) });
  });

  test("search with FTS syntax or SQL in it is read as words", async () => {
    const result = await run(["search", "\"peace' OR 1=1; DROP TABLE articles; --", "--db", db]);
    expect(result.code).toBe(EXIT.ok);
    const bad = await run(["search", "peace", "--from", "last week", "--db", db]);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.err).toMatch(/--from expects an ISO date/);
  });

  test("quotes, entities and show answer from the stored analyses", async () => {
    const quotes = await run(["quotes", "--db", db, "--jsonl"]);
    expect(quotes.code).toBe(EXIT.ok);
    const entities = await run(["entities", "--db", db, "--type", "person", "--top", "3"]);
    expect(entities.code).toBe(EXIT.ok);
    expect(entities.out).toMatch(/^articles\s+mentions\s+quotes\s+type\s+name/);
    const show = await run(["show", "1", "--db", db]);
    expect(show.out).toMatch(/article #1, analysed by newsgraph/);
    const json = await run(["show", "#1", "--db", db, "--json"]);
    expect(JSON.parse(json.out).text.length).toBeGreaterThan(100);
    const missing = await run(["show", "999999", "--db", db]);
    expect(missing.code).toBe(EXIT.someInputsFailed);
    expect(missing.err).toMatch(/NOT_FOUND/);
  });

  test("export streams articles as CSV and JSON lines", async () => {
    const csv = await run(["export", "--db", db, "--format", "csv"]);
    const lines = csv.out.trim().split("\n");
    expect(lines[0]).toBe(
      "id,url,title,outlet,published,version,current,previous_id,quotes,entities",
    );
    expect(lines).toHaveLength(COUNT + 1);
    const jsonl = await run(["export", "--db", db, "--what", "entities"]);
    expect(jsonl.code).toBe(EXIT.ok);
    const wrong = await run(["export", "--db", db, "--format", "xml"]);
    expect(wrong.code).toBe(EXIT.usage);
  });

  test("reanalyze has nothing to do when every analysis is current", async () => {
    const result = await run(["reanalyze", "--db", db, "--no-progress"]);
    expect(result.code).toBe(EXIT.ok);
    expect(result.err).toMatch(/reanalysed 0 articles/);
  });

  test("reanalyze brings analyses made by another version up to date, once", async () => {
    const raw = new Database(db);
    raw.prepare("UPDATE articles SET version = '0.0.1-old' WHERE id <= 5").run();
    raw.close();
    const first = await run(["reanalyze", "--db", db, "--no-progress"]);
    expect(first.code).toBe(EXIT.ok);
    expect(first.err).toMatch(/reanalysed 5 articles/);
    const store = openSqliteStore(db);
    expect(store.stats().outdated).toBe(0);
    expect(store.checkIntegrity()).toBe("ok");
    store.close();
    const second = await run(["reanalyze", "--db", db, "--no-progress"]);
    expect(second.err).toMatch(/reanalysed 0 articles/);
  });

  test("read commands on a missing database fail with a storage error", async () => {
    const result = await run(["search", "peace", "--db", join(folder, "none.db")]);
    expect(result.code).toBe(EXIT.storage);
    expect(result.err).toMatch(/STORAGE: database .* does not exist/);
  });
});

describe("article identity across ingests", () => {
  test("one file named two ways is one article; editing it makes a new version", async () => {
    const own = join(folder, "identity");
    mkdirSync(own, { recursive: true });
    const file = join(own, "river.txt");
    const twoWays = `${own}/./river.txt`;
    const identityDb = join(folder, "identity.db");
    writeFileSync(
      file,
      "River levels rise\n\nThe river rose by a metre overnight, officials said.",
    );
    await run(["ingest", file, "--db", identityDb, "--no-progress"]);
    writeFileSync(file, "River levels fall\n\nThe river fell by half a metre, officials said.");
    const edited = await run(["ingest", twoWays, "--db", identityDb, "--no-progress"]);
    expect(edited.err).toMatch(/0 added, 1 new versions/);
    const shown = await run(["show", twoWays, "--db", identityDb]);
    expect(shown.code).toBe(EXIT.ok);
    expect(shown.out).toMatch(/River levels fall/);
  });
});

describe("search words", () => {
  test("several arguments are one search, and a leading -word works after --", async () => {
    const own = join(folder, "words");
    mkdirSync(own, { recursive: true });
    writeFileSync(join(own, "a.txt"), "Ferry vote delayed\n\nThe council delayed the ferry vote.");
    writeFileSync(join(own, "b.txt"), "Budget vote passes\n\nThe council passed the budget vote.");
    const wordsDb = join(folder, "words.db");
    await run(["ingest", own, "--db", wordsDb, "--no-progress"]);
    const both = await run(["search", "council", "vote", "--db", wordsDb, "--jsonl"]);
    expect(both.out.trim().split("\n")).toHaveLength(2);
    const notFerry = await run(["search", "--db", wordsDb, "--jsonl", "--", "-ferry", "vote"]);
    expect(notFerry.code).toBe(EXIT.ok);
    const titles = notFerry.out
      .trim()
      .split("\n")
      .map((line) => (JSON.parse(line) as { title: string }).title);
    expect(titles).toEqual(["Budget vote passes"]);
  });
});
