/**
 * One contract for every Store adapter: each adapter in ADAPTERS runs the whole suite.
 * Expected figures are computed from the documents put in, never written down by hand.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { NewsgraphError } from "../errors.js";
import { prepareDocument } from "./prepare-document.js";
import { openSqliteStore } from "./sqlite/sqlite-store.js";
import type { QuoteHit, Store } from "./store.js";
import { prepareSynthetic, type SyntheticDocument } from "./testing/prepare-synthetic.js";

interface Adapter {
  name: string;
  open(): Store;
  cleanup?(): void;
}

const folders: string[] = [];
const ADAPTERS: Adapter[] = [
  { name: "sqlite in memory", open: () => openSqliteStore(":memory:") },
  {
    name: "sqlite file",
    open: () => {
      const folder = mkdtempSync(join(tmpdir(), "newsgraph-contract-"));
      folders.push(folder);
      return openSqliteStore(join(folder, "corpus.db"));
    },
  },
];

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const CORPUS_SIZE = 120;
const corpus: SyntheticDocument[] = Array.from({ length: CORPUS_SIZE }, (_, i) =>
  prepareSynthetic(i),
);
const prepared = () => corpus.map((item) => item.prepared);

function quotesBy(speakerWord: string): number {
  return corpus
    .flatMap((item) => item.doc.quotes ?? [])
    .filter((quote) => quote.speaker?.name.includes(speakerWord)).length;
}

describe.skip("Store contract: postgres (skipped: no PostgreSQL adapter yet; a later issue adds it)", () => {
  test("placeholder for the adapter list", () => {});
});

describe.each(ADAPTERS)("Store contract: $name", (adapter) => {
  let store: Store;

  beforeAll(() => {
    store = adapter.open();
    store.putDocuments(prepared().slice(0, 60));
    store.putDocuments(prepared().slice(60));
  });

  afterAll(() => store.close());

  test("stores every article with its entities, quotes and timexes", () => {
    const stats = store.stats();
    expect(stats.articles).toBe(CORPUS_SIZE);
    expect(stats.currentArticles).toBe(CORPUS_SIZE);
    expect(stats.quotes).toBe(corpus.reduce((n, item) => n + (item.doc.quotes?.length ?? 0), 0));
    // Unnamed entities ("the minister") stay in their article's analysis only.
    expect(stats.entities).toBe(prepared().reduce((n, doc) => n + doc.entities.length, 0));
    expect(stats.entities).toBeGreaterThan(0);
    expect(stats.timexes).toBe(corpus.reduce((n, item) => n + (item.doc.timexes?.length ?? 0), 0));
    expect(stats.quotes).toBeGreaterThan(0);
  });

  test("gives back the analysed document exactly as it was put in", () => {
    for (const item of [corpus[0], corpus[37], corpus[119]]) {
      const found = store.getArticle(item?.doc.url as string);
      expect(found?.document).toEqual(item?.doc);
      expect(store.getArticle(found?.id as number)?.document).toEqual(item?.doc);
    }
    expect(store.getArticle("https://nowhere.example/none")).toBeNull();
    expect(store.getArticle(999_999)).toBeNull();
  });

  test("finds a file's article by the end of its path, and names the candidates when several match", () => {
    const asFile = (index: number, path: string) => {
      const item = prepareSynthetic(index);
      return prepareDocument({ ...item.raw, id: path }, { ...item.doc, id: path, url: null });
    };
    const own = adapter.open();
    const [first, second, third] = own.putDocuments([
      asFile(300, "/srv/wire/2026/harbour-vote.txt"),
      asFile(301, "/srv/wire/2025/harbour-vote.txt"),
      asFile(302, "/srv/wire/2026/ferry-fares.txt"),
    ]);
    expect(own.getArticle("ferry-fares.txt")?.id).toBe(third?.articleId);
    expect(own.getArticle("2025/harbour-vote.txt")?.id).toBe(second?.articleId);
    expect(own.getArticle("/srv/wire/2026/harbour-vote.txt")?.id).toBe(first?.articleId);
    expect(() => own.getArticle("harbour-vote.txt")).toThrow(
      expect.objectContaining({ code: "USAGE", message: expect.stringMatching(/#\d+ .*#\d+ /) }),
    );
    // Only whole path segments match: "vote.txt" is not the end of a name.
    expect(own.getArticle("vote.txt")).toBeNull();
    own.close();
  });

  test("putting the same documents again changes and duplicates nothing", () => {
    const before = store.stats();
    const outcomes = store.putDocuments(prepared().slice(10, 30));
    expect(outcomes.every((outcome) => outcome.status === "unchanged")).toBe(true);
    expect(store.stats()).toEqual(before);
  });

  test("the same cleaned text under another URL is not stored twice", () => {
    const before = store.stats();
    const mirror = prepareSynthetic(5, { site: "https://mirror.example" });
    expect(mirror.doc.text).toBe(corpus[5]?.doc.text);
    const [outcome] = store.putDocuments([mirror.prepared]);
    expect(outcome?.status).toBe("unchanged");
    expect(store.stats()).toEqual(before);
    expect(store.knownRawHashes([mirror.prepared.rawHash]).has(mirror.prepared.rawHash)).toBe(true);
  });

  test("a changed article is a new version and the old one is kept", () => {
    const original = corpus[7] as SyntheticDocument;
    const changedRaw = {
      ...original.raw,
      raw: `${original.raw.raw}\nCorrection: an earlier version misspelt Zanzibarian.\n`,
    };
    const changed = prepareSynthetic(7);
    const changedDoc = prepareDocument(changedRaw, {
      ...changed.doc,
      text: `${changed.doc.text}\n\nCorrection: an earlier version misspelt Zanzibarian.`,
    });
    const countsBefore = store.entities({ limit: 500 });
    const [outcome] = store.putDocuments([changedDoc]);
    expect(outcome?.status).toBe("versioned");
    // The new version has the same entities and speakers: counts are of current articles.
    expect(store.entities({ limit: 500 })).toEqual(countsBefore);
    const latest = store.getArticle(original.doc.url as string);
    expect(latest?.current).toBe(true);
    expect(latest?.previousId).not.toBeNull();
    const old = store.getArticle(latest?.previousId as number);
    expect(old?.current).toBe(false);
    expect(old?.document.text).toBe(original.doc.text);
    expect(store.stats().articles).toBe(CORPUS_SIZE + 1);
    expect(store.stats().currentArticles).toBe(CORPUS_SIZE);
    const hits = store.search({ text: "Zanzibarian" });
    expect(hits.map((hit) => hit.type === "article" && hit.articleId)).toEqual([latest?.id]);
    const everyVersion = store.search({
      text: original.doc.title ?? "",
      allVersions: true,
      limit: 50,
    });
    expect(everyVersion.map((hit) => (hit as { articleId: number }).articleId)).toEqual(
      expect.arrayContaining([latest?.id, old?.id]),
    );
  });

  test("full-text search ranks articles and highlights the matched words", () => {
    const hits = store.search({ text: "Zanzibarian OR ceasefire", limit: 5 });
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(hit.type).toBe("article");
      expect(hit.snippet).toMatch(/\[(ceasefire|Zanzibarian)\]/i);
      expect(hit.score).toBeTypeOf("number");
    }
    const scores = hits.map((hit) => hit.score as number);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  test.each([1, 2, 7])(
    "every snippet comes from its own hit, whatever the page size (%i)",
    (limit) => {
      const plain = (snippet: string) => snippet.replace(/[[\]…]/g, "").trim();
      for (const hit of store.search({ text: "said", limit })) {
        if (hit.type !== "article") throw new Error("expected article hits");
        const text = store.getArticle(hit.articleId)?.document.text ?? "";
        expect(text).toContain(plain(hit.snippet).slice(0, 40));
      }
      for (const hit of store.search({ text: "said", target: "quotes", limit })) {
        if (hit.type !== "quote") throw new Error("expected quote hits");
        expect(hit.text).toContain(plain(hit.snippet).slice(0, 30));
      }
    },
  );

  test("phrases, prefixes and exclusions narrow a search", () => {
    const all = store.search({ text: "peace", limit: 1000 });
    const phrase = store.search({ text: '"peace talks"', limit: 1000 });
    const excluded = store.search({ text: "peace -talks", limit: 1000 });
    const prefix = store.search({ text: "negotiat*", limit: 1000 });
    expect(phrase.length).toBeGreaterThan(0);
    expect(phrase.length).toBeLessThanOrEqual(all.length);
    expect(excluded.length).toBeLessThan(all.length);
    for (const hit of excluded) {
      const text = store.getArticle((hit as { articleId: number }).articleId)?.document.text;
      expect(text).not.toMatch(/\btalks\b/i);
    }
    expect(prefix.length).toBeGreaterThan(0);
  });

  test("filters by outlet, date range and entity", () => {
    const outlet = corpus[3]?.doc.outlet as string;
    const byOutlet = store.search({ text: "", outlet: outlet.toUpperCase(), limit: 1000 });
    const expectedOutlet = corpus.filter((item) => item.doc.outlet === outlet).length;
    expect(byOutlet.length).toBe(expectedOutlet);
    const inRange = store.search({ text: "", from: "2015-01-01", to: "2015-06", limit: 1000 });
    expect(store.search({ text: "", to: "2016-02-29", limit: 1000 }).length).toBeGreaterThan(0);
    const expectedRange = corpus.filter((item) => {
      const date = item.doc.published.value as string;
      return date >= "2015-01-01" && date <= "2015-06-31";
    }).length;
    expect(inRange.length).toBe(expectedRange);
    const lavrov = store.search({ text: "", entity: "Lavrov", limit: 1000 });
    const expectedLavrov = corpus.filter((item) =>
      item.doc.entities?.some((entity) => entity.name.includes("Lavrov")),
    ).length;
    expect(lavrov.length).toBe(expectedLavrov);
    expect(store.search({ text: "", entity: "Nobody Atall" })).toEqual([]);
  });

  test("lists a speaker's quotes newest first, by any word of the name", () => {
    const putin = store.quotes({ speaker: "putin", limit: 1000 });
    expect(putin.length).toBe(quotesBy("Putin"));
    expect(putin.every((hit) => hit.speaker?.includes("Putin"))).toBe(true);
    const dates = putin.map((hit) => hit.published ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
    const page2 = store.quotes({ speaker: "Putin", limit: 5, offset: 5 });
    expect(page2.map((hit) => hit.quoteId)).toEqual(putin.slice(5, 10).map((hit) => hit.quoteId));
    const direct = store.quotes({ speaker: "Putin", kind: "direct", limit: 1000 });
    expect(direct.length).toBeGreaterThan(0);
    expect(direct.every((hit) => hit.kind === "direct")).toBe(true);
  });

  test("finds what a speaker said about a subject, and quotes from an occasion", () => {
    const hits = store.search({ text: "sanctions", speaker: "Putin", limit: 1000 }) as QuoteHit[];
    const expected = corpus
      .flatMap((item) => item.doc.quotes ?? [])
      .filter((q) => q.speaker?.name === "Vladimir Putin" && /\bsanctions\b/i.test(q.text));
    expect(hits.length).toBe(expected.length);
    for (const hit of hits) {
      expect(hit.type).toBe("quote");
      expect(hit.snippet).toContain("[sanctions]");
    }
    const valdai = store.search({ text: '"Valdai conference"', target: "quotes", limit: 1000 });
    const expectedValdai = corpus
      .flatMap((item) => item.doc.quotes ?? [])
      .filter((q) => q.occasion?.text.includes("Valdai")).length;
    expect(valdai.length).toBeGreaterThanOrEqual(expectedValdai);
    expect(expectedValdai).toBeGreaterThan(0);
  });

  test("counts entities by type, most mentioned in the most articles first", () => {
    const top = store.entities({ type: "PERSON", limit: 5 });
    expect(top.length).toBe(5);
    expect(top.every((entity) => entity.type === "PERSON")).toBe(true);
    const first = top[0] as (typeof top)[number];
    const has = (item: SyntheticDocument | undefined) =>
      item?.doc.entities?.some((e) => e.name === first.name && e.type === "PERSON") ?? false;
    // Every stored row counts, the second version of article 7 included.
    const expected = corpus.filter(has).length + (has(corpus[7]) ? 1 : 0);
    expect(first.articles).toBe(expected);
    const counts = top.map((entity) => entity.articles);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  test.each([
    ['"unbalanced'],
    ["NEAR(peace talks"],
    ["'; DROP TABLE articles; --"],
    ["title:peace"],
    ["*"],
    ["AND OR NOT"],
    ["peace) OR (talks"],
    ["^peace"],
    ["\u0000\uffff"],
  ])("reads search text %j as plain words, never as syntax", (text) => {
    const before = store.stats();
    expect(() => store.search({ text })).not.toThrow();
    expect(() => store.search({ text, target: "quotes" })).not.toThrow();
    expect(() => store.quotes({ speaker: text })).not.toThrow();
    expect(store.stats()).toEqual(before);
  });

  test.each([
    [{ text: "-peace" }, /not excluded/],
    [{ text: "peace", from: "yesterday" }, /--from expects an ISO date/],
    [{ text: "peace", to: "2015-13-45; DROP" }, /--to expects an ISO date/],
    [{ text: "x".repeat(2000) }, /too long/],
    [{ text: "peace", from: "2015-13" }, /--from expects an ISO date/],
    [{ text: "peace", to: "2015-02-30" }, /--to expects an ISO date/],
    [{ text: "peace", limit: 5000 }, /at most 1000 results a page/],
  ])("refuses a search it cannot read with a usage error (%#)", (query, message) => {
    let caught: unknown;
    try {
      store.search(query);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(NewsgraphError);
    expect((caught as NewsgraphError).code).toBe("USAGE");
    expect((caught as Error).message).toMatch(message);
  });

  test("records duplicate links both ways and updates them in place", () => {
    store.addDuplicateLinks([
      { articleId: 2, duplicateOf: 1, kind: "near", score: 0.8, rule: "test/near" },
    ]);
    store.addDuplicateLinks([
      { articleId: 2, duplicateOf: 1, kind: "near", score: 0.9, rule: "test/near" },
    ]);
    expect(store.duplicatesOf(1)).toEqual([
      { articleId: 2, duplicateOf: 1, kind: "near", score: 0.9, rule: "test/near" },
    ]);
    expect(store.duplicatesOf(2)).toHaveLength(1);
  });

  test("brings outdated analyses up to date in place", () => {
    const old = prepareSynthetic(200);
    const outdated = prepareDocument(old.raw, { ...old.doc, version: "0.0.1-old" });
    const [outcome] = store.putDocuments([outdated]);
    expect(store.stats().outdated).toBe(1);
    expect(store.countOutdated(old.doc.version)).toBe(1);
    const listed = store.listOutdated(old.doc.version, { afterId: 0, limit: 10 });
    expect(listed.map((source) => source.articleId)).toEqual([outcome?.articleId]);
    expect(listed[0]?.raw).toEqual(old.raw);
    const before = store.stats();
    store.replaceAnalyses([{ articleId: outcome?.articleId as number, document: old.prepared }]);
    const after = store.stats();
    expect(after.outdated).toBe(0);
    expect(store.countOutdated(old.doc.version)).toBe(0);
    expect(after.quotes).toBe(before.quotes);
    expect(after.entities).toBe(before.entities);
    expect(store.getArticle(outcome?.articleId as number)?.document).toEqual(old.doc);
    const speaker = old.doc.quotes?.[0]?.speaker?.name;
    if (speaker) {
      expect(
        store.search({ text: old.doc.quotes?.[0]?.text ?? "", speaker, limit: 1000 }).length,
      ).toBeGreaterThan(0);
    }
  });

  test("a bulk load answers the same while it runs and after it", () => {
    const bulk = adapter.open();
    const answers = () => ({
      putin: bulk.quotes({ speaker: "Putin", limit: 1000 }).map((hit) => hit.quoteId),
      withEntity: bulk
        .search({ text: "sanctions", entity: "Putin", limit: 1000 })
        .map((hit) => hit.articleId),
      top: bulk.entities({ type: "PERSON", limit: 5 }),
    });
    try {
      bulk.putDocuments(prepared().slice(0, 30));
      bulk.bulkLoad(true);
      bulk.putDocuments(prepared().slice(30));
      bulk.bulkLoad(true);
      const during = answers();
      expect(during.putin.length).toBe(quotesBy("Putin"));
      bulk.bulkLoad(false);
      expect(answers()).toEqual(during);
    } finally {
      bulk.close();
    }
  });

  test("pages through articles, quotes and entities for export", () => {
    const seen: number[] = [];
    for (let page = store.exportArticles({ afterId: 0, limit: 7 }); page.length > 0; ) {
      seen.push(...page.map((article) => article.id));
      page = store.exportArticles({ afterId: seen[seen.length - 1] as number, limit: 7 });
    }
    expect(seen.length).toBe(store.stats().articles);
    expect(new Set(seen).size).toBe(seen.length);
    let quotes = 0;
    for (let afterId = 0; ; ) {
      const page = store.exportQuotes({ afterId, limit: 50 });
      if (page.length === 0) break;
      quotes += page.length;
      afterId = page[page.length - 1]?.quoteId as number;
    }
    expect(quotes).toBe(store.stats().quotes);
    expect(store.exportEntities({ afterId: 0, limit: 3 })).toHaveLength(3);
  });
});
