import type { Command } from "commander";
import { openStore } from "../../storage/open-store.js";
import { formatQuote, writeLine } from "../../storage/output.js";
import { addFilterOptions, type FilterFlags, pickFilters } from "./search.js";

export function registerQuotes(program: Command): void {
  addFilterOptions(
    program
      .command("quotes")
      .description("list stored quotes, newest first (e.g. --speaker Putin)"),
  ).action(async (flags: FilterFlags) => {
    const store = openStore({ db: flags.db, mustExist: true });
    try {
      const hits = store.quotes({
        ...pickFilters(flags),
        limit: flags.limit,
        offset: flags.offset,
      });
      for (const hit of hits) {
        await writeLine(process.stdout, flags.jsonl ? JSON.stringify(hit) : formatQuote(hit));
      }
      if (hits.length === 0 && !flags.jsonl) process.stderr.write("newsgraph: no quotes\n");
    } finally {
      store.close();
    }
  });
}
