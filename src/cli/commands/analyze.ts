import { type Command, Option } from "commander";
import { describeError, EXIT } from "../../errors.js";
import { countInputs, readInputs } from "../../io/read-inputs.js";
import type { AnalyzedDocument } from "../../model.js";
import { type AnalyzeOptions, analyzeDocument } from "../../pipeline.js";
import { DuplicateFinder } from "../../stages/linking/duplicates/find-duplicates.js";
import { writeLine } from "../../storage/output.js";
import { formatDocument } from "../format-document.js";
import { addInputOptions, type InputFlags } from "../input-options.js";
import { type Progress, startProgress } from "../progress.js";

interface AnalyzeFlags extends InputFlags {
  jsonl?: boolean;
  json?: boolean;
  verbatim?: boolean;
  tokens?: boolean;
  skipDuplicates?: boolean;
  fetch?: boolean;
}

export function registerAnalyze(program: Command): void {
  addInputOptions(
    program
      .command("analyze")
      .description("analyse articles (files, directories read recursively, or - for stdin)")
      .argument("<inputs...>", "files, directories or - for standard input"),
  )
    .option("--jsonl", "one JSON document per line (schema: docs/analysis.schema.json)")
    .addOption(new Option("--json", "one JSON array of documents").conflicts("jsonl"))
    .option("--verbatim", "keep the text exactly as read: spans are offsets into the input")
    .option("--tokens", "include tokens in JSON output")
    .option("--skip-duplicates", "leave out exact and near duplicates of earlier inputs")
    .option(
      "--fetch",
      "fetch the pages of feed items that carry only a summary, and sitemap entries",
    )
    .action(async (inputs: string[], flags: AnalyzeFlags) => {
      process.exitCode = await runAnalyze(inputs, flags);
    });
}

async function runAnalyze(inputs: string[], flags: AnalyzeFlags): Promise<number> {
  const options: AnalyzeOptions = {
    documentDate: flags.documentDate ?? null,
    fallbackDate: flags.fallbackDate ?? null,
    verbatim: flags.verbatim ?? false,
    tokens: flags.tokens ?? false,
  };
  const write = writerFor(flags);
  const progress = await maybeStartProgress(inputs, flags);
  let failed = 0;
  let internal = 0;
  const warn = (message: string) => progress.log(`newsgraph: warning: ${message}`);
  const duplicates = new DuplicateFinder();
  const readOptions = {
    maxBytes: flags.maxBytes,
    onWarning: warn,
    fetchLinks: flags.fetch ?? false,
  };
  for await (const result of readInputs(inputs, readOptions)) {
    progress.tick();
    if (!result.ok) {
      failed++;
      progress.log(`newsgraph: ${describeError(result.error)}`);
      continue;
    }
    try {
      const doc = analyzeDocument(result.article, options);
      const duplicateOf = duplicates.add(doc.id, doc.text);
      if (duplicateOf && flags.skipDuplicates) {
        progress.log(
          `newsgraph: skipped ${doc.id}: ${duplicateOf.kind} duplicate of ${duplicateOf.id}`,
        );
        continue;
      }
      // The reader has gone (`analyze … | head`): stop quietly, nothing more to say.
      if (!(await write.document(duplicateOf ? { ...doc, duplicateOf } : doc))) break;
    } catch (error) {
      internal++;
      const reason = error instanceof Error ? error.message : String(error);
      progress.log(`newsgraph: INTERNAL: ${result.article.id}: analysis failed (${reason})`);
    }
  }
  await write.end();
  progress.stop();
  if (internal > 0) return EXIT.internal;
  return failed > 0 ? EXIT.someInputsFailed : EXIT.ok;
}

interface Writer {
  /** False once the reader of stdout has gone. */
  document(doc: AnalyzedDocument): Promise<boolean>;
  end(): Promise<unknown>;
}

/** Lines with backpressure; a closed pipe ends the output instead of failing. */
function writerFor(flags: AnalyzeFlags): Writer {
  const out = process.stdout;
  const line = (text: string) => writeLine(out, text);
  if (flags.jsonl) {
    return { document: (doc) => line(JSON.stringify(doc)), end: async () => {} };
  }
  if (flags.json) {
    // Each document is held until the next arrives, to know whether a comma follows it.
    let pending: string | null = null;
    return {
      document: async (doc) => {
        const open = await line(pending === null ? "[" : `${pending},`);
        pending = JSON.stringify(doc, null, 1);
        return open;
      },
      end: async () => {
        if (pending === null) return line("[]");
        return (await line(pending)) && line("]");
      },
    };
  }
  return { document: (doc) => line(formatDocument(doc)), end: async () => {} };
}

/** A bar only when many inputs are read, stderr is a terminal and stdout is not. */
async function maybeStartProgress(inputs: string[], flags: AnalyzeFlags): Promise<Progress> {
  const wanted = flags.progress && process.stderr.isTTY && !process.stdout.isTTY;
  const total = wanted ? await countInputs(inputs) : 0;
  return startProgress(wanted && total > 1 ? total : 0);
}
