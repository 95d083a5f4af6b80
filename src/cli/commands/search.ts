import type { Command } from "commander";
import { InvalidInputError } from "../../errors.js";
import type { QuoteKind } from "../../model.js";
import { openStore } from "../../storage/open-store.js";
import { formatHit, writeLine } from "../../storage/output.js";
import type { SearchFilters } from "../../storage/store.js";
import { parsePositiveInteger } from "../options.js";

export interface FilterFlags {
  db?: string;
  speaker?: string;
  entity?: string;
  outlet?: string;
  from?: string;
  to?: string;
  kind?: QuoteKind;
  allVersions?: boolean;
  limit: number;
  offset?: number;
  jsonl?: boolean;
}

/** The filters every corpus query shares (search, quotes). */
export function addFilterOptions(command: Command): Command {
  return command
    .option("--db <path>", "database file (default: $NEWSGRAPH_DB, else ./newsgraph.db)")
    .option("--speaker <name>", "quotes by a speaker whose name has these words")
    .option("--entity <name>", "articles mentioning an entity whose name has these words")
    .option("--outlet <name>", "articles from this outlet")
    .option("--from <date>", "published on or after (2015-10-01, 2015-10, 2015)")
    .option("--to <date>", "published on or before (inclusive)")
    .option("--kind <kind>", "quote kind: direct, mixed or indirect")
    .option("--all-versions", "include superseded versions of articles")
    .option(
      "--limit <n>",
      "hits to show (at most 1000; page with --offset)",
      (v) => parsePositiveInteger("--limit", v),
      20,
    )
    .option("--offset <n>", "hits to skip", (v) =>
      v === "0" ? 0 : parsePositiveInteger("--offset", v),
    )
    .option("--jsonl", "one JSON hit per line");
}

export function pickFilters(flags: FilterFlags): SearchFilters {
  return {
    speaker: flags.speaker,
    entity: flags.entity,
    outlet: flags.outlet,
    from: flags.from,
    to: flags.to,
    kind: flags.kind,
    allVersions: flags.allVersions,
  };
}

export function registerSearch(program: Command): void {
  addFilterOptions(
    program
      .command("search")
      .description(
        'full-text search of articles (or quotes: --in quotes, --speaker, --kind); words, "phrases", word*, -word, OR',
      )
      .argument(
        "[words...]",
        "what to look for, in one or several arguments (none: filters only, newest first)",
      ),
  )
    .option("--in <target>", "articles or quotes", "articles")
    .action(async (words: string[], flags: FilterFlags & { in: string }) => {
      const text = words.join(" ");
      if (flags.in !== "articles" && flags.in !== "quotes") {
        throw new InvalidInputError("USAGE", `--in expects articles or quotes, got "${flags.in}"`);
      }
      const store = openStore({ db: flags.db, mustExist: true });
      try {
        const hits = store.search({
          text,
          target: flags.in,
          ...pickFilters(flags),
          limit: flags.limit,
          offset: flags.offset,
        });
        for (const hit of hits) {
          await writeLine(process.stdout, flags.jsonl ? JSON.stringify(hit) : formatHit(hit));
        }
        if (hits.length === 0 && !flags.jsonl) process.stderr.write("newsgraph: no hits\n");
      } finally {
        store.close();
      }
    });
}
