import { Command, CommanderError } from "commander";
import { describeError, EXIT, exitCodeFor } from "../errors.js";
import { modelProblems } from "../pipeline.js";
import { VERSION } from "../version.js";
import { registerAnalyze } from "./commands/analyze.js";
import { registerEntities } from "./commands/entities.js";
import { registerExport } from "./commands/export.js";
import { registerIngest } from "./commands/ingest.js";
import { registerQuotes } from "./commands/quotes.js";
import { registerReanalyze } from "./commands/reanalyze.js";
import { registerSearch } from "./commands/search.js";
import { registerShow } from "./commands/show.js";

/** Commands that run the pipeline, and so need the model files. */
const ANALYSING_COMMANDS = new Set(["analyze", "ingest", "reanalyze"]);

/** A broken install (a model file missing) still analyses, by rules: say so once, on stderr. */
function warnAboutModels(): void {
  for (const problem of modelProblems()) {
    process.stderr.write(
      `newsgraph: warning: cannot read ${problem.file} (${problem.reason}); ${problem.effect}. Reinstall newsgraph to restore it.\n`,
    );
  }
}

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
  program.hook("preAction", (_program, command) => {
    if (ANALYSING_COMMANDS.has(command.name())) warnAboutModels();
  });
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
