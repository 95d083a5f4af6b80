import type { Command } from "commander";
import { InvalidInputError } from "../../errors.js";
import { openStore } from "../../storage/open-store.js";
import { toCsvRow, writeLine } from "../../storage/output.js";
import type { Store } from "../../storage/store.js";

/** Rows fetched per query: pages keep memory flat however large the corpus. */
const PAGE_SIZE = 500;
const FORMATS = ["jsonl", "csv"] as const;
const WHATS = ["articles", "quotes", "entities"] as const;

type Format = (typeof FORMATS)[number];
type What = (typeof WHATS)[number];

interface Exporter {
  header: string[];
  /** Next page after the given id: rows as [csv values, JSON value], and the last id. */
  page(store: Store, afterId: number): { rows: [unknown[], unknown][]; lastId: number | null };
}

const EXPORTERS: Record<What, Exporter> = {
  articles: {
    header: [
      "id",
      "url",
      "title",
      "outlet",
      "published",
      "version",
      "current",
      "previous_id",
      "quotes",
      "entities",
    ],
    page: (store, afterId) => {
      const items = store.exportArticles({ afterId, limit: PAGE_SIZE });
      return {
        rows: items.map((a) => [
          [
            a.id,
            a.url,
            a.title,
            a.outlet,
            a.published,
            a.version,
            a.current,
            a.previousId,
            a.quoteCount,
            a.entityCount,
          ],
          { ...a.document, articleId: a.id, current: a.current, previousId: a.previousId },
        ]),
        lastId: items[items.length - 1]?.id ?? null,
      };
    },
  },
  quotes: {
    header: [
      "quote_id",
      "article_id",
      "local_id",
      "kind",
      "speaker",
      "text",
      "cue",
      "occasion",
      "start",
      "end",
      "published",
      "outlet",
      "url",
    ],
    page: (store, afterId) => {
      const items = store.exportQuotes({ afterId, limit: PAGE_SIZE });
      return {
        rows: items.map((q) => {
          const { type: _type, score: _score, snippet: _snippet, ...json } = q;
          return [
            [
              q.quoteId,
              q.articleId,
              q.localId,
              q.kind,
              q.speaker,
              q.text,
              q.cue,
              q.occasion,
              q.span[0],
              q.span[1],
              q.published,
              q.outlet,
              q.url,
            ],
            json,
          ];
        }),
        lastId: items[items.length - 1]?.quoteId ?? null,
      };
    },
  },
  entities: {
    header: ["id", "name", "type", "articles", "mentions", "quotes"],
    page: (store, afterId) => {
      const items = store.exportEntities({ afterId, limit: PAGE_SIZE });
      return {
        rows: items.map((e) => [[e.id, e.name, e.type, e.articles, e.mentions, e.quotes], e]),
        lastId: items[items.length - 1]?.id ?? null,
      };
    },
  },
};

export function registerExport(program: Command): void {
  program
    .command("export")
    .description("stream the corpus to standard output")
    .option("--db <path>", "database file (default: $NEWSGRAPH_DB, else ./newsgraph.db)")
    .option("--format <format>", "jsonl or csv", "jsonl")
    .option("--what <what>", "articles (full analyses in JSONL), quotes or entities", "articles")
    .action(async (flags: { db?: string; format: string; what: string }) => {
      const format = check("--format", flags.format, FORMATS);
      const what = check("--what", flags.what, WHATS);
      const store = openStore({ db: flags.db, mustExist: true });
      try {
        await exportAll(store, EXPORTERS[what], format);
      } finally {
        store.close();
      }
    });
}

async function exportAll(store: Store, exporter: Exporter, format: Format): Promise<void> {
  if (format === "csv") await writeLine(process.stdout, toCsvRow(exporter.header));
  for (let afterId = 0; ; ) {
    const { rows, lastId } = exporter.page(store, afterId);
    if (lastId === null) return;
    for (const [values, json] of rows) {
      const line = format === "csv" ? toCsvRow(values) : JSON.stringify(json);
      if (!(await writeLine(process.stdout, line))) return;
    }
    afterId = lastId;
  }
}

function check<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) {
    throw new InvalidInputError(
      "USAGE",
      `${flag} expects one of ${allowed.join(", ")}, got "${value}"`,
    );
  }
  return value as T;
}
