import type { Command } from "commander";
import { InvalidInputError } from "../../errors.js";
import type { EntityType } from "../../model.js";
import { openStore } from "../../storage/open-store.js";
import { writeLine } from "../../storage/output.js";
import { parsePositiveInteger } from "../options.js";

const TYPES: EntityType[] = [
  "PERSON",
  "ORG",
  "GPE",
  "LOC",
  "NORP",
  "FAC",
  "EVENT",
  "WORK",
  "LAW",
  "OTHER",
];

interface EntitiesFlags {
  db?: string;
  type?: string;
  name?: string;
  top: number;
  jsonl?: boolean;
}

export function registerEntities(program: Command): void {
  program
    .command("entities")
    .description("the entities mentioned in the most articles")
    .option("--db <path>", "database file (default: $NEWSGRAPH_DB, else ./newsgraph.db)")
    .option("--type <type>", `only this type: ${TYPES.join(", ")}`)
    .option("--name <words>", "only entities whose name has these words")
    .option("--top <n>", "how many", (v) => parsePositiveInteger("--top", v), 20)
    .option("--jsonl", "one JSON entity per line")
    .action(async (flags: EntitiesFlags) => {
      const type = flags.type?.toUpperCase() as EntityType | undefined;
      if (type !== undefined && !TYPES.includes(type)) {
        throw new InvalidInputError(
          "USAGE",
          `--type expects one of ${TYPES.join(", ")}, got "${flags.type}"`,
        );
      }
      const store = openStore({ db: flags.db, mustExist: true });
      try {
        const rows = store.entities({ type, name: flags.name, limit: flags.top });
        if (!flags.jsonl)
          await writeLine(process.stdout, "articles  mentions    quotes  type    name");
        for (const row of rows) {
          const line = flags.jsonl
            ? JSON.stringify(row)
            : `${pad(row.articles)}${pad(row.mentions)}${pad(row.quotes)}  ${row.type.padEnd(6)}  ${row.name}`;
          await writeLine(process.stdout, line);
        }
      } finally {
        store.close();
      }
    });
}

function pad(value: number): string {
  return String(value).padStart(8).padEnd(10);
}
