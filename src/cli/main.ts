import { Command, CommanderError } from "commander";
import { describeError, EXIT, exitCodeFor } from "../errors.js";
import { VERSION } from "../version.js";
import { registerAnalyze } from "./commands/analyze.js";
import { registerEntities } from "./commands/entities.js";
import { registerExport } from "./commands/export.js";
import { registerIngest } from "./commands/ingest.js";
import { registerQuotes } from "./commands/quotes.js";
import { registerReanalyze } from "./commands/reanalyze.js";
import { registerSearch } from "./commands/search.js";
import { registerShow } from "./commands/show.js";

/** Builds the CLI; each command registers itself from its own file. */
export function buildProgram(): Command {
  const program = new Command("newsgraph")
    .description("Who said what, to whom, when and where: structured records from news articles.")
    .version(VERSION)
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  registerAnalyze(program);
  registerIngest(program);
  registerReanalyze(program);
  registerSearch(program);
  registerQuotes(program);
  registerEntities(program);
  registerShow(program);
  registerExport(program);
  return program;
}

/** Runs the CLI and returns the exit code (documented in the README). */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: "user" });
    return Number(process.exitCode ?? EXIT.ok);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    process.stderr.write(`newsgraph: ${describeError(error)}\n`);
    return exitCodeFor(error);
  }
}
